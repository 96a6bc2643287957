import { Button, Checkbox, FileInput, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useImportPeople } from '../../api/importPeople';
import { ImportColumnsHelp } from '../../components/admin/ImportColumnsHelp';
import { ImportReportView } from '../../components/admin/ImportReportView';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Icon } from '../../components/Icon';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';

/**
 * Upload an HR export: first a check that lists every bad line, then the import itself. With
 * any bad line nothing is written, unless the admin chooses to skip those lines.
 */
export default function AdminImportPage() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [csv, setCsv] = useState<string | null>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const run = useImportPeople();
  const report = run.data;
  const checked = report?.dryRun === true;
  const canImport = Boolean(csv) && checked && (report.errors.length === 0 || skipInvalid);

  const choose = async (chosen: File | null) => {
    setFile(chosen);
    setSkipInvalid(false);
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
            clearButtonProps={{ 'aria-label': t('import.clearFile') }}
            maw={480}
          />
          {checked && report.errors.length > 0 ? (
            <Checkbox
              label={t('import.skipInvalid')}
              description={t('import.skipInvalidHint')}
              checked={skipInvalid}
              onChange={(e) => setSkipInvalid(e.currentTarget.checked)}
            />
          ) : null}
          <Group gap="sm">
            <Button
              variant={checked ? 'default' : 'filled'}
              disabled={!csv}
              loading={run.isPending && run.variables?.dryRun}
              onClick={() => csv && run.mutate({ csv, dryRun: true, skipInvalid })}
            >
              {checked ? t('import.checkAgain') : t('import.check')}
            </Button>
            <Button
              disabled={!canImport}
              loading={run.isPending && run.variables?.dryRun === false}
              leftSection={<Icon name="upload" size={18} />}
              onClick={() => csv && run.mutate({ csv, dryRun: false, skipInvalid })}
            >
              {t('import.run')}
            </Button>
          </Group>
          <ErrorAlert error={run.error} />
        </Section>
        {report ? <ImportReportView report={report} /> : null}
        <ImportColumnsHelp />
      </Stack>
    </>
  );
}
