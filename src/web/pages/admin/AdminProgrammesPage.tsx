import { Anchor, Badge, Button, EmptyState, Modal, Paper, Table } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useProgrammes, useProgrammeTemplates } from '../../api/programmes';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Icon } from '../../components/Icon';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { localised } from '../../components/programmes/localised';
import { ProgrammeForm } from '../../components/programmes/ProgrammeForm';
import { useFormat } from '../../i18n/useFormat';

/** Every pairing programme of the organisation, and a new one from a kind's template. */
export default function AdminProgrammesPage() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const programmes = useProgrammes();
  const templates = useProgrammeTemplates();
  const [adding, setAdding] = useState(false);
  const items = programmes.data?.items ?? [];

  return (
    <>
      <PageHeader
        title={t('programmes:admin.title')}
        description={t('programmes:admin.description')}
        actions={
          <Button
            leftSection={<Icon name="plus" size={18} />}
            onClick={() => setAdding(true)}
            disabled={!templates.data}
          >
            {t('programmes:admin.add')}
          </Button>
        }
      />
      <ErrorAlert error={programmes.error ?? templates.error} />
      {programmes.isPending ? <LoadingState /> : null}
      {programmes.data && items.length === 0 ? (
        <Paper p="xl">
          <EmptyState
            icon={<Icon name="sparkles" size={28} />}
            variant="light"
            title={t('programmes:admin.emptyTitle')}
            description={t('programmes:admin.empty')}
          />
        </Paper>
      ) : null}
      {items.length > 0 ? (
        <Paper p={0} style={{ overflow: 'hidden' }}>
          <Table.ScrollContainer minWidth={560}>
            <Table
              verticalSpacing="sm"
              horizontalSpacing="md"
              aria-label={t('programmes:admin.title')}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('programmes:admin.col.name')}</Table.Th>
                  <Table.Th>{t('programmes:admin.col.kind')}</Table.Th>
                  <Table.Th>{t('programmes:admin.col.status')}</Table.Th>
                  <Table.Th>{t('programmes:admin.col.nextRound')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td fw={500}>
                      <Anchor component={Link} to={`/admin/programmes/${p.id}`}>
                        {localised(p.name, i18n.language)}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{t(`programmes:kind.${p.kind}`)}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={p.status === 'active' ? 'blue' : 'gray'}>
                        {t(`programmes:status.${p.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{p.nextRoundAt ? format.dateTime(p.nextRoundAt) : '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      ) : null}
      <Modal
        opened={adding}
        onClose={() => setAdding(false)}
        title={t('programmes:admin.addTitle')}
        size="xl"
        closeButtonProps={{ 'aria-label': t('actions.close') }}
      >
        {adding && templates.data ? (
          <ProgrammeForm
            programme={null}
            templates={templates.data.items}
            onDone={(saved) => {
              setAdding(false);
              navigate(`/admin/programmes/${saved.id}`);
            }}
          />
        ) : null}
      </Modal>
    </>
  );
}
