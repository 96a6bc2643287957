import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { laterDay } from '../../domain/cadence/calendarDay';
import { useMyCheckins, usePlanCheckin, useRequestRhythm } from '../api/checkins';
import { useMe } from '../api/session';
import { ActionList } from '../components/checkins/ActionList';
import { PersonGoalsSection } from '../components/checkins/PersonGoalsSection';
import { RaiseHandButton } from '../components/checkins/RaiseHandDialog';
import { RhythmText } from '../components/checkins/RhythmText';
import { SignalList } from '../components/checkins/SignalList';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingState } from '../components/LoadingState';
import { PageHeader } from '../components/PageHeader';
import { Section } from '../components/Section';
import { useFormat } from '../i18n/useFormat';

/** The employee's check-ins: next one and its agenda, goals, actions, raised hands, rhythm. */
export default function MyCheckinsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe().data!;
  const mine = useMyCheckins();
  const plan = usePlanCheckin();
  const request = useRequestRhythm();
  if (mine.isPending) return <LoadingState />;
  if (mine.isError) return <ErrorAlert error={mine.error} />;
  const data = mine.data;
  const today = new Date().toISOString().slice(0, 10);
  return (
    <>
      <PageHeader
        title={t('checkins:mine.title')}
        description={t('checkins:mine.description')}
        actions={<RaiseHandButton />}
      />
      <Stack gap="lg">
        <Section title={t('checkins:mine.next')}>
          {data.next ? (
            <Stack gap="xs">
              <Text>
                {t('checkins:mine.nextWith', {
                  name: data.next.manager.name,
                  date: format.date(data.next.scheduledOn),
                })}
              </Text>
              <Text size="sm" c="dimmed">
                {t('checkins:mine.agendaCount', { count: data.next.agenda.length })}
              </Text>
              <Group>
                <Button component={Link} to={`/checkins/${data.next.id}`}>
                  {t('checkins:mine.openAgenda')}
                </Button>
              </Group>
            </Stack>
          ) : (
            <Stack gap="xs">
              <Text c={data.overdue ? 'red.9' : undefined}>
                {data.overdue
                  ? t('checkins:mine.overdue', { date: format.date(data.nextDueOn) })
                  : t('checkins:mine.due', { date: format.date(data.nextDueOn) })}
              </Text>
              {data.manager ? (
                <Group>
                  <Button
                    variant="light"
                    loading={plan.isPending}
                    onClick={() =>
                      plan.mutate({
                        personId: me.id,
                        scheduledOn: laterDay(data.nextDueOn, today),
                      })
                    }
                  >
                    {t('checkins:mine.ask')}
                  </Button>
                </Group>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('checkins:mine.noManager')}
                </Text>
              )}
              {plan.error ? <ErrorAlert error={plan.error} /> : null}
            </Stack>
          )}
        </Section>
        <Section title={t('checkins:mine.rhythm')}>
          <RhythmText rhythm={data.rhythm} />
          <Group>
            <Button
              variant="default"
              onClick={() => request.mutate('more')}
              loading={request.isPending}
            >
              {t('checkins:mine.requestMore')}
            </Button>
            <Button
              variant="default"
              onClick={() => request.mutate('less')}
              loading={request.isPending}
            >
              {t('checkins:mine.requestLess')}
            </Button>
          </Group>
          {request.isSuccess ? (
            <Text size="sm" role="status">
              {t('checkins:mine.requestSent')}
            </Text>
          ) : null}
        </Section>
        <Section title={t('checkins:actions.title')}>
          <ActionList actions={data.actions} canToggle />
        </Section>
        <PersonGoalsSection
          person={me}
          goals={data.goals}
          action={
            <Anchor component={Link} to="/profile" size="sm">
              {t('checkins:goals.edit')}
            </Anchor>
          }
        />
        <Section title={t('checkins:signals.mine')}>
          <SignalList signals={data.signals} />
        </Section>
        <Section title={t('checkins:mine.past')}>
          {data.past.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('checkins:mine.noPast')}
            </Text>
          ) : (
            <Stack gap={4} component="ul" style={{ margin: 0, paddingLeft: 20 }}>
              {data.past.map((checkin) => (
                <li key={checkin.id}>
                  <Anchor component={Link} to={`/checkins/${checkin.id}`}>
                    {t('checkins:mine.pastItem', {
                      date: format.date(checkin.heldOn ?? checkin.scheduledOn),
                      name: checkin.manager.name,
                    })}
                  </Anchor>
                </li>
              ))}
            </Stack>
          )}
        </Section>
      </Stack>
    </>
  );
}
