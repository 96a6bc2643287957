import { Group, Input, SegmentedControl, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

const scale = [1, 2, 3, 4, 5] as const;

/**
 * Support need on the 1–5 scale from "I work autonomously" to "I want close support". Each
 * step is named in full for screen readers, and the chosen step is explained below.
 */
export function SupportNeedControl({
  value,
  error,
  onChange,
}: {
  value: number;
  error?: string;
  onChange: (value: number) => void;
}) {
  const { t } = useTranslation();
  const labelId = useId();
  const explanationId = useId();
  return (
    <Input.Wrapper
      labelElement="div"
      label={<span id={labelId}>{t('profile.support.label')}</span>}
      description={t('profile.support.description')}
      error={error}
    >
      <Stack gap={6} mt={6}>
        <SegmentedControl
          color="samen"
          fullWidth
          aria-labelledby={labelId}
          aria-describedby={explanationId}
          value={String(value)}
          onChange={(v) => onChange(Number(v))}
          data={scale.map((n) => ({
            value: String(n),
            label: (
              <>
                <span aria-hidden="true">{n}</span>
                <VisuallyHidden>{`${n}: ${t(`vocab.supportNeed.${n}.title`)}`}</VisuallyHidden>
              </>
            ),
          }))}
        />
        <Group justify="space-between" gap="xs" aria-hidden="true">
          <Text size="xs" c="dimmed">
            {t('vocab.supportNeed.1.title')}
          </Text>
          <Text size="xs" c="dimmed" ta="right">
            {t('vocab.supportNeed.5.title')}
          </Text>
        </Group>
        <Text size="sm" id={explanationId} aria-live="polite">
          <Text span fw={600}>
            {t(`vocab.supportNeed.${value}.title`)}.
          </Text>{' '}
          {t(`vocab.supportNeed.${value}.text`)}
        </Text>
      </Stack>
    </Input.Wrapper>
  );
}
