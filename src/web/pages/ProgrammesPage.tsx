import { Badge, Button, Card, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenProgramme } from '../../contracts/programmes';
import {
  useChangePairingBlock,
  useEnrolment,
  useMyPairingBlocks,
  useMyProgrammes,
} from '../api/programmes';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingState } from '../components/LoadingState';
import { PageHeader } from '../components/PageHeader';
import { PersonPicker } from '../components/PersonPicker';
import { localised } from '../components/programmes/localised';
import { Section } from '../components/Section';
import { useFormat } from '../i18n/useFormat';

const SNOOZE_WEEKS = 4;

function ProgrammeCard({ programme }: { programme: OpenProgramme }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const enrolment = useEnrolment();
  const name = localised(programme.name, i18n.language);
  const { me } = programme;
  const taking = me.status === 'active';
  return (
    <Card withBorder component="article" aria-label={name}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={3} size="h5">
            {name}
          </Title>
          <Badge variant="light" color={taking ? 'blue' : 'gray'}>
            {me.status === 'paused' && me.pausedUntil
              ? t('programmes:my.pausedUntil', { date: format.date(me.pausedUntil) })
              : t(`programmes:my.status.${me.status}`)}
          </Badge>
        </Group>
        <Text size="sm">{localised(programme.description, i18n.language)}</Text>
        <Text size="xs" c="dimmed">
          {t(`programmes:kind.${programme.kind}`)} ·{' '}
          {t('programmes:my.cadence', {
            count: programme.meetingIntervalWeeks,
            minutes: programme.meetingMinutes,
          })}
        </Text>
        <ErrorAlert error={enrolment.error} />
        {programme.roles.length > 1 ? (
          <Select
            label={t('programmes:my.role', { programme: name })}
            data={programme.roles.map((role) => ({
              value: role,
              label: t(`programmes:role.${role}`),
            }))}
            value={me.role}
            allowDeselect={false}
            onChange={(role) =>
              role &&
              enrolment.mutate({ action: 'join', id: programme.id, role: role as typeof me.role })
            }
            comboboxProps={{ withinPortal: true }}
          />
        ) : null}
        <Group gap="sm">
          {taking ? (
            <>
              <Button
                variant="default"
                onClick={() =>
                  enrolment.mutate({ action: 'pause', id: programme.id, weeks: SNOOZE_WEEKS })
                }
              >
                {t('programmes:my.snooze', { count: SNOOZE_WEEKS })}
              </Button>
              <Button
                variant="subtle"
                color="red"
                onClick={() => enrolment.mutate({ action: 'leave', id: programme.id })}
              >
                {t('programmes:my.leave')}
              </Button>
            </>
          ) : (
            <Button
              loading={enrolment.isPending}
              onClick={() => enrolment.mutate({ action: 'join', id: programme.id })}
            >
              {me.status === 'paused' ? t('programmes:my.resume') : t('programmes:my.join')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

function PairingBlocks() {
  const { t } = useTranslation();
  const blocks = useMyPairingBlocks();
  const change = useChangePairingBlock();
  const [picked, setPicked] = useState<{ id: string; name: string } | null>(null);
  return (
    <Section title={t('programmes:blocks.title')} description={t('programmes:blocks.description')}>
      <ErrorAlert error={blocks.error ?? change.error} />
      <Group align="flex-end" gap="sm">
        <div style={{ flex: '1 1 16rem' }}>
          <PersonPicker label={t('programmes:blocks.person')} value={picked} onChange={setPicked} />
        </div>
        <Button
          disabled={!picked}
          loading={change.isPending}
          onClick={() =>
            picked &&
            change.mutate({ add: true, personId: picked.id }, { onSuccess: () => setPicked(null) })
          }
        >
          {t('programmes:blocks.add')}
        </Button>
      </Group>
      {blocks.data && blocks.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('programmes:blocks.empty')}
        </Text>
      ) : null}
      <Stack gap={4}>
        {(blocks.data?.items ?? []).map((person) => (
          <Group key={person.id} justify="space-between" gap="sm">
            <Text size="sm">{person.name}</Text>
            <Button
              size="compact-sm"
              variant="subtle"
              aria-label={t('programmes:blocks.removeNamed', { name: person.name })}
              onClick={() => change.mutate({ add: false, personId: person.id })}
            >
              {t('programmes:blocks.remove')}
            </Button>
          </Group>
        ))}
      </Stack>
    </Section>
  );
}

/** The programmes open to me: join, pause, leave, my role, and whom never to pair me with. */
export default function ProgrammesPage() {
  const { t } = useTranslation();
  const programmes = useMyProgrammes();
  const items = programmes.data?.items ?? [];
  return (
    <>
      <PageHeader title={t('programmes:my.title')} description={t('programmes:my.description')} />
      <Stack gap="lg">
        <ErrorAlert error={programmes.error} />
        {programmes.isPending ? <LoadingState /> : null}
        {programmes.data && items.length === 0 ? (
          <Text c="dimmed">{t('programmes:my.empty')}</Text>
        ) : null}
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {items.map((p) => (
            <ProgrammeCard key={p.id} programme={p} />
          ))}
        </SimpleGrid>
        <PairingBlocks />
      </Stack>
    </>
  );
}
