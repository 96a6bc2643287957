import {
  Alert,
  Anchor,
  Button,
  Code,
  FileInput,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useImportPeople } from '../../api/importPeople';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Icon } from '../../components/Icon';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { useFormat } from '../../i18n/useFormat';

const COLUMNS = [
  'email',
  'name',
  'team',
  'manager_email',
  'title',
  'start_date',
  'site',
  'languages',
  'time_zone',
  'role',
  'external_id',
];

/**
 * Upload an HR export: first a dry run that lists every bad line, then the import itself. With
 * any bad line nothing is written, so a half-imported file never happens.
 */
export default function AdminImportPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [file, setFile] = useState<File | null>(null);
  const [csv, setCsv] = useState<string | null>(null);
  const run = useImportPeople();
  const report = run.data;

  const choose = async (chosen: File | null) => {
    setFile(chosen);
    run.reset();
    setCsv(chosen ? await chosen.text() : null);
  };

  return (
    <>
      <PageHeader title={t('import.title')} description={t('import.description')} />
      <Stack gap="lg">
        <Section title={t('import.step1')} description={t('import.step1Text')}>
          <FileInput
            label={t('import.file')}
            placeholder={t('import.filePlaceholder')}
            accept=".csv,text/csv"
            value={file}
            onChange={(chosen) => void choose(chosen)}
            leftSection={<Icon name="file" size={18} />}
            // The default placeholder grey is too faint to read (and axe says so).
            styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
            clearable
            maw={480}
          />
          <Group gap="sm">
            <Button
              disabled={!csv}
              loading={run.isPending && run.variables?.dryRun}
              onClick={() => csv && run.mutate({ csv, dryRun: true })}
            >
              {t('import.check')}
            </Button>
            <Button
              variant="light"
              disabled={!csv || !report?.dryRun || report.problems.length > 0}
              loading={run.isPending && run.variables?.dryRun === false}
              onClick={() => csv && run.mutate({ csv, dryRun: false })}
            >
              {t('import.run')}
            </Button>
          </Group>
          <ErrorAlert error={run.error} />
        </Section>

        {report ? (
          <Section
            title={report.dryRun ? t('import.previewTitle') : t('import.doneTitle')}
            description={
              report.dryRun
                ? report.problems.length > 0
                  ? t('import.previewProblems', { count: report.problems.length })
                  : t('import.previewClean')
                : t('import.doneText')
            }
          >
            <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md">
              {[
                { label: t('import.rows'), value: report.rows },
                {
                  label: report.dryRun ? t('import.toCreate') : t('import.created'),
                  value: report.created,
                },
                {
                  label: report.dryRun ? t('import.toUpdate') : t('import.updated'),
                  value: report.updated,
                },
              ].map((stat) => (
                <Paper key={stat.label} p="md" bg="gray.0">
                  <Text size="xs" tt="uppercase" fw={600} c="dimmed">
                    {stat.label}
                  </Text>
                  <Text fz={28} fw={700}>
                    {format.number(stat.value)}
                  </Text>
                </Paper>
              ))}
            </SimpleGrid>
            {report.problems.length > 0 ? (
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
                    {report.problems.map((problem) => (
                      <Table.Tr key={`${problem.line}-${problem.field ?? ''}-${problem.code}`}>
                        <Table.Td>{format.number(problem.line)}</Table.Td>
                        <Table.Td>{problem.field ? <Code>{problem.field}</Code> : '—'}</Table.Td>
                        <Table.Td>{problem.message}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            ) : null}
            {!report.dryRun ? (
              <Alert color="samen" variant="light" icon={<Icon name="check" />}>
                <Anchor component={Link} to="/admin/people">
                  {t('import.seePeople')}
                </Anchor>
              </Alert>
            ) : null}
          </Section>
        ) : null}

        <Section title={t('import.columnsTitle')} description={t('import.columnsText')}>
          <List spacing={4} size="sm">
            {COLUMNS.map((column) => (
              <List.Item key={column}>
                <Code>{column}</Code> — {t(`import.columns.${column}`)}
              </List.Item>
            ))}
          </List>
          <div>
            <Title order={3} size="h6" mb={4}>
              {t('import.example')}
            </Title>
            <Code block>
              {
                'email;name;team;manager_email;title;start_date;site;languages;time_zone\nanna.peeters@example.com;Anna Peeters;Finance;tom.janssens@example.com;Controller;2024-03-01;Gent;nl,en;Europe/Brussels'
              }
            </Code>
          </div>
        </Section>
      </Stack>
    </>
  );
}
