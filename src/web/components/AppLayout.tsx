import { AppShell, Badge, Burger, Group, NavLink, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, NavLink as RouterNavLink, useLocation } from 'react-router';
import type { Me } from '../../contracts/auth';
import { BrandMark } from './BrandMark';
import { RaiseHandButton } from './checkins/RaiseHandDialog';
import { ErrorBoundary } from './ErrorBoundary';
import { Icon, type IconName } from './Icon';
import { LanguageSwitch } from './LanguageSwitch';
import { LoadingState } from './LoadingState';
import { NotificationBell } from './NotificationBell';
import { SkipLink } from './SkipLink';
import { UserMenu } from './UserMenu';
import { useFocusOnNavigate } from './useFocusOnNavigate';

interface NavItem {
  to: string;
  label: string;
  icon: IconName;
  end?: boolean;
}

function NavItems({ items }: { items: NavItem[] }) {
  return items.map((item) => (
    <NavLink
      key={item.to}
      component={RouterNavLink}
      to={item.to}
      end={item.end}
      label={item.label}
      leftSection={<Icon name={item.icon} size={20} />}
      // RouterNavLink sets aria-current="page" and the active class on the current route.
      active={undefined}
      styles={{ root: { borderRadius: 'var(--mantine-radius-md)' } }}
    />
  ));
}

/** The signed-in frame: header with language and user menu, navigation, and the page. */
export function AppLayout({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  useFocusOnNavigate();
  // On a phone the navigation covers the page; it closes once a destination is chosen.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reacts to the route changing only
  useEffect(close, [location.pathname]);

  const main: NavItem[] = [
    { to: '/', label: t('nav.home'), icon: 'home', end: true },
    { to: '/profile', label: t('nav.profile'), icon: 'user' },
    { to: '/meetings', label: t('meetings:nav'), icon: 'clock' },
    { to: '/people', label: t('nav.people'), icon: 'users' },
    { to: '/matches', label: t('matches:nav'), icon: 'sparkles' },
    { to: '/programmes', label: t('programmes:nav.my'), icon: 'target' },
    { to: '/checkins', label: t('checkins:nav.mine'), icon: 'calendar' },
    ...(me.role !== 'employee'
      ? [{ to: '/team', label: t('checkins:nav.team'), icon: 'users' as const }]
      : []),
  ];
  const admin: NavItem[] = [
    { to: '/admin/people', label: t('nav.adminPeople'), icon: 'users' },
    { to: '/admin/teams', label: t('nav.adminTeams'), icon: 'tree' },
    { to: '/admin/sites', label: t('nav.adminSites'), icon: 'mapPin' },
    { to: '/admin/skills', label: t('nav.adminSkills'), icon: 'school' },
    { to: '/admin/import', label: t('nav.adminImport'), icon: 'upload' },
    { to: '/admin/outbox', label: t('nav.adminOutbox'), icon: 'mail' },
    { to: '/admin/programmes', label: t('programmes:nav.admin'), icon: 'sparkles' },
    { to: '/admin/checkins', label: t('checkins:nav.admin'), icon: 'calendar' },
  ];

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'md', sm: 'xl' }}
    >
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('nav.close') : t('nav.open')}
              aria-expanded={opened}
              aria-controls="main-navigation"
            />
            <BrandMark />
            {me.organisation.isDemo ? (
              <Badge color="yellow.4" autoContrast visibleFrom="xs">
                {t('demo.badge')}
              </Badge>
            ) : null}
          </Group>
          <Group gap="xs" wrap="nowrap">
            <RaiseHandButton compact />
            <NotificationBell />
            <LanguageSwitch />
            <UserMenu me={me} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar
        p="sm"
        id="main-navigation"
        aria-label={t('nav.label')}
        // A scroll container of its own would clip the focus outline of the links.
        style={{ overflowY: 'auto' }}
      >
        <Stack gap={2}>
          <Text size="xs" fw={600} c="dimmed" px="sm" py={6} tt="uppercase">
            {me.organisation.name}
          </Text>
          <NavItems items={main} />
          {me.role === 'admin' ? (
            <>
              <Text size="xs" fw={600} c="dimmed" px="sm" pt="md" pb={6} tt="uppercase">
                {t('nav.admin')}
              </Text>
              <NavItems items={admin} />
            </>
          ) : null}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main
        id="main"
        tabIndex={-1}
        bg="var(--mantine-color-gray-0)"
        style={{ outline: 'none' }}
      >
        <div style={{ maxWidth: 1120, margin: '0 auto' }}>
          <ErrorBoundary resetKey={location.pathname}>
            <Suspense fallback={<LoadingState />}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </div>
      </AppShell.Main>
    </AppShell>
  );
}
