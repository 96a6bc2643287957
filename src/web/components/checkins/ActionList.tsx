import { Checkbox, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CheckinAction } from '../../../contracts/checkins';
import { useToggleAction } from '../../api/checkins';
import { useFormat } from '../../i18n/useFormat';

/** Actions with owner and due date; ticking one off marks it done for both sides. */
export function ActionList({
  actions,
  canToggle,
  showPerson = false,
}: {
  actions: CheckinAction[];
  canToggle: boolean;
  /** On the manager's page: whose check-ins each action comes from. */
  showPerson?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const toggle = useToggleAction();
  if (actions.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('checkins:actions.none')}
      </Text>
    );
  }
  return (
    <Stack gap="xs" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {actions.map((action) => (
        <Group key={action.id} component="li" gap="sm" wrap="nowrap" align="flex-start">
          <Checkbox
            checked={action.doneOn !== null}
            disabled={!canToggle || toggle.isPending}
            onChange={(event) =>
              toggle.mutate({ id: action.id, done: event.currentTarget.checked })
            }
            aria-label={t('checkins:actions.done', { title: action.title })}
          />
          <div>
            <Text size="sm" td={action.doneOn ? 'line-through' : undefined}>
              {action.title}
            </Text>
            <Text size="xs" c="dimmed">
              {[
                showPerson ? t('checkins:actions.for', { name: action.person.name }) : null,
                t('checkins:actions.owner', { name: action.owner.name }),
                action.dueOn
                  ? t('checkins:actions.due', { date: format.date(action.dueOn) })
                  : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </div>
        </Group>
      ))}
    </Stack>
  );
}
