import { Button, List, Modal, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import {
  useCurrentRound,
  useProgramme,
  useProgrammeStats,
  useProgrammeTemplates,
  useStartRound,
} from '../../api/programmes';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { localised } from '../../components/programmes/localised';
import { ProgrammeForm } from '../../components/programmes/ProgrammeForm';
import { RoundPreview } from '../../components/programmes/RoundPreview';
import { Section } from '../../components/Section';
import { useFormat } from '../../i18n/useFormat';

function Figure({ label, value }: { label: string; value: number }) {
  const format = useFormat();
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fz={24} fw={600}>
        {format.number(value)}
      </Text>
    </Paper>
  );
}

/** One programme: its figures, its settings, and its rounds from preview to published. */
export default function AdminProgrammePage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const programme = useProgramme(id);
  const stats = useProgrammeStats(id);
  const current = useCurrentRound(id);
  const templates = useProgrammeTemplates();
  const start = useStartRound(id);
  const [editing, setEditing] = useState(false);

  if (programme.isPending) return <LoadingState />;
  if (!programme.data) return <ErrorAlert error={programme.error} />;
  const p = programme.data;
  const round = current.data?.round ?? null;
  const s = stats.data;

  return (
    <>
      <PageHeader
        title={localised(p.name, i18n.language)}
        description={`${t(`programmes:kind.${p.kind}`)} · ${t(`programmes:status.${p.status}`)}${
          p.nextRoundAt
            ? ` · ${t('programmes:admin.nextRound', { at: format.dateTime(p.nextRoundAt) })}`
            : ''
        }`}
        actions={
          <>
            <Button variant="default" onClick={() => setEditing(true)} disabled={!templates.data}>
              {t('programmes:admin.edit')}
            </Button>
            <Button
              loading={start.isPending}
              disabled={round?.status === 'preview'}
              onClick={() => start.mutate(undefined)}
            >
              {t('programmes:admin.startRound')}
            </Button>
          </>
        }
      />
      <Stack gap="lg">
        <ErrorAlert error={start.error ?? stats.error ?? current.error} />
        {s ? (
          <Section title={t('programmes:stats.title')}>
            <SimpleGrid cols={{ base: 2, sm: 4 }}>
              <Figure label={t('programmes:stats.enrolled')} value={s.enrolled} />
              <Figure label={t('programmes:stats.matchedPeople')} value={s.matchedPeople} />
              <Figure label={t('programmes:stats.accepted')} value={s.accepted} />
              <Figure label={t('programmes:stats.declined')} value={s.declined} />
              <Figure label={t('programmes:stats.pending')} value={s.pending} />
              <Figure label={t('programmes:stats.meetingsHeld')} value={s.meetingsHeld} />
              <Figure label={t('programmes:stats.paused')} value={s.paused} />
              <Figure label={t('programmes:stats.rounds')} value={s.rounds} />
            </SimpleGrid>
            {s.unmatched.length > 0 ? (
              <Stack gap={4}>
                <Text fw={500}>{t('programmes:stats.unmatched')}</Text>
                <List size="sm">
                  {s.unmatched.map((u) => (
                    <List.Item key={u.person.id}>
                      {u.person.name}: {t(u.reason.key, u.reason.params) as string}
                    </List.Item>
                  ))}
                </List>
              </Stack>
            ) : null}
            {s.silent.length > 0 ? (
              <Stack gap={4}>
                <Text fw={500}>{t('programmes:stats.silent')}</Text>
                <List size="sm">
                  {s.silent.map((x) => (
                    <List.Item key={x.person.id}>
                      {x.person.name}:{' '}
                      {x.pausedUntil
                        ? t('programmes:stats.pausedUntil', { date: format.date(x.pausedUntil) })
                        : t('programmes:stats.silentRounds', { count: x.silentRounds })}
                    </List.Item>
                  ))}
                </List>
              </Stack>
            ) : null}
          </Section>
        ) : null}
        <Section
          title={
            round?.status === 'preview'
              ? t('programmes:round.previewTitle')
              : t('programmes:round.lastTitle')
          }
        >
          {current.isPending ? <LoadingState /> : null}
          {round ? (
            <RoundPreview programmeId={id} round={round} />
          ) : current.data ? (
            <Text c="dimmed">{t('programmes:round.none')}</Text>
          ) : null}
        </Section>
      </Stack>
      <Modal
        opened={editing}
        onClose={() => setEditing(false)}
        title={t('programmes:admin.editTitle')}
        size="xl"
        closeButtonProps={{ 'aria-label': t('actions.close') }}
      >
        {editing && templates.data ? (
          <ProgrammeForm
            programme={p}
            templates={templates.data.items}
            onDone={() => setEditing(false)}
          />
        ) : null}
      </Modal>
    </>
  );
}
