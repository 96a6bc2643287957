import {
  Button,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Locale } from '../../i18n/locales';
import { useSetUpOrganisation } from '../api/setup';
import { ErrorAlert } from './ErrorAlert';
import { fieldError } from './fieldError';
import { Icon } from './Icon';

export function CreateOrganisationForm() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const setUp = useSetUpOrganisation();
  const [form, setForm] = useState({ organisationName: '', name: '', email: '', password: '' });
  const set = (key: keyof typeof form) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setForm((current) => ({ ...current, [key]: value }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setUp.mutate(
      { ...form, locale: i18n.language as Locale },
      { onSuccess: () => navigate('/', { replace: true }) },
    );
  };

  return (
    <Paper p={{ base: 'lg', sm: 'xl' }} h="100%" shadow="xs">
      <form onSubmit={submit} noValidate aria-labelledby="create-organisation-title">
        <Stack gap="md">
          <ThemeIcon size={44} radius="xl" variant="light">
            <Icon name="building" size={24} />
          </ThemeIcon>
          <div>
            <Title order={2} size="h3" id="create-organisation-title">
              {t('firstRun.create.title')}
            </Title>
            <Text c="dimmed" size="sm" mt={4}>
              {t('firstRun.create.description')}
            </Text>
          </div>
          <ErrorAlert error={setUp.error} />
          <TextInput
            label={t('firstRun.create.organisationName')}
            required
            value={form.organisationName}
            onChange={set('organisationName')}
            error={fieldError(setUp.error, 'organisationName')}
            autoComplete="organization"
          />
          <TextInput
            label={t('firstRun.create.name')}
            required
            value={form.name}
            onChange={set('name')}
            error={fieldError(setUp.error, 'name')}
            autoComplete="name"
          />
          <TextInput
            label={t('fields.email')}
            type="email"
            required
            value={form.email}
            onChange={set('email')}
            error={fieldError(setUp.error, 'email')}
            autoComplete="email"
          />
          <PasswordInput
            label={t('fields.newPassword')}
            description={t('fields.passwordRule')}
            required
            value={form.password}
            onChange={set('password')}
            error={fieldError(setUp.error, 'password')}
            autoComplete="new-password"
          />
          <Button type="submit" size="md" loading={setUp.isPending} mt="xs">
            {t('firstRun.create.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
