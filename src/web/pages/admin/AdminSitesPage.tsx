import { Button, EmptyState, Paper, Table, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Site } from '../../../contracts/sites';
import { useSites } from '../../api/catalog';
import { EditModal } from '../../components/admin/EditModal';
import { SiteForm } from '../../components/admin/SiteForm';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Icon } from '../../components/Icon';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';

/** The offices people choose in their work week; colleagues on the same site can meet. */
export default function AdminSitesPage() {
  const { t } = useTranslation();
  const sites = useSites();
  // `undefined`: closed; `null`: adding; a site: editing it.
  const [editing, setEditing] = useState<Site | null | undefined>(undefined);
  const items = sites.data?.items ?? [];

  return (
    <>
      <PageHeader
        title={t('adminSites.title')}
        description={t('adminSites.description')}
        actions={
          <Button leftSection={<Icon name="plus" size={18} />} onClick={() => setEditing(null)}>
            {t('adminSites.add')}
          </Button>
        }
      />
      <ErrorAlert error={sites.error} />
      {sites.isPending ? <LoadingState /> : null}
      {sites.data && items.length === 0 ? (
        <Paper p="xl">
          <EmptyState
            icon={<Icon name="mapPin" size={28} />}
            variant="light"
            title={t('adminSites.emptyTitle')}
            description={t('adminSites.empty')}
          />
        </Paper>
      ) : null}
      {items.length > 0 ? (
        <Paper p={0} style={{ overflow: 'hidden' }}>
          <Table.ScrollContainer minWidth={480}>
            <Table verticalSpacing="sm" horizontalSpacing="md" aria-label={t('adminSites.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('adminSites.form.name')}</Table.Th>
                  <Table.Th>{t('adminSites.form.city')}</Table.Th>
                  <Table.Th>{t('adminSites.form.timeZone')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('adminPeople.col.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((site) => (
                  <Table.Tr key={site.id}>
                    <Table.Td fw={500}>{site.name}</Table.Td>
                    <Table.Td>{site.city ?? '—'}</Table.Td>
                    <Table.Td>{site.timeZone}</Table.Td>
                    <Table.Td ta="right">
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        leftSection={<Icon name="pencil" size={16} />}
                        aria-label={t('adminSites.editNamed', { name: site.name })}
                        onClick={() => setEditing(site)}
                      >
                        {t('actions.edit')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      ) : null}
      <EditModal
        editing={editing}
        onClose={() => setEditing(undefined)}
        addTitle={t('adminSites.addTitle')}
        editTitle={t('adminSites.editTitle')}
      >
        {(item) => <SiteForm site={item} onDone={() => setEditing(undefined)} />}
      </EditModal>
    </>
  );
}
