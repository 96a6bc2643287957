import {
  Alert,
  Anchor,
  Button,
  Drawer,
  EmptyState,
  Group,
  Paper,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDirectory, useInvitePerson, usePerson } from '../../api/people';
import { PersonForm } from '../../components/admin/PersonForm';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Icon } from '../../components/Icon';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { Pager } from '../../components/Pager';

const PAGE_SIZE = 25;

/** Loads the person first, so the form opens with what is stored now. */
function EditPerson({ id, onDone }: { id: string; onDone: () => void }) {
  const person = usePerson(id);
  if (person.isPending) return <LoadingState />;
  if (person.isError) return <ErrorAlert error={person.error} />;
  return <PersonForm person={person.data} onDone={onDone} />;
}

export default function AdminPeoplePage() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [debouncedQ] = useDebouncedValue(q, 250);
  const [page, setPage] = useState(1);
  // `undefined`: closed; `null`: creating; an id: editing.
  const [editing, setEditing] = useState<string | null | undefined>(undefined);
  const invite = useInvitePerson();
  const people = useDirectory({
    q: debouncedQ || undefined,
    status: 'all',
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });

  return (
    <>
      <PageHeader
        title={t('adminPeople.title')}
        description={t('adminPeople.description')}
        actions={
          <Button leftSection={<Icon name="plus" size={18} />} onClick={() => setEditing(null)}>
            {t('adminPeople.add')}
          </Button>
        }
      />
      <Paper p="md" mb="md">
        <TextInput
          type="search"
          label={t('adminPeople.search')}
          placeholder={t('directory.searchPlaceholder')}
          leftSection={<Icon name="search" size={18} />}
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            setPage(1);
          }}
          maw={420}
        />
      </Paper>
      {invite.isSuccess ? (
        <Alert color="samen" variant="light" mb="md" role="status" icon={<Icon name="mail" />}>
          {t('adminPeople.invited', { email: invite.data.sentTo })}{' '}
          <Anchor component={Link} to="/admin/outbox">
            {t('adminPeople.openOutbox')}
          </Anchor>
        </Alert>
      ) : null}
      <ErrorAlert error={invite.error ?? people.error} />
      {people.isPending ? <LoadingState /> : null}
      {people.data && people.data.total === 0 ? (
        <Paper p="xl">
          <EmptyState
            icon={<Icon name="users" size={28} />}
            variant="light"
            title={t('adminPeople.emptyTitle')}
            description={t('adminPeople.empty')}
          />
        </Paper>
      ) : null}
      {people.data && people.data.total > 0 ? (
        <Paper p={0} style={{ overflow: 'hidden' }}>
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="sm" horizontalSpacing="md" aria-label={t('adminPeople.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('adminPeople.col.name')}</Table.Th>
                  <Table.Th>{t('adminPeople.col.title')}</Table.Th>
                  <Table.Th>{t('adminPeople.col.team')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('adminPeople.col.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {people.data.items.map((person) => (
                  <Table.Tr key={person.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/people/${person.id}`} fw={500}>
                        {person.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{person.jobTitle ?? '—'}</Table.Td>
                    <Table.Td>{person.team?.name ?? '—'}</Table.Td>
                    <Table.Td>
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          leftSection={<Icon name="pencil" size={16} />}
                          aria-label={t('adminPeople.editNamed', { name: person.name })}
                          onClick={() => setEditing(person.id)}
                        >
                          {t('actions.edit')}
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          leftSection={<Icon name="mail" size={16} />}
                          aria-label={t('adminPeople.inviteNamed', { name: person.name })}
                          loading={invite.isPending && invite.variables === person.id}
                          onClick={() => invite.mutate(person.id)}
                        >
                          {t('adminPeople.invite')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      ) : null}
      {people.data ? (
        <Pager page={page} pageSize={PAGE_SIZE} total={people.data.total} onChange={setPage} />
      ) : null}
      <Drawer
        opened={editing !== undefined}
        onClose={() => setEditing(undefined)}
        position="right"
        size="lg"
        title={editing ? t('adminPeople.editTitle') : t('adminPeople.addTitle')}
        closeButtonProps={{ 'aria-label': t('actions.close') }}
      >
        {editing === null ? (
          <PersonForm person={null} onDone={() => setEditing(undefined)} />
        ) : null}
        {editing ? (
          <EditPerson key={editing} id={editing} onDone={() => setEditing(undefined)} />
        ) : null}
        <Text size="xs" c="dimmed" mt="md">
          {t('adminPeople.formNote')}
        </Text>
      </Drawer>
    </>
  );
}
