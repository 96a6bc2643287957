import { Alert, Badge, Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Goal } from '../../contracts/goals';
import { useCheckin, useHoldCheckin } from '../api/checkins';
import { useMe } from '../api/session';
import { ActionsSection } from '../components/checkins/ActionsSection';
import { AgendaSection } from '../components/checkins/AgendaSection';
import { CancelCheckinButton } from '../components/checkins/CancelCheckinButton';
import { GoalProgressDialog } from '../components/checkins/GoalProgressDialog';
import { NotesSection } from '../components/checkins/NotesSection';
import { PersonGoalsSection } from '../components/checkins/PersonGoalsSection';
import { PulseSection } from '../components/checkins/PulseSection';
import { RhythmText } from '../components/checkins/RhythmText';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingState } from '../components/LoadingState';
import { MeetingSection } from '../components/meetings/MeetingSection';
import { PageHeader } from '../components/PageHeader';
import { useFormat } from '../i18n/useFormat';

/** One check-in: agenda, notes, actions, goals, and the pulse for the person. */
export default function CheckinPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const me = useMe().data!;
  const checkin = useCheckin(id);
  const hold = useHoldCheckin(id);
  const [editing, setEditing] = useState<Goal | null>(null);
  if (checkin.isPending) return <LoadingState />;
  if (checkin.isError) return <ErrorAlert error={checkin.error} />;
  const c = checkin.data;
  const isPerson = me.id === c.person.id;
  return (
    <>
      <PageHeader
        title={t('checkins:checkin.title', { name: isPerson ? c.manager.name : c.person.name })}
        description={
          c.status === 'held' && c.heldOn
            ? t('checkins:checkin.heldOn', { date: format.date(c.heldOn) })
            : t('checkins:checkin.plannedOn', { date: format.date(c.scheduledOn) })
        }
        actions={
          c.asManager && c.status === 'planned' ? (
            <Group gap="sm">
              <CancelCheckinButton checkinId={c.id} />
              <Button onClick={() => hold.mutate()} loading={hold.isPending}>
                {t('checkins:checkin.hold')}
              </Button>
            </Group>
          ) : undefined
        }
      />
      <Stack gap="lg">
        <Group gap="sm">
          <Badge variant="light">{t(`checkins:status.${c.status}`)}</Badge>
          <RhythmText rhythm={c.rhythm} />
        </Group>
        {hold.error ? <ErrorAlert error={hold.error} /> : null}
        {c.status === 'held' && !hold.isSuccess ? (
          <Alert color="gray" variant="light">
            {t('checkins:checkin.closed')}
          </Alert>
        ) : null}
        {c.status === 'cancelled' ? (
          <Alert color="gray" variant="light" role="status">
            {t('checkins:callOff.done')}
          </Alert>
        ) : null}
        {hold.isSuccess ? (
          <Alert color="teal" variant="light" role="status">
            {t('checkins:checkin.heldNext')}
          </Alert>
        ) : null}
        {c.meetingId && c.status === 'planned' ? <MeetingSection meetingId={c.meetingId} /> : null}
        <AgendaSection checkin={c} />
        <NotesSection checkin={c} />
        <ActionsSection checkin={c} />
        <PersonGoalsSection
          person={c.person}
          goals={c.goals}
          canAdd={c.asManager}
          onEdit={c.canEdit || c.asManager ? (goal) => setEditing(goal) : undefined}
        />
        {editing ? (
          <GoalProgressDialog
            personId={c.person.id}
            goal={editing}
            onClose={() => setEditing(null)}
          />
        ) : null}
        {isPerson && c.status !== 'cancelled' ? <PulseSection checkin={c} /> : null}
      </Stack>
    </>
  );
}
