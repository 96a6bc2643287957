import {
  Button,
  Group,
  List,
  Paper,
  RingProgress,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMyProfile } from '../api/profile';
import { useMe } from '../api/session';
import { RaiseHandButton } from '../components/checkins/RaiseHandDialog';
import { ErrorAlert } from '../components/ErrorAlert';
import { Icon, type IconName } from '../components/Icon';
import { LoadingState } from '../components/LoadingState';
import { PageHeader } from '../components/PageHeader';
import { profileCompleteness } from '../components/profile/profileDraft';
import { useFormat } from '../i18n/useFormat';
import classes from './HomePage.module.css';

function QuickLink({
  to,
  icon,
  title,
  text,
}: {
  to: string;
  icon: IconName;
  title: string;
  text: string;
}) {
  return (
    <UnstyledButton component={Link} to={to} className={classes.quickLink}>
      <Group gap="md" wrap="nowrap" align="flex-start">
        <ThemeIcon variant="light" size={40} radius="md">
          <Icon name={icon} size={22} />
        </ThemeIcon>
        <div>
          <Text fw={600}>{title}</Text>
          <Text size="sm" c="dimmed">
            {text}
          </Text>
        </div>
      </Group>
    </UnstyledButton>
  );
}

function ProfileProgress() {
  const { t } = useTranslation();
  const format = useFormat();
  const profile = useMyProfile();
  if (profile.isPending) return <LoadingState />;
  if (profile.isError) return <ErrorAlert error={profile.error} />;
  const { share, missing } = profileCompleteness(profile.data);
  const officeDays = profile.data.siteDays.map((d) => format.weekday(d.weekday));
  return (
    <Paper p={{ base: 'md', sm: 'lg' }}>
      <Group gap="lg" wrap="wrap" align="center">
        <RingProgress
          size={104}
          thickness={10}
          roundCaps
          sections={[{ value: share * 100, color: 'samen' }]}
          label={
            <Text ta="center" fw={700} size="lg">
              {format.percent(share)}
            </Text>
          }
          aria-hidden="true"
        />
        <Stack gap={6} style={{ flex: '1 1 16rem' }}>
          <Title order={2} size="h4">
            {missing.length === 0 ? t('home.profileDone') : t('home.profileTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {missing.length === 0
              ? t('home.profileDoneText')
              : `${t('home.profileShare', { share: format.percent(share) })} ${t('home.profileMissing')}`}
          </Text>
          {missing.length > 0 ? (
            <List size="sm" spacing={2}>
              {missing.map((item) => (
                <List.Item key={item}>{t(`home.missing.${item}`)}</List.Item>
              ))}
            </List>
          ) : null}
          <Text size="sm">
            {officeDays.length > 0
              ? t('home.onSite', { days: format.list(officeDays) })
              : t('home.noSiteDays')}
          </Text>
        </Stack>
        <Button component={Link} to="/profile" variant={missing.length ? 'filled' : 'light'}>
          {missing.length ? t('home.completeProfile') : t('home.viewProfile')}
        </Button>
      </Group>
    </Paper>
  );
}

export default function HomePage() {
  const { t } = useTranslation();
  const me = useMe().data!;
  const firstName = me.name.split(' ')[0];
  return (
    <>
      <PageHeader
        title={t('home.title', { name: firstName })}
        description={t('home.description', { organisation: me.organisation.name })}
      />
      <Stack gap="lg">
        <ProfileProgress />
        <Paper p={{ base: 'md', sm: 'lg' }}>
          <Group justify="space-between" gap="md">
            <div>
              <Title order={2} size="h4">
                {t('checkins:home.title')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('checkins:home.text')}
              </Text>
            </div>
            <Group>
              <Button component={Link} to="/checkins" variant="light">
                {t('checkins:home.open')}
              </Button>
              <RaiseHandButton />
            </Group>
          </Group>
        </Paper>
        <section aria-labelledby="quick-links">
          <Title order={2} size="h4" mb="sm" id="quick-links">
            {t('home.quickLinks')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
            <QuickLink
              to="/people"
              icon="search"
              title={t('home.links.findTitle')}
              text={t('home.links.findText')}
            />
            <QuickLink
              to="/profile"
              icon="school"
              title={t('home.links.skillsTitle')}
              text={t('home.links.skillsText')}
            />
            <QuickLink
              to="/profile"
              icon="target"
              title={t('home.links.goalsTitle')}
              text={t('home.links.goalsText')}
            />
            {me.role === 'admin' ? (
              <>
                <QuickLink
                  to="/admin/import"
                  icon="upload"
                  title={t('home.links.importTitle')}
                  text={t('home.links.importText')}
                />
                <QuickLink
                  to="/admin/people"
                  icon="users"
                  title={t('home.links.peopleTitle')}
                  text={t('home.links.peopleText')}
                />
                <QuickLink
                  to="/admin/skills"
                  icon="sparkles"
                  title={t('home.links.taxonomyTitle')}
                  text={t('home.links.taxonomyText')}
                />
              </>
            ) : null}
          </SimpleGrid>
        </section>
      </Stack>
    </>
  );
}
