import { Alert, Anchor, Code, Paper, SimpleGrid, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportReport } from '../../api/importPeople';
import { useFormat } from '../../i18n/useFormat';
import { Icon } from '../Icon';
import { Section } from '../Section';

/** What a check or an import found: counts, unknown columns and every bad line with its reason. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const problems = report.errors.length;
  const title = report.dryRun
    ? t('import.previewTitle')
    : report.written
      ? t('import.doneTitle')
      : t('import.refusedTitle');
  const description = report.dryRun
    ? problems > 0
      ? t('import.previewProblems', { count: problems })
      : t('import.previewClean')
    : report.written
      ? t('import.doneText')
      : t('import.refusedText', { count: problems });
  const stats = [
    { label: t('import.rows'), value: report.rows },
    { label: report.dryRun ? t('import.toCreate') : t('import.created'), value: report.created },
    { label: report.dryRun ? t('import.toUpdate') : t('import.updated'), value: report.updated },
    { label: t('import.unchanged'), value: report.unchanged },
    ...(report.skipped > 0 ? [{ label: t('import.skipped'), value: report.skipped }] : []),
  ];

  return (
    <Section title={title} description={description}>
      <SimpleGrid cols={{ base: 2, sm: stats.length }} spacing="md">
        {stats.map((stat) => (
          <Paper key={stat.label} p="md" bg="gray.0">
            <Text size="xs" tt="uppercase" fw={600} c="dimmed">
              {stat.label}
            </Text>
            <Text fz={26} fw={700}>
              {format.number(stat.value)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      {report.unknownColumns.length > 0 ? (
        <Alert color="blue" variant="light" icon={<Icon name="alert" />}>
          {t('import.unknownColumns', { columns: report.unknownColumns.join(', ') })}
        </Alert>
      ) : null}
      {problems > 0 ? (
        <Table.ScrollContainer minWidth={480}>
          <Table verticalSpacing="xs" aria-label={t('import.problems')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('import.line')}</Table.Th>
                <Table.Th>{t('import.column')}</Table.Th>
                <Table.Th>{t('import.problem')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.errors.map((issue) => (
                <Table.Tr key={`${issue.line}-${issue.column ?? ''}-${issue.code}`}>
                  <Table.Td>{format.number(issue.line)}</Table.Td>
                  <Table.Td>{issue.column ? <Code>{issue.column}</Code> : '—'}</Table.Td>
                  <Table.Td>{issue.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {report.written && !report.dryRun ? (
        <Alert color="samen" variant="light" icon={<Icon name="check" />}>
          <Anchor component={Link} to="/admin/people">
            {t('import.seePeople')}
          </Anchor>
        </Alert>
      ) : null}
    </Section>
  );
}
