import {
  ActionIcon,
  Button,
  Group,
  Indicator,
  Popover,
  Stack,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { nameIn } from '../../domain/programmes/nameIn';
import {
  useMarkAllNotificationsRead,
  useMarkNotificationRead,
  useNotifications,
} from '../api/notifications';
import { useFormat } from '../i18n/useFormat';
import { Icon } from './Icon';

/** The header bell: unread count, and a list that leads to what each notification is about. */
/** A name kept in several languages ({ nl, en }) is shown in the reader's. */
function inLanguage(params: Record<string, unknown>, language: string): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => {
      if (!value || typeof value !== 'object') return [key, value];
      return [key, nameIn(value as Record<string, string>, language)];
    }),
  );
}

export function NotificationBell() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const list = useNotifications();
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const unread = list.data?.unread ?? 0;
  const items = list.data?.items ?? [];
  return (
    <Indicator label={unread} size={18} disabled={unread === 0} offset={4} color="red">
      <Popover
        opened={opened}
        onChange={setOpened}
        width={340}
        position="bottom-end"
        shadow="md"
        trapFocus
      >
        {/* The target is the button itself, so aria-expanded lands on a button. */}
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            size="lg"
            onClick={() => setOpened((o) => !o)}
            aria-label={t('notifications:open', { count: unread })}
          >
            <Icon name="bell" size={22} />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown>
          <Stack gap="xs">
            <Group justify="space-between">
              <Text fw={600} component="h2" size="md" m={0}>
                {t('notifications:title')}
              </Text>
              {unread > 0 ? (
                <Button variant="subtle" size="compact-sm" onClick={() => markAll.mutate()}>
                  {t('notifications:markAllRead')}
                </Button>
              ) : null}
            </Group>
            {items.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('notifications:none')}
              </Text>
            ) : (
              <Stack
                gap={4}
                component="ul"
                style={{
                  listStyle: 'none',
                  margin: 0,
                  padding: 0,
                  maxHeight: 360,
                  overflowY: 'auto',
                }}
              >
                {items.map((item) => (
                  <li key={item.id}>
                    <UnstyledButton
                      w="100%"
                      p="xs"
                      style={{
                        borderRadius: 6,
                        background: item.read ? undefined : 'var(--mantine-color-blue-0)',
                      }}
                      onClick={() => {
                        if (!item.read) markRead.mutate(item.id);
                        setOpened(false);
                        if (item.link) navigate(item.link);
                      }}
                    >
                      <Text size="sm" fw={item.read ? 400 : 600}>
                        {t(`notifications:${item.kind}`, inLanguage(item.params, i18n.language))}
                        {item.read ? null : (
                          <VisuallyHidden> ({t('notifications:unread')})</VisuallyHidden>
                        )}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {format.dateTime(item.createdAt)}
                      </Text>
                    </UnstyledButton>
                  </li>
                ))}
              </Stack>
            )}
          </Stack>
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}
