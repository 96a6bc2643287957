import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MatchPartner } from '../../../contracts/matches';
import { useFormat } from '../../i18n/useFormat';

/** The partner's public profile in short, with the way to their full page. */
export function PartnerSummary({ partner }: { partner: MatchPartner }) {
  const { t } = useTranslation();
  const format = useFormat();
  const facts = [
    partner.jobTitle ? { label: t('matches:jobTitle'), value: partner.jobTitle } : null,
    partner.team ? { label: t('matches:team'), value: partner.team } : null,
    partner.site ? { label: t('matches:site'), value: partner.site } : null,
    partner.languages.length > 0
      ? {
          label: t('matches:languages'),
          value: format.list(partner.languages.map(format.language)),
        }
      : null,
  ].filter((fact) => fact !== null);
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {partner.name}
        </Title>
        <Text size="sm" c="dimmed">
          {[
            partner.role !== 'participant' ? t(`matches:role.${partner.role}`) : null,
            partner.left ? t('matches:partnerLeft') : t(`matches:response.${partner.response}`),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {facts.length > 0 ? (
          <SimpleGrid component="dl" cols={{ base: 1, xs: 2 }} spacing="xs" m={0}>
            {facts.map((fact) => (
              <div key={fact.label}>
                <Text component="dt" size="xs" c="dimmed" fw={600}>
                  {fact.label}
                </Text>
                <Text component="dd" m={0} size="sm">
                  {fact.value}
                </Text>
              </div>
            ))}
          </SimpleGrid>
        ) : null}
        {partner.left ? null : (
          <Anchor component={Link} to={`/people/${partner.id}`} size="sm">
            {t('matches:viewProfile', { name: partner.name })}
          </Anchor>
        )}
      </Stack>
    </Paper>
  );
}
