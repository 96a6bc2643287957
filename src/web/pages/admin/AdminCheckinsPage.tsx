import { Button, Group, NumberInput, SimpleGrid, Stack, Switch, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckinSettings } from '../../../contracts/checkins';
import { useCheckinSettings, useCheckinStats, useSaveCheckinSettings } from '../../api/checkins';
import { ErrorAlert } from '../../components/ErrorAlert';
import { fieldError } from '../../components/fieldError';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { useFormat } from '../../i18n/useFormat';

function SettingsForm({ settings }: { settings: CheckinSettings }) {
  const { t } = useTranslation();
  const save = useSaveCheckinSettings();
  const [draft, setDraft] = useState(settings);
  useEffect(() => setDraft(settings), [settings]);
  const setWeeks = (need: number, value: number | string) =>
    setDraft((d) => ({
      ...d,
      weeksBySupportNeed: d.weeksBySupportNeed.map((w, i) => (i === need ? Number(value) : w)),
    }));
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(draft);
      }}
    >
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 5 }}>
          {draft.weeksBySupportNeed.map((weeks, need) => (
            <NumberInput
              // biome-ignore lint/suspicious/noArrayIndexKey: the index is the support need
              key={need}
              label={t('checkins:admin.weeksFor', {
                need: t(`vocab.supportNeed.${need + 1}.title`),
              })}
              value={weeks}
              onChange={(value) => setWeeks(need, value)}
              min={1}
              max={26}
              error={fieldError(save.error, `weeksBySupportNeed.${need}`, { exact: true })}
            />
          ))}
        </SimpleGrid>
        <Group grow align="flex-start">
          <NumberInput
            label={t('checkins:admin.newJoinerDays')}
            value={draft.newJoinerDays}
            onChange={(value) => setDraft((d) => ({ ...d, newJoinerDays: Number(value) }))}
            min={0}
            max={365}
            error={fieldError(save.error, 'newJoinerDays')}
          />
          <NumberInput
            label={t('checkins:admin.newJoinerWeeks')}
            value={draft.newJoinerWeeks}
            onChange={(value) => setDraft((d) => ({ ...d, newJoinerWeeks: Number(value) }))}
            min={1}
            max={26}
            error={fieldError(save.error, 'newJoinerWeeks')}
          />
        </Group>
        <Switch
          label={t('checkins:admin.skipLevel')}
          description={t('checkins:admin.skipLevelHelp')}
          checked={draft.skipLevelRead}
          onChange={(event) => {
            const checked = event.currentTarget.checked;
            setDraft((d) => ({ ...d, skipLevelRead: checked }));
          }}
        />
        {save.error ? <ErrorAlert error={save.error} /> : null}
        <Group justify="space-between">
          <Text size="sm" role="status">
            {save.isSuccess ? t('checkins:admin.saved') : ''}
          </Text>
          <Button type="submit" loading={save.isPending}>
            {t('checkins:admin.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Admins: the check-in defaults, and how well rhythms are kept per team (counts only). */
export default function AdminCheckinsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const settings = useCheckinSettings();
  const stats = useCheckinStats();
  return (
    <>
      <PageHeader title={t('checkins:admin.title')} description={t('checkins:admin.description')} />
      <Stack gap="lg">
        <Section title={t('checkins:admin.settings')}>
          {settings.isPending ? <LoadingState /> : null}
          {settings.isError ? <ErrorAlert error={settings.error} /> : null}
          {settings.data ? <SettingsForm settings={settings.data} /> : null}
        </Section>
        <Section
          title={t('checkins:admin.stats')}
          description={
            stats.data
              ? t('checkins:admin.statsSince', { date: format.date(stats.data.since) })
              : undefined
          }
        >
          {stats.isPending ? <LoadingState /> : null}
          {stats.isError ? <ErrorAlert error={stats.error} /> : null}
          {stats.data && stats.data.teams.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('checkins:admin.noStats')}
            </Text>
          ) : null}
          {stats.data && stats.data.teams.length > 0 ? (
            <Table.ScrollContainer minWidth={500}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('checkins:admin.columns.team')}</Table.Th>
                    <Table.Th>{t('checkins:admin.columns.people')}</Table.Th>
                    <Table.Th>{t('checkins:admin.columns.held')}</Table.Th>
                    <Table.Th>{t('checkins:admin.columns.onTime')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {stats.data.teams.map((team) => (
                    <Table.Tr key={team.team?.id ?? 'none'}>
                      <Table.Td>{team.team?.name ?? t('checkins:admin.noTeam')}</Table.Td>
                      <Table.Td>{team.people}</Table.Td>
                      <Table.Td>{team.held}</Table.Td>
                      <Table.Td>{format.percent(team.onTimeShare)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          ) : null}
        </Section>
      </Stack>
    </>
  );
}
