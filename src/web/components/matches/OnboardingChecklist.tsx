import { Checkbox, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MatchChecklistItem } from '../../../contracts/matches';
import { useTickChecklistItem } from '../../api/matches';
import { ErrorAlert } from '../ErrorAlert';
import { Section } from '../Section';

/** The godparent's short list of things that make a newcomer's start easier. */
export function OnboardingChecklist(props: {
  matchId: string;
  items: MatchChecklistItem[];
  editable: boolean;
}) {
  const { t } = useTranslation();
  const tick = useTickChecklistItem();
  return (
    <Section title={t('matches:checklist.title')} description={t('matches:checklist.intro')}>
      <Stack gap="xs">
        {props.items.map((item) => (
          <Checkbox
            key={item.item}
            label={t(`matches:checklist.${item.item}`)}
            checked={item.done}
            disabled={!props.editable || tick.isPending}
            onChange={(event) =>
              tick.mutate({ id: props.matchId, item: item.item, done: event.currentTarget.checked })
            }
          />
        ))}
      </Stack>
      <ErrorAlert error={tick.error} />
    </Section>
  );
}
