import { Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatePersonBody, PersonProfile } from '../../../contracts/people';
import { personStatuses, seniorities } from '../../../domain/people/vocabulary';
import { useSites, useTeams } from '../../api/catalog';
import { useCreatePerson, useUpdatePerson } from '../../api/people';
import { ErrorAlert } from '../ErrorAlert';
import { fieldError } from '../fieldError';
import { PersonPicker } from '../PersonPicker';

const roles = ['employee', 'manager', 'admin'] as const;

interface PersonDraft {
  name: string;
  email: string;
  role: (typeof roles)[number];
  jobTitle: string;
  teamId: string | null;
  siteId: string | null;
  manager: { id: string; name: string } | null;
  startDate: string;
  seniority: (typeof seniorities)[number] | null;
  status: (typeof personStatuses)[number];
}

function draftOf(person: PersonProfile | null): PersonDraft {
  return {
    name: person?.name ?? '',
    email: person?.account?.email ?? '',
    role: person?.account?.role ?? 'employee',
    jobTitle: person?.jobTitle ?? '',
    teamId: person?.team?.id ?? null,
    siteId: person?.site?.id ?? null,
    manager: person?.account?.manager ?? null,
    startDate: person?.account?.startDate ?? '',
    seniority: person?.account?.seniority ?? null,
    status: person?.account?.status ?? 'active',
  };
}

/** An admin adds a person or changes one's role, team, manager and status. */
export function PersonForm({
  person,
  onDone,
}: {
  person: PersonProfile | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const teams = useTeams();
  const sites = useSites();
  const create = useCreatePerson();
  const update = useUpdatePerson();
  const saving = person ? update : create;
  const [draft, setDraft] = useState(() => draftOf(person));
  const set = (change: Partial<PersonDraft>) => setDraft((d) => ({ ...d, ...change }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: CreatePersonBody = {
      name: draft.name,
      email: draft.email,
      role: draft.role,
      jobTitle: draft.jobTitle.trim() || null,
      teamId: draft.teamId,
      siteId: draft.siteId,
      managerId: draft.manager?.id ?? null,
      startDate: draft.startDate || null,
      seniority: draft.seniority,
    };
    if (person) {
      update.mutate(
        { id: person.id, patch: { ...body, status: draft.status } },
        { onSuccess: onDone },
      );
    } else {
      create.mutate(body, { onSuccess: onDone });
    }
  };
  const error = saving.error;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ErrorAlert error={error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('adminPeople.form.name')}
            required
            data-autofocus
            value={draft.name}
            onChange={(e) => set({ name: e.currentTarget.value })}
            error={fieldError(error, 'name')}
          />
          <TextInput
            label={t('fields.email')}
            type="email"
            required
            value={draft.email}
            onChange={(e) => set({ email: e.currentTarget.value })}
            error={fieldError(error, 'email')}
          />
          <Select
            label={t('adminPeople.form.role')}
            data={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            value={draft.role}
            allowDeselect={false}
            onChange={(role) => set({ role: (role ?? 'employee') as PersonDraft['role'] })}
            error={fieldError(error, 'role')}
            comboboxProps={{ withinPortal: true }}
          />
          <TextInput
            label={t('profile.about.jobTitle')}
            value={draft.jobTitle}
            onChange={(e) => set({ jobTitle: e.currentTarget.value })}
            error={fieldError(error, 'jobTitle')}
          />
          <Select
            label={t('adminPeople.form.team')}
            clearable
            searchable
            data={(teams.data?.items ?? []).map((team) => ({ value: team.id, label: team.name }))}
            value={draft.teamId}
            onChange={(teamId) => set({ teamId })}
            error={fieldError(error, 'teamId')}
            comboboxProps={{ withinPortal: true }}
          />
          <Select
            label={t('adminPeople.form.site')}
            clearable
            data={(sites.data?.items ?? []).map((site) => ({ value: site.id, label: site.name }))}
            value={draft.siteId}
            onChange={(siteId) => set({ siteId })}
            error={fieldError(error, 'siteId')}
            comboboxProps={{ withinPortal: true }}
          />
          <PersonPicker
            label={t('adminPeople.form.manager')}
            value={draft.manager}
            exclude={person?.id}
            onChange={(manager) => set({ manager })}
            error={fieldError(error, 'managerId')}
          />
          <TextInput
            type="date"
            label={t('profile.about.startDate')}
            value={draft.startDate}
            onChange={(e) => set({ startDate: e.currentTarget.value })}
            error={fieldError(error, 'startDate')}
          />
          <Select
            label={t('profile.about.seniority')}
            clearable
            data={seniorities.map((s) => ({ value: s, label: t(`vocab.seniority.${s}`) }))}
            value={draft.seniority}
            onChange={(s) => set({ seniority: s as PersonDraft['seniority'] })}
            error={fieldError(error, 'seniority')}
            comboboxProps={{ withinPortal: true }}
          />
          {person ? (
            <Select
              label={t('adminPeople.form.status')}
              data={personStatuses.map((s) => ({ value: s, label: t(`vocab.personStatus.${s}`) }))}
              value={draft.status}
              allowDeselect={false}
              onChange={(s) => set({ status: (s ?? 'active') as PersonDraft['status'] })}
              error={fieldError(error, 'status')}
              comboboxProps={{ withinPortal: true }}
            />
          ) : null}
        </SimpleGrid>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={saving.isPending}>
            {person ? t('actions.save') : t('adminPeople.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
