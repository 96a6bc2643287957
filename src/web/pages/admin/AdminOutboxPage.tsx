import { Alert, Anchor, Drawer, EmptyState, Paper, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOutbox, useOutboxMail } from '../../api/outbox';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Icon } from '../../components/Icon';
import { LinkifiedText } from '../../components/LinkifiedText';
import { LoadingState } from '../../components/LoadingState';
import { MailStatusBadge } from '../../components/MailStatusBadge';
import { PageHeader } from '../../components/PageHeader';
import { Pager } from '../../components/Pager';
import { useFormat } from '../../i18n/useFormat';

const PAGE_SIZE = 20;

function MailDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const mail = useOutboxMail(id);
  return (
    <Drawer
      opened={id !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={mail.data?.subject ?? t('outbox.mail')}
      closeButtonProps={{ 'aria-label': t('actions.close') }}
    >
      {mail.isPending ? <LoadingState /> : null}
      <ErrorAlert error={mail.error} />
      {mail.data ? (
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('outbox.meta', { to: mail.data.to, at: format.dateTime(mail.data.createdAt) })}
          </Text>
          <MailStatusBadge status={mail.data.status} />
          {mail.data.error ? <Alert color="red">{mail.data.error}</Alert> : null}
          {mail.data.text === null ? (
            <Alert color="gray" variant="light">
              {t('outbox.withheld')}
            </Alert>
          ) : (
            <Paper p="md" bg="gray.0">
              <LinkifiedText text={mail.data.text} />
            </Paper>
          )}
        </Stack>
      ) : null}
    </Drawer>
  );
}

export default function AdminOutboxPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [page, setPage] = useState(1);
  const [openId, setOpenId] = useState<string | null>(null);
  const outbox = useOutbox(page, PAGE_SIZE);

  return (
    <>
      <PageHeader title={t('outbox.title')} description={t('outbox.description')} />
      <ErrorAlert error={outbox.error} />
      {outbox.isPending ? <LoadingState /> : null}
      {outbox.data && outbox.data.total === 0 ? (
        <Paper p="xl">
          <EmptyState
            icon={<Icon name="mail" size={28} />}
            variant="light"
            title={t('outbox.emptyTitle')}
            description={t('outbox.empty')}
          />
        </Paper>
      ) : null}
      {outbox.data && outbox.data.total > 0 ? (
        <Paper p={0} style={{ overflow: 'hidden' }}>
          <Table.ScrollContainer minWidth={560}>
            <Table
              verticalSpacing="sm"
              horizontalSpacing="md"
              highlightOnHover
              aria-label={t('outbox.title')}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('outbox.subject')}</Table.Th>
                  <Table.Th>{t('outbox.to')}</Table.Th>
                  <Table.Th>{t('outbox.statusLabel')}</Table.Th>
                  <Table.Th>{t('outbox.created')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {outbox.data.items.map((mail) => (
                  <Table.Tr key={mail.id}>
                    <Table.Td>
                      <Anchor
                        component="button"
                        type="button"
                        ta="left"
                        onClick={() => setOpenId(mail.id)}
                      >
                        {mail.subject}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{mail.to}</Table.Td>
                    <Table.Td>
                      <MailStatusBadge status={mail.status} />
                    </Table.Td>
                    <Table.Td>{format.dateTime(mail.createdAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      ) : null}
      {outbox.data ? (
        <Pager page={page} pageSize={PAGE_SIZE} total={outbox.data.total} onChange={setPage} />
      ) : null}
      <MailDrawer id={openId} onClose={() => setOpenId(null)} />
    </>
  );
}
