import { Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SiteDay, WorkDay } from '../../contracts/people';
import { useFormat } from '../i18n/useFormat';

const modeColours = { office: 'samen', home: 'blue', off: 'gray' } as const;

/** A person's week as read by others: the full pattern when visible, else their days on site. */
export function WeekSummary({
  workPattern,
  siteDays,
  siteNames,
}: {
  workPattern?: WorkDay[];
  siteDays: SiteDay[];
  siteNames: Map<string, string>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!workPattern) {
    if (siteDays.length === 0) return <Text c="dimmed">{t('person.noSiteDays')}</Text>;
    return (
      <Group gap="xs">
        {siteDays.map((day) => (
          <Badge key={day.weekday} variant="light" tt="none" size="lg" radius="sm">
            {format.weekday(day.weekday)} · {day.siteName}
          </Badge>
        ))}
      </Group>
    );
  }
  return (
    <Table.ScrollContainer minWidth={360}>
      <Table verticalSpacing={6} aria-label={t('person.week')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('person.day')}</Table.Th>
            <Table.Th>{t('person.where')}</Table.Th>
            <Table.Th>{t('person.hours')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {workPattern.map((day) => (
            <Table.Tr key={day.weekday}>
              <Table.Td tt="capitalize">{format.weekday(day.weekday)}</Table.Td>
              <Table.Td>
                <Badge color={modeColours[day.mode]} variant="light" tt="none" radius="sm">
                  {day.mode === 'office' && day.siteId
                    ? `${t('vocab.workMode.office')} · ${siteNames.get(day.siteId) ?? ''}`
                    : t(`vocab.workMode.${day.mode}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{day.mode === 'off' ? '—' : `${day.startTime}–${day.endTime}`}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
