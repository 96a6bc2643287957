import { Alert, Box, Button, EmptyState, Group, Stack, Text } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Goal } from '../../contracts/goals';
import type { Locale } from '../../i18n/locales';
import { useSites } from '../api/catalog';
import { useMyGoals, useMyProfile, useSaveMyProfile } from '../api/profile';
import { ErrorAlert } from '../components/ErrorAlert';
import { fieldError } from '../components/fieldError';
import { Icon } from '../components/Icon';
import { LoadingState } from '../components/LoadingState';
import { CalendarFeedSection } from '../components/meetings/CalendarFeedSection';
import { PageHeader } from '../components/PageHeader';
import { AboutYouFields } from '../components/profile/AboutYouFields';
import { GoalForm } from '../components/profile/GoalForm';
import { GoalList } from '../components/profile/GoalList';
import { LearningWaysField } from '../components/profile/LearningWaysField';
import {
  bodyFromDraft,
  draftFromProfile,
  type ProfileDraft,
} from '../components/profile/profileDraft';
import { SkillListEditor } from '../components/profile/SkillListEditor';
import { SupportNeedControl } from '../components/profile/SupportNeedControl';
import { WorkWeekGrid } from '../components/profile/WorkWeekGrid';
import { Section } from '../components/Section';

function GoalsSection() {
  const { t } = useTranslation();
  const goals = useMyGoals();
  // `undefined`: closed; `null`: adding; a goal: editing it.
  const [editing, setEditing] = useState<Goal | null | undefined>(undefined);
  return (
    <Section
      title={t('profile.goals.title')}
      description={t('profile.goals.description')}
      action={
        <Button
          variant="light"
          leftSection={<Icon name="plus" size={18} />}
          onClick={() => setEditing(null)}
        >
          {t('profile.goals.add')}
        </Button>
      }
    >
      <ErrorAlert error={goals.error} />
      {goals.isPending ? <LoadingState /> : null}
      {goals.data?.items.length === 0 ? (
        <EmptyState
          size="sm"
          icon={<Icon name="target" size={24} />}
          variant="light"
          title={t('profile.goals.emptyTitle')}
          description={t('profile.goals.empty')}
        />
      ) : null}
      {goals.data && goals.data.items.length > 0 ? (
        <GoalList goals={goals.data.items} onEdit={setEditing} />
      ) : null}
      {editing !== undefined ? (
        <GoalForm
          key={editing?.id ?? 'new'}
          goal={editing}
          opened
          onClose={() => setEditing(undefined)}
        />
      ) : null}
    </Section>
  );
}

export default function MyProfilePage() {
  const { t, i18n } = useTranslation();
  const profile = useMyProfile();
  const sites = useSites();
  const save = useSaveMyProfile();
  const [draft, setDraft] = useState<ProfileDraft | null>(null);
  const [savedAt, setSavedAt] = useState<number | null>(null);

  useEffect(() => {
    if (profile.data && !draft) setDraft(draftFromProfile(profile.data));
  }, [profile.data, draft]);

  const change = (partial: Partial<ProfileDraft>) => {
    setSavedAt(null);
    setDraft((current) => (current ? { ...current, ...partial } : current));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    save.mutate(bodyFromDraft(draft, i18n.language as Locale), {
      onSuccess: (saved) => {
        setDraft(draftFromProfile(saved));
        setSavedAt(Date.now());
      },
    });
  };

  const header = <PageHeader title={t('profile.title')} description={t('profile.description')} />;
  if (profile.isPending || (profile.data && !draft)) {
    return (
      <>
        {header}
        <LoadingState />
      </>
    );
  }
  if (profile.isError || !draft) {
    return (
      <>
        {header}
        <ErrorAlert error={profile.error} />
      </>
    );
  }

  return (
    <>
      {header}
      <Stack gap="lg">
        <form onSubmit={submit} noValidate aria-label={t('profile.title')}>
          <Stack gap="lg">
            <Section title={t('profile.about.title')} description={t('profile.about.description')}>
              <AboutYouFields draft={draft} error={save.error} onChange={change} />
            </Section>
            <Section title={t('profile.week.title')} description={t('profile.week.description')}>
              {fieldError(save.error, 'workPattern', { exact: true }) ? (
                <Text size="sm" c="red.8" role="alert">
                  {fieldError(save.error, 'workPattern', { exact: true })}
                </Text>
              ) : null}
              {sites.data && sites.data.items.length === 0 ? (
                <Alert variant="light" color="blue" icon={<Icon name="mapPin" />}>
                  {t('profile.week.noSites')}
                </Alert>
              ) : null}
              <WorkWeekGrid
                days={draft.workPattern}
                sites={sites.data?.items ?? []}
                error={save.error}
                onChange={(workPattern) => change({ workPattern })}
              />
            </Section>
            <Section
              title={t('profile.skills.offeredTitle')}
              description={t('profile.skills.offeredDescription')}
            >
              <SkillListEditor
                kind="offered"
                skills={draft.skillsOffered}
                error={save.error}
                onChange={(skillsOffered) => change({ skillsOffered })}
              />
            </Section>
            <Section
              title={t('profile.skills.wantedTitle')}
              description={t('profile.skills.wantedDescription')}
            >
              <SkillListEditor
                kind="wanted"
                skills={draft.skillsWanted}
                error={save.error}
                onChange={(skillsWanted) => change({ skillsWanted })}
              />
            </Section>
            <Section
              title={t('profile.learning.title')}
              description={t('profile.learning.description')}
            >
              <SupportNeedControl
                value={draft.supportNeed}
                error={fieldError(save.error, 'supportNeed')}
                onChange={(supportNeed) => change({ supportNeed })}
              />
              <LearningWaysField
                value={draft.learningWays}
                error={fieldError(save.error, 'learningWays')}
                onChange={(learningWays) => change({ learningWays })}
              />
            </Section>
            <Box
              pos="sticky"
              bottom={0}
              py="sm"
              style={{
                zIndex: 5,
                background: 'var(--mantine-color-gray-0)',
                borderTop: '1px solid var(--mantine-color-gray-3)',
              }}
            >
              <Stack gap="xs">
                <ErrorAlert error={save.error} />
                <Group justify="flex-end" gap="md">
                  {savedAt ? (
                    <Text size="sm" c="samen.8" role="status" fw={500}>
                      <Icon name="check" size={16} style={{ verticalAlign: -3, marginRight: 4 }} />
                      {t('profile.saved')}
                    </Text>
                  ) : null}
                  <Button type="submit" size="md" loading={save.isPending}>
                    {t('profile.save')}
                  </Button>
                </Group>
              </Stack>
            </Box>
          </Stack>
        </form>
        <GoalsSection />
        <CalendarFeedSection />
        {profile.data.account.manager ? (
          <Alert variant="light" color="gray" icon={<Icon name="users" />}>
            {t('profile.managerNote', { name: profile.data.account.manager.name })}
          </Alert>
        ) : null}
      </Stack>
    </>
  );
}
