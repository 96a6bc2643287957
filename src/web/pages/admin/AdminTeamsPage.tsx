import { Badge, Button, EmptyState, Group, Modal, Paper, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Team } from '../../../contracts/teams';
import { useTeams } from '../../api/catalog';
import { TeamForm } from '../../components/admin/TeamForm';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Icon } from '../../components/Icon';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import classes from './AdminTeamsPage.module.css';

type Editing = { team: Team | null; parentId: string | null } | null;

function TeamBranch({
  team,
  all,
  onEdit,
}: {
  team: Team;
  all: Team[];
  onEdit: (editing: Editing) => void;
}) {
  const { t } = useTranslation();
  const children = all.filter((candidate) => candidate.parentId === team.id);
  return (
    <li className={classes.item}>
      <Group className={classes.row} justify="space-between" wrap="wrap" gap="xs">
        <div style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Text fw={600}>{team.name}</Text>
            <Badge variant="light" color="gray" size="sm" tt="none">
              {t('adminTeams.members', { count: team.memberCount })}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {[
              // Often the department is the team's own name; saying it twice adds nothing.
              team.department !== team.name ? team.department : null,
              team.manager
                ? t('adminTeams.managedBy', { name: team.manager.name })
                : t('adminTeams.noManager'),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </div>
        <Group gap={4} wrap="nowrap">
          <Button
            size="compact-sm"
            variant="subtle"
            leftSection={<Icon name="plus" size={16} />}
            aria-label={t('adminTeams.addSubNamed', { name: team.name })}
            onClick={() => onEdit({ team: null, parentId: team.id })}
          >
            {t('adminTeams.addSub')}
          </Button>
          <Button
            size="compact-sm"
            variant="subtle"
            leftSection={<Icon name="pencil" size={16} />}
            aria-label={t('adminTeams.editNamed', { name: team.name })}
            onClick={() => onEdit({ team, parentId: team.parentId })}
          >
            {t('actions.edit')}
          </Button>
        </Group>
      </Group>
      {children.length > 0 ? (
        <ul className={classes.children}>
          {children.map((child) => (
            <TeamBranch key={child.id} team={child} all={all} onEdit={onEdit} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** The team tree: each team with its manager and size, sub-teams indented below it. */
export default function AdminTeamsPage() {
  const { t } = useTranslation();
  const teams = useTeams();
  const [editing, setEditing] = useState<Editing>(null);
  const all = teams.data?.items ?? [];
  const roots = all.filter((team) => team.parentId === null);

  return (
    <>
      <PageHeader
        title={t('adminTeams.title')}
        description={t('adminTeams.description')}
        actions={
          <Button
            leftSection={<Icon name="plus" size={18} />}
            onClick={() => setEditing({ team: null, parentId: null })}
          >
            {t('adminTeams.add')}
          </Button>
        }
      />
      <ErrorAlert error={teams.error} />
      {teams.isPending ? <LoadingState /> : null}
      {teams.data && all.length === 0 ? (
        <Paper p="xl">
          <EmptyState
            icon={<Icon name="tree" size={28} />}
            variant="light"
            title={t('adminTeams.emptyTitle')}
            description={t('adminTeams.empty')}
          />
        </Paper>
      ) : null}
      {roots.length > 0 ? (
        <Paper p={{ base: 'xs', sm: 'md' }}>
          <ul className={classes.tree} aria-label={t('adminTeams.title')}>
            {roots.map((team) => (
              <TeamBranch key={team.id} team={team} all={all} onEdit={setEditing} />
            ))}
          </ul>
        </Paper>
      ) : null}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.team ? t('adminTeams.editTitle') : t('adminTeams.addTitle')}
        closeButtonProps={{ 'aria-label': t('actions.close') }}
      >
        {editing ? (
          <TeamForm
            key={editing.team?.id ?? `new-${editing.parentId}`}
            team={editing.team}
            teams={all}
            parentId={editing.parentId}
            onDone={() => setEditing(null)}
          />
        ) : null}
      </Modal>
    </>
  );
}
