import { Grid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { useMe } from '../api/session';
import { useSetupState } from '../api/setup';
import { CreateOrganisationForm } from '../components/CreateOrganisationForm';
import { DemoPanel } from '../components/DemoPanel';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingState } from '../components/LoadingState';
import { usePageTitle } from '../components/usePageTitle';

/** The first page of a fresh installation: set up your own organisation, or look around a demo. */
export default function FirstRunPage() {
  const { t } = useTranslation();
  usePageTitle(t('firstRun.pageTitle'));
  const setup = useSetupState();
  const me = useMe();
  if (me.data) return <Navigate to="/" replace />;
  if (setup.isPending) return <LoadingState />;
  if (setup.isError) return <ErrorAlert error={setup.error} />;
  if (!setup.data.needsSetup) return <Navigate to="/sign-in" replace />;
  return (
    <Stack gap="xl" py={{ base: 'md', sm: 'xl' }}>
      <Stack gap="xs" align="center" ta="center" maw={640} mx="auto">
        <Title order={1} fz={{ base: 28, sm: 36 }}>
          {t('firstRun.title')}
        </Title>
        <Text size="lg" c="dimmed">
          {t('firstRun.intro')}
        </Text>
      </Stack>
      <Grid gap="lg" align="stretch">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <CreateOrganisationForm />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <DemoPanel demo={setup.data.demo} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
