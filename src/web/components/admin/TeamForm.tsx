import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Team } from '../../../contracts/teams';
import { useSaveTeam } from '../../api/catalog';
import { ErrorAlert } from '../ErrorAlert';
import { fieldError } from '../fieldError';
import { PersonPicker } from '../PersonPicker';

/** Teams below `team` (and itself) cannot become its parent: that would make a loop. */
function descendantsAndSelf(team: Team, all: Team[]): Set<string> {
  const out = new Set([team.id]);
  for (const candidate of all) {
    if (candidate.parentId && out.has(candidate.parentId)) out.add(candidate.id);
  }
  return out;
}

export function TeamForm({
  team,
  teams,
  parentId,
  onDone,
}: {
  team: Team | null;
  teams: Team[];
  /** For a new sub-team: its parent. */
  parentId?: string | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveTeam();
  const [name, setName] = useState(team?.name ?? '');
  const [department, setDepartment] = useState(team?.department ?? '');
  const [parent, setParent] = useState<string | null>(team?.parentId ?? parentId ?? null);
  const [manager, setManager] = useState(team?.manager ?? null);
  // The list is depth first, so one pass collects every descendant.
  const blocked = team ? descendantsAndSelf(team, teams) : new Set<string>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      {
        id: team?.id ?? null,
        body: {
          name,
          department: department.trim() || null,
          parentId: parent,
          managerId: manager?.id ?? null,
        },
      },
      { onSuccess: onDone },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ErrorAlert error={save.error} />
        <TextInput
          label={t('adminTeams.form.name')}
          required
          data-autofocus
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fieldError(save.error, 'name')}
        />
        <TextInput
          label={t('adminTeams.form.department')}
          value={department}
          onChange={(e) => setDepartment(e.currentTarget.value)}
          error={fieldError(save.error, 'department')}
        />
        <Select
          label={t('adminTeams.form.parent')}
          placeholder={t('adminTeams.form.noParent')}
          clearable
          searchable
          data={teams
            .filter((candidate) => !blocked.has(candidate.id))
            .map((candidate) => ({
              value: candidate.id,
              label: `${'\u2003'.repeat(candidate.depth)}${candidate.name}`,
            }))}
          value={parent}
          onChange={setParent}
          error={fieldError(save.error, 'parentId')}
          comboboxProps={{ withinPortal: true }}
        />
        <PersonPicker
          label={t('adminTeams.form.manager')}
          value={manager}
          onChange={setManager}
          error={fieldError(save.error, 'managerId')}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {team ? t('actions.save') : t('adminTeams.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
