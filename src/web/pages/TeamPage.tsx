import {
  Anchor,
  Badge,
  Button,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TeamMember } from '../../contracts/checkins';
import { laterDay } from '../../domain/cadence/calendarDay';
import { usePlanCheckin, useTeam } from '../api/checkins';
import { ActionList } from '../components/checkins/ActionList';
import { SignalList } from '../components/checkins/SignalList';
import { ErrorAlert } from '../components/ErrorAlert';
import { Icon } from '../components/Icon';
import { LoadingState } from '../components/LoadingState';
import { PageHeader } from '../components/PageHeader';
import { Section } from '../components/Section';
import { useFormat } from '../i18n/useFormat';

const filters = ['all', 'overdue', 'signals', 'atRisk', 'quiet'] as const;
type Filter = (typeof filters)[number];
const sorts = ['nextDue', 'name', 'supportNeed', 'contacts'] as const;
type Sort = (typeof sorts)[number];

/** Quiet: no learning contact in 30 days. Remote-heavy people stand out in the list. */
const isQuiet = (member: TeamMember) => member.learningContacts30d === 0;

const matches = (member: TeamMember, filter: Filter) =>
  filter === 'all' ||
  (filter === 'overdue' && member.overdue) ||
  (filter === 'signals' && member.openSignals > 0) ||
  (filter === 'atRisk' && member.goalsAtRisk > 0) ||
  (filter === 'quiet' && isQuiet(member));

/** The column each sort orders by, and its direction, for aria-sort on that header. */
const sortedColumn: Record<Sort, { column: string; direction: 'ascending' | 'descending' }> = {
  nextDue: { column: 'next', direction: 'ascending' },
  name: { column: 'person', direction: 'ascending' },
  supportNeed: { column: 'need', direction: 'descending' },
  contacts: { column: 'contacts', direction: 'ascending' },
};

const columns = [
  'person',
  'need',
  'last',
  'next',
  'signals',
  'atRisk',
  'pairings',
  'contacts',
] as const;

const compare: Record<Sort, (a: TeamMember, b: TeamMember) => number> = {
  nextDue: (a, b) => a.nextDueOn.localeCompare(b.nextDueOn),
  name: (a, b) => a.person.name.localeCompare(b.person.name),
  supportNeed: (a, b) => b.supportNeed - a.supportNeed,
  contacts: (a, b) => a.learningContacts30d - b.learningContacts30d,
};

function NextCell({ member }: { member: TeamMember }) {
  const { t } = useTranslation();
  const format = useFormat();
  const plan = usePlanCheckin();
  const today = new Date().toISOString().slice(0, 10);
  const date = format.date(member.nextDueOn);
  return (
    <Stack gap={2}>
      {member.overdue ? (
        <Group gap={4} wrap="nowrap" c="red.9">
          <Icon name="alert" size={16} />
          <Text c="red.9" fw={600} size="sm">
            {t('checkins:team.overdueSince', { date })}
          </Text>
        </Group>
      ) : (
        <Text size="sm">{date}</Text>
      )}
      {member.plannedCheckinId ? (
        <Anchor component={Link} to={`/checkins/${member.plannedCheckinId}`} size="sm">
          {t('checkins:team.openCheckin', { name: member.person.name })}
        </Anchor>
      ) : member.indirect ? null : (
        <Button
          size="compact-xs"
          variant="light"
          loading={plan.isPending}
          onClick={() =>
            plan.mutate({
              personId: member.person.id,
              scheduledOn: laterDay(member.nextDueOn, today),
            })
          }
          aria-label={t('checkins:team.planFor', { name: member.person.name })}
        >
          {t('checkins:team.plan')}
        </Button>
      )}
    </Stack>
  );
}

/** The manager's one screen over their reports. */
export default function TeamPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const team = useTeam();
  const [filter, setFilter] = useState<Filter>('all');
  const [sort, setSort] = useState<Sort>('nextDue');
  const members = useMemo(
    () => (team.data?.members ?? []).filter((m) => matches(m, filter)).sort(compare[sort]),
    [team.data, filter, sort],
  );
  if (team.isPending) return <LoadingState />;
  if (team.isError) return <ErrorAlert error={team.error} />;
  return (
    <>
      <PageHeader title={t('checkins:team.title')} description={t('checkins:team.description')} />
      <Stack gap="lg">
        <Section title={t('checkins:team.signals')}>
          <SignalList signals={team.data.signals} showPerson />
        </Section>
        <Section title={t('checkins:team.myActions')}>
          <ActionList actions={team.data.myActions} canToggle showPerson />
        </Section>
        <Section title={t('checkins:team.people', { count: team.data.members.length })}>
          <Group justify="space-between" align="flex-end">
            <SegmentedControl
              aria-label={t('checkins:team.filter')}
              value={filter}
              onChange={(value) => setFilter(value as Filter)}
              data={filters.map((value) => ({ value, label: t(`checkins:team.filters.${value}`) }))}
            />
            <Select
              label={t('checkins:team.sort')}
              value={sort}
              onChange={(value) => setSort((value ?? 'nextDue') as Sort)}
              data={sorts.map((value) => ({ value, label: t(`checkins:team.sorts.${value}`) }))}
              allowDeselect={false}
              w={220}
            />
          </Group>
          <Text size="sm" c="dimmed" role="status">
            {t('checkins:team.shown', { count: members.length })}
          </Text>
          {members.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('checkins:team.empty')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={900}>
              <Table verticalSpacing="sm" striped>
                <Table.Thead>
                  <Table.Tr>
                    {columns.map((column) => (
                      <Table.Th
                        key={column}
                        aria-sort={
                          sortedColumn[sort].column === column
                            ? sortedColumn[sort].direction
                            : undefined
                        }
                      >
                        {t(`checkins:team.columns.${column}`)}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {members.map((member) => (
                    <Table.Tr key={member.person.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/team/${member.person.id}`} fw={600}>
                          {member.person.name}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          {[member.team?.name, member.indirect ? t('checkins:team.indirect') : null]
                            .filter(Boolean)
                            .join(' · ')}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{t(`vocab.supportNeed.${member.supportNeed}.title`)}</Text>
                        <Text size="xs" c="dimmed">
                          {t('checkins:rhythm.every', { count: member.rhythm.weeks })}
                          {member.rhythm.request
                            ? ` · ${t(`checkins:rhythm.requested.${member.rhythm.request.direction}`)}`
                            : ''}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          {member.lastHeldOn
                            ? format.date(member.lastHeldOn)
                            : t('checkins:team.never')}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <NextCell member={member} />
                      </Table.Td>
                      <Table.Td>
                        {member.openSignals > 0 ? (
                          <Badge color="red" variant="light">
                            {member.openSignals}
                          </Badge>
                        ) : (
                          <Text size="sm" c="dimmed">
                            0
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {member.goalsAtRisk > 0 ? (
                          <Badge color="red" variant="light">
                            {member.goalsAtRisk}
                          </Badge>
                        ) : (
                          <Text size="sm" c="dimmed">
                            0
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          {member.pairings.length > 0
                            ? member.pairings
                                .map((p) => `${t(`checkins:pairing.${p.kind}`)}: ${p.partner.name}`)
                                .join(', ')
                            : t('checkins:team.noPairing')}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {isQuiet(member) ? (
                          <Group gap={4} wrap="nowrap" c="red.9">
                            <Icon name="alert" size={16} />
                            <Text size="sm" c="red.9" fw={600}>
                              {t('checkins:team.noContact')}
                            </Text>
                          </Group>
                        ) : (
                          <Text size="sm">{member.learningContacts30d}</Text>
                        )}
                        {member.remoteShare !== null ? (
                          <Text size="xs" c="dimmed">
                            {t('checkins:team.remote', {
                              share: format.percent(member.remoteShare),
                            })}
                          </Text>
                        ) : null}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Section>
      </Stack>
    </>
  );
}
