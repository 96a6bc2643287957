import { Code, List, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { importColumns } from '../../../domain/import/columns';
import { Section } from '../Section';

const EXAMPLE =
  'email;name;team;manager_email;job_title;start_date;site;languages\n' +
  'anna.peeters@example.com;Anna Peeters;Finance;tom.janssens@example.com;Controller;2024-03-01;Gent;nl fr en';

/** The columns an import file may have, and a line to start from. */
export function ImportColumnsHelp() {
  const { t } = useTranslation();
  return (
    <Section title={t('import.columnsTitle')} description={t('import.columnsText')}>
      <List spacing={4} size="sm">
        {importColumns.map((column) => (
          <List.Item key={column}>
            <Code>{column}</Code> — {t(`import.columns.${column}`)}
          </List.Item>
        ))}
      </List>
      <div>
        <Title order={3} size="h6" mb={4}>
          {t('import.example')}
        </Title>
        <Code block>{EXAMPLE}</Code>
      </div>
    </Section>
  );
}
