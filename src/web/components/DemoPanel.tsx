import { Button, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Me } from '../../contracts/auth';
import type { DemoOrganisation } from '../../contracts/setup';
import { useDemoSignIn, useOpenDemo } from '../api/setup';
import { ErrorAlert } from './ErrorAlert';
import { Icon } from './Icon';

const roles: Me['role'][] = ['employee', 'manager', 'admin'];

/** Try Samen on a made-up company: open the demo, then step in as one of its sample people. */
export function DemoPanel({
  demo,
  compact = false,
}: {
  demo?: DemoOrganisation;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const open = useOpenDemo();
  const signIn = useDemoSignIn();
  const organisation = demo ?? open.data;

  return (
    <Paper p={{ base: 'lg', sm: 'xl' }} h="100%" shadow="xs" bg={compact ? undefined : 'samen.0'}>
      <Stack gap="md">
        {compact ? null : (
          <ThemeIcon size={44} radius="xl" variant="white">
            <Icon name="sparkles" size={24} />
          </ThemeIcon>
        )}
        <div>
          <Title order={2} size={compact ? 'h4' : 'h3'}>
            {t('firstRun.demo.title')}
          </Title>
          <Text c="dimmed" size="sm" mt={4}>
            {t('firstRun.demo.description')}
          </Text>
        </div>
        <ErrorAlert error={open.error ?? signIn.error} />
        {organisation ? (
          <Stack gap="sm" role="group" aria-label={t('firstRun.demo.signInGroup')}>
            {roles.map((role) => {
              const account = organisation.accounts.find((a) => a.role === role);
              if (!account) return null;
              return (
                <Button
                  key={role}
                  variant={role === 'employee' ? 'filled' : 'default'}
                  size="md"
                  justify="space-between"
                  rightSection={<Icon name="chevronRight" size={18} />}
                  loading={signIn.isPending && signIn.variables?.role === role}
                  disabled={signIn.isPending}
                  onClick={() =>
                    signIn.mutate(
                      { role, organisationId: organisation.organisationId },
                      { onSuccess: () => navigate('/', { replace: true }) },
                    )
                  }
                >
                  {t(`firstRun.demo.signInAs.${role}`)}
                </Button>
              );
            })}
            <Text size="xs" c="dimmed">
              {t('firstRun.demo.accounts', {
                people: organisation.accounts
                  .map((a) => `${a.name} (${t(`roles.${a.role}`)})`)
                  .join(', '),
              })}
            </Text>
          </Stack>
        ) : (
          <Stack gap="md">
            <List
              spacing={6}
              size="sm"
              icon={
                <ThemeIcon size={20} radius="xl" variant="white">
                  <Icon name="check" size={14} />
                </ThemeIcon>
              }
            >
              <List.Item>{t('firstRun.demo.point1')}</List.Item>
              <List.Item>{t('firstRun.demo.point2')}</List.Item>
              <List.Item>{t('firstRun.demo.point3')}</List.Item>
            </List>
            <Button
              size="md"
              variant="filled"
              loading={open.isPending}
              onClick={() => open.mutate()}
              leftSection={<Icon name="sparkles" size={18} />}
            >
              {t('firstRun.demo.open')}
            </Button>
            {open.isPending ? (
              <Text size="sm" c="dimmed" role="status">
                {t('firstRun.demo.creating')}
              </Text>
            ) : null}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
