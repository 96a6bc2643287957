import { Checkbox, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type LearningWay, learningWays } from '../../../domain/people/vocabulary';

export function LearningWaysField({
  value,
  error,
  onChange,
}: {
  value: LearningWay[];
  error?: string;
  onChange: (value: LearningWay[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <Checkbox.Group
      label={t('profile.learningWays.label')}
      description={t('profile.learningWays.description')}
      value={value}
      onChange={(ways) => onChange(ways as LearningWay[])}
      error={error}
    >
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" mt="xs">
        {learningWays.map((way) => (
          <Checkbox key={way} value={way} label={t(`vocab.learningWay.${way}`)} />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}
