import { Button, PasswordInput, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';
import { fieldError } from './fieldError';

/** Choose a password twice; the server checks the rule and names it when it is not met. */
export function NewPasswordForm({
  submitLabel,
  pending,
  error,
  onSubmit,
}: {
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (password: string) => void;
}) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const differ = password !== repeat;
    setMismatch(differ);
    if (!differ) onSubmit(password);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ErrorAlert error={error} />
        <PasswordInput
          label={t('fields.newPassword')}
          description={t('fields.passwordRule')}
          required
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={fieldError(error, 'password')}
        />
        <PasswordInput
          label={t('fields.repeatPassword')}
          required
          autoComplete="new-password"
          value={repeat}
          onChange={(e) => setRepeat(e.currentTarget.value)}
          error={mismatch ? t('fields.passwordMismatch') : undefined}
        />
        <Button type="submit" size="md" loading={pending}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
