import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OutboxMail } from '../../contracts/outbox';

const colours: Record<OutboxMail['status'], string> = {
  pending: 'blue',
  sent: 'samen',
  kept: 'gray',
  failed: 'red',
};

export function MailStatusBadge({ status }: { status: OutboxMail['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={colours[status]} variant="light">
      {t(`outbox.status.${status}`)}
    </Badge>
  );
}
