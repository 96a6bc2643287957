import { EmptyState, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSites, useSkills, useTeams } from '../api/catalog';
import { useDirectory } from '../api/people';
import { ErrorAlert } from '../components/ErrorAlert';
import { Icon } from '../components/Icon';
import { LoadingState } from '../components/LoadingState';
import { PageHeader } from '../components/PageHeader';
import { Pager } from '../components/Pager';
import { PersonCard } from '../components/PersonCard';
import { SkillPicker } from '../components/SkillPicker';
import { useFormat } from '../i18n/useFormat';

const PAGE_SIZE = 24;

/**
 * Colleagues, searchable by name, e-mail or title and filtered by a skill they offer, team or
 * site. Filters live in the address, so a search can be shared and the back button restores it.
 */
export default function DirectoryPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  const [debouncedQ] = useDebouncedValue(q, 250);
  const skillId = params.get('skill') ?? undefined;
  const teamId = params.get('team') ?? undefined;
  const siteId = params.get('site') ?? undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);

  const set = (changes: Record<string, string | undefined>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        // Any new filter starts again at the first page.
        if (!('page' in changes)) next.delete('page');
        return next;
      },
      { replace: true },
    );

  // biome-ignore lint/correctness/useExhaustiveDependencies: only the debounced text drives the address
  useEffect(() => {
    if ((params.get('q') ?? '') !== debouncedQ) set({ q: debouncedQ || undefined });
  }, [debouncedQ]);

  const teams = useTeams();
  const sites = useSites();
  const allSkills = useSkills({ limit: 500 });
  const chosenSkill = allSkills.data?.items.find((s) => s.id === skillId) ?? null;
  const directory = useDirectory({
    q: debouncedQ || undefined,
    skillOffered: skillId,
    teamId,
    siteId,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });

  return (
    <>
      <PageHeader title={t('directory.title')} description={t('directory.description')} />
      <Paper
        p="md"
        mb="lg"
        component="form"
        role="search"
        aria-label={t('directory.filters')}
        onSubmit={(event) => event.preventDefault()}
      >
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="md">
          <TextInput
            type="search"
            label={t('directory.search')}
            placeholder={t('directory.searchPlaceholder')}
            leftSection={<Icon name="search" size={18} />}
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
          />
          <SkillPicker
            key={chosenSkill?.id ?? 'none'}
            label={t('directory.skill')}
            placeholder={t('directory.anySkill')}
            clearable
            value={chosenSkill}
            onPick={(skill) => set({ skill: skill?.id })}
          />
          <Select
            label={t('directory.team')}
            placeholder={t('directory.anyTeam')}
            clearable
            searchable
            data={(teams.data?.items ?? []).map((team) => ({
              value: team.id,
              label: `${'\u2003'.repeat(team.depth)}${team.name}`,
            }))}
            value={teamId ?? null}
            onChange={(id) => set({ team: id ?? undefined })}
            comboboxProps={{ withinPortal: true }}
          />
          <Select
            label={t('directory.site')}
            placeholder={t('directory.anySite')}
            clearable
            data={(sites.data?.items ?? []).map((site) => ({ value: site.id, label: site.name }))}
            value={siteId ?? null}
            onChange={(id) => set({ site: id ?? undefined })}
            comboboxProps={{ withinPortal: true }}
          />
        </SimpleGrid>
      </Paper>
      <ErrorAlert error={directory.error} />
      {directory.isPending ? <LoadingState /> : null}
      {directory.data ? (
        <Stack gap="md">
          <Text size="sm" c="dimmed" role="status" aria-live="polite">
            {t('directory.count', {
              count: directory.data.total,
              formatted: format.number(directory.data.total),
            })}
          </Text>
          {directory.data.items.length === 0 ? (
            <Paper p="xl">
              <EmptyState
                icon={<Icon name="users" size={28} />}
                variant="light"
                title={t('directory.emptyTitle')}
                description={t('directory.empty')}
              />
            </Paper>
          ) : (
            <SimpleGrid
              component="ul"
              cols={{ base: 1, sm: 2, lg: 3 }}
              spacing="md"
              style={{ padding: 0, margin: 0, opacity: directory.isPlaceholderData ? 0.6 : 1 }}
              aria-label={t('directory.results')}
              aria-busy={directory.isFetching}
            >
              {directory.data.items.map((person) => (
                <PersonCard key={person.id} person={person} highlightSkillId={skillId} />
              ))}
            </SimpleGrid>
          )}
          <Pager
            page={page}
            pageSize={PAGE_SIZE}
            total={directory.data.total}
            onChange={(next) => set({ page: String(next) })}
          />
        </Stack>
      ) : null}
    </>
  );
}
