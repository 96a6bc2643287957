import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { onlyFieldErrors } from './fieldError';
import { Icon } from './Icon';

/**
 * A failed request, in the server's (already translated) words. `besideFields` names the fields
 * whose messages the form already shows next to them: when those are all the request's problems,
 * no second alert repeats them.
 */
export function ErrorAlert({
  error,
  title,
  besideFields = [],
}: {
  error: unknown;
  title?: string;
  besideFields?: readonly string[];
}) {
  const { t } = useTranslation();
  if (!error) return null;
  if (onlyFieldErrors(error, besideFields)) return null;
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
