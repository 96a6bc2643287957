import { Anchor, Badge, Button, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSetRhythm, useTimeline } from '../api/checkins';
import { ActionList } from '../components/checkins/ActionList';
import { PersonGoalsSection } from '../components/checkins/PersonGoalsSection';
import { RhythmText } from '../components/checkins/RhythmText';
import { SignalList } from '../components/checkins/SignalList';
import { ErrorAlert } from '../components/ErrorAlert';
import { fieldError } from '../components/fieldError';
import { LoadingState } from '../components/LoadingState';
import { PageHeader } from '../components/PageHeader';
import { Section } from '../components/Section';
import { useFormat } from '../i18n/useFormat';

function RhythmForm({ personId, weeks }: { personId: string; weeks: number }) {
  const { t } = useTranslation();
  const save = useSetRhythm();
  const [value, setValue] = useState<number | string>(weeks);
  const [reason, setReason] = useState('');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ personId, weeks: Number(value), reason });
      }}
    >
      <Group align="flex-start">
        <NumberInput
          label={t('checkins:person.weeks')}
          value={value}
          onChange={setValue}
          min={1}
          max={26}
          w={160}
          error={fieldError(save.error, 'weeks')}
        />
        <TextInput
          label={t('checkins:person.reason')}
          description={t('checkins:person.reasonHelp')}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={fieldError(save.error, 'reason')}
          maxLength={500}
          style={{ flex: 1 }}
        />
      </Group>
      <Group mt="xs">
        <Button type="submit" loading={save.isPending}>
          {t('checkins:person.setRhythm')}
        </Button>
        <Button variant="subtle" onClick={() => save.mutate({ personId, weeks: null })}>
          {t('checkins:person.resetRhythm')}
        </Button>
      </Group>
    </form>
  );
}

/** A report's timeline: check-ins, goals, actions and raised hands. */
export default function TeamMemberPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const timeline = useTimeline(id);
  if (timeline.isPending) return <LoadingState />;
  if (timeline.isError) return <ErrorAlert error={timeline.error} />;
  const data = timeline.data;
  return (
    <>
      <PageHeader
        title={data.person.name}
        description={
          data.readOnly ? t('checkins:person.readOnly') : t('checkins:person.description')
        }
        actions={
          <Anchor component={Link} to="/team">
            {t('checkins:person.back')}
          </Anchor>
        }
      />
      <Stack gap="lg">
        <Section title={t('checkins:mine.rhythm')}>
          <RhythmText rhythm={data.rhythm} />
          {data.readOnly ? null : (
            <RhythmForm
              personId={data.person.id}
              // an open wish to meet more or less often comes pre-filled with its proposal
              weeks={data.rhythm.request?.proposedWeeks ?? data.rhythm.weeks}
            />
          )}
        </Section>
        <Section title={t('checkins:person.timeline')}>
          {data.checkins.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('checkins:mine.noPast')}
            </Text>
          ) : (
            <Stack gap={6} component="ol" style={{ margin: 0, paddingLeft: 20 }}>
              {data.checkins.map((checkin) => (
                <li key={checkin.id}>
                  <Group gap="xs">
                    <Anchor component={Link} to={`/checkins/${checkin.id}`}>
                      {format.date(checkin.heldOn ?? checkin.scheduledOn)}
                    </Anchor>
                    <Badge size="sm" variant="light">
                      {t(`checkins:status.${checkin.status}`)}
                    </Badge>
                    <Text size="sm" c="dimmed">
                      {checkin.manager.name}
                    </Text>
                  </Group>
                </li>
              ))}
            </Stack>
          )}
        </Section>
        <Section title={t('checkins:signals.title')}>
          <SignalList signals={data.signals} />
        </Section>
        <Section title={t('checkins:actions.title')}>
          <ActionList actions={data.actions} canToggle={!data.readOnly} />
        </Section>
        <PersonGoalsSection person={data.person} goals={data.goals} canAdd={!data.readOnly} />
      </Stack>
    </>
  );
}
