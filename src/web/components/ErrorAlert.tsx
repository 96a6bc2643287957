import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { Icon } from './Icon';

/** A failed request, in the server's (already translated) words. */
export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  const message = error instanceof ApiError ? error.message : t('errors.unexpected');
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      title={title}
      icon={<Icon name="alert" size={20} />}
    >
      {message}
    </Alert>
  );
}
