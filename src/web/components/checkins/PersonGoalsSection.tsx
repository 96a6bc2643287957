import { Button, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Goal } from '../../../contracts/goals';
import { Icon } from '../Icon';
import { GoalList } from '../profile/GoalList';
import { Section } from '../Section';
import { AddPersonGoalDialog } from './AddPersonGoalDialog';
import { GoalHistoryDialog } from './GoalHistoryDialog';

/**
 * A person's learning goals where check-ins are talked about: each goal's history for whoever
 * sees them, a new goal for the manager (`canAdd`), and `onEdit` where progress is updated.
 */
export function PersonGoalsSection({
  person,
  goals,
  canAdd = false,
  onEdit,
  action,
}: {
  person: { id: string; name: string };
  goals: Goal[];
  canAdd?: boolean;
  onEdit?: (goal: Goal) => void;
  action?: ReactNode;
}) {
  const { t } = useTranslation();
  const [history, setHistory] = useState<Goal | null>(null);
  const [adding, setAdding] = useState(false);
  return (
    <Section
      title={t('checkins:goals.title')}
      action={
        canAdd ? (
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<Icon name="plus" size={16} />}
            onClick={() => setAdding(true)}
          >
            {t('checkins:goals.addButton')}
          </Button>
        ) : (
          action
        )
      }
    >
      {goals.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('checkins:goals.none')}
        </Text>
      ) : (
        <GoalList goals={goals} onEdit={onEdit} onHistory={setHistory} />
      )}
      {history ? (
        <GoalHistoryDialog personId={person.id} goal={history} onClose={() => setHistory(null)} />
      ) : null}
      {adding ? (
        <AddPersonGoalDialog
          personId={person.id}
          personName={person.name}
          onClose={() => setAdding(false)}
        />
      ) : null}
    </Section>
  );
}
