import { Box, Group, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WorkDayBody } from '../../../contracts/profile';
import type { Site } from '../../../contracts/sites';
import { workModes } from '../../../domain/people/vocabulary';
import { useFormat } from '../../i18n/useFormat';
import { fieldError } from '../fieldError';
import classes from './WorkWeekGrid.module.css';

/**
 * One row per weekday: office, home or off; on office days which site; the working hours.
 * On a phone each row wraps into a small card.
 */
export function WorkWeekGrid({
  days,
  sites,
  error,
  onChange,
}: {
  days: WorkDayBody[];
  sites: Site[];
  error: unknown;
  onChange: (days: WorkDayBody[]) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const siteOptions = sites.map((site) => ({
    value: site.id,
    label: site.city ? `${site.name} (${site.city})` : site.name,
  }));
  const update = (index: number, change: Partial<WorkDayBody>) =>
    onChange(days.map((day, i) => (i === index ? { ...day, ...change } : day)));

  return (
    <Stack gap={0} className={classes.grid}>
      {days.map((day, index) => {
        const weekday = format.weekday(day.weekday);
        const path = `workPattern.${index}`;
        return (
          <Box key={day.weekday} className={classes.row} data-mode={day.mode}>
            <Text fw={600} className={classes.day}>
              {weekday}
            </Text>
            <SegmentedControl
              color="samen"
              className={classes.mode}
              aria-label={t('profile.week.modeLabel', { day: weekday })}
              value={day.mode}
              onChange={(mode) => {
                const next = mode as WorkDayBody['mode'];
                update(index, {
                  mode: next,
                  siteId: next === 'office' ? (day.siteId ?? sites[0]?.id ?? null) : null,
                });
              }}
              data={workModes.map((mode) => ({ value: mode, label: t(`vocab.workMode.${mode}`) }))}
              size="sm"
            />
            <Group gap="xs" wrap="nowrap" className={classes.details}>
              {day.mode === 'office' ? (
                <Select
                  className={classes.site}
                  aria-label={t('profile.week.siteLabel', { day: weekday })}
                  placeholder={t('profile.week.sitePlaceholder')}
                  data={siteOptions}
                  value={day.siteId ?? null}
                  onChange={(siteId) => update(index, { siteId })}
                  error={fieldError(error, `${path}.siteId`)}
                  allowDeselect={false}
                  size="sm"
                  comboboxProps={{ withinPortal: true }}
                />
              ) : null}
              {day.mode !== 'off' ? (
                <Group gap={6} wrap="nowrap">
                  <TextInput
                    type="time"
                    size="sm"
                    className={classes.time}
                    aria-label={t('profile.week.startLabel', { day: weekday })}
                    value={day.startTime ?? '09:00'}
                    onChange={(e) => update(index, { startTime: e.currentTarget.value })}
                    error={fieldError(error, `${path}.startTime`)}
                  />
                  <Text size="sm" c="dimmed" aria-hidden="true">
                    –
                  </Text>
                  <TextInput
                    type="time"
                    size="sm"
                    className={classes.time}
                    aria-label={t('profile.week.endLabel', { day: weekday })}
                    value={day.endTime ?? '17:00'}
                    onChange={(e) => update(index, { endTime: e.currentTarget.value })}
                    error={fieldError(error, `${path}.endTime`)}
                  />
                </Group>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('profile.week.offNote')}
                </Text>
              )}
            </Group>
          </Box>
        );
      })}
    </Stack>
  );
}
