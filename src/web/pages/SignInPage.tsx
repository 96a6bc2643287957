import { Anchor, Button, Divider, PasswordInput, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { useLogin, useMe } from '../api/session';
import { useSetupState } from '../api/setup';
import { AuthCard } from '../components/AuthCard';
import { DemoPanel } from '../components/DemoPanel';
import { ErrorAlert } from '../components/ErrorAlert';
import { fieldError } from '../components/fieldError';
import { safeNext } from '../components/safeNext';

export default function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const me = useMe();
  const setup = useSetupState();
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  if (me.data) return <Navigate to={next} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate({ email, password }, { onSuccess: () => navigate(next, { replace: true }) });
  };

  return (
    <Stack gap="xl">
      <AuthCard title={t('signIn.title')} description={t('signIn.description')}>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <ErrorAlert error={login.error} />
            <TextInput
              label={t('fields.email')}
              type="email"
              required
              autoComplete="username"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={fieldError(login.error, 'email')}
            />
            <PasswordInput
              label={t('fields.password')}
              required
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={fieldError(login.error, 'password')}
            />
            <Anchor component={Link} to="/forgot-password" size="sm">
              {t('signIn.forgot')}
            </Anchor>
            <Button type="submit" size="md" loading={login.isPending}>
              {t('signIn.submit')}
            </Button>
          </Stack>
        </form>
      </AuthCard>
      {setup.data?.demo ? (
        <Stack maw={440} mx="auto" w="100%" gap="lg">
          <Divider label={t('signIn.or')} labelPosition="center" />
          <DemoPanel demo={setup.data.demo} compact />
        </Stack>
      ) : null}
    </Stack>
  );
}
