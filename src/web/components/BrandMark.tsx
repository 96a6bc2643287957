import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Two overlapping circles: two people, together. */
export function BrandMark({ size = 28 }: { size?: number }) {
  const { t } = useTranslation();
  return (
    <Group gap={8} wrap="nowrap">
      <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <circle cx="12" cy="16" r="9" fill="var(--mantine-color-samen-6)" />
        <circle cx="20" cy="16" r="9" fill="var(--mantine-color-samen-3)" fillOpacity="0.85" />
      </svg>
      <Text fw={700} fz={size * 0.7} c="samen.8" style={{ letterSpacing: '-0.01em' }}>
        {t('common:appName')}
      </Text>
    </Group>
  );
}
