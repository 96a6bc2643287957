import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Me } from '../../contracts/auth';
import { initialsOf } from '../../domain/people/initials';
import { useLogout } from '../api/session';
import { Icon } from './Icon';

export function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const logout = useLogout();
  const navigate = useNavigate();
  return (
    <Menu position="bottom-end" width={220} withinPortal>
      <Menu.Target>
        <UnstyledButton
          aria-label={t('userMenu.label', { name: me.name })}
          style={{ borderRadius: 'var(--mantine-radius-xl)', padding: 4 }}
        >
          <Group gap="xs" wrap="nowrap">
            <Avatar color="samen" radius="xl" size={32}>
              {initialsOf(me.name)}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="sm" maw={160} truncate>
              {me.name}
            </Text>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {t(`roles.${me.role}`)} · {me.email}
        </Menu.Label>
        <Menu.Item component={Link} to="/profile" leftSection={<Icon name="user" size={16} />}>
          {t('nav.profile')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item
          leftSection={<Icon name="logout" size={16} />}
          onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/sign-in') })}
        >
          {t('userMenu.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
