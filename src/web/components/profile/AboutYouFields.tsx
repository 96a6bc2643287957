import { MultiSelect, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { seniorities } from '../../../domain/people/vocabulary';
import { useFormat } from '../../i18n/useFormat';
import { fieldError } from '../fieldError';
import { commonLanguages, timeZoneOptions } from './languageOptions';
import type { ProfileDraft } from './profileDraft';

export function AboutYouFields({
  draft,
  error,
  onChange,
}: {
  draft: ProfileDraft;
  error: unknown;
  onChange: (change: Partial<ProfileDraft>) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const languageData = useMemo(
    () =>
      [...new Set([...draft.languages, ...commonLanguages])]
        .map((code) => ({ value: code, label: format.language(code) }))
        .sort((a, b) => a.label.localeCompare(b.label, format.locale)),
    [draft.languages, format],
  );
  const zones = useMemo(() => timeZoneOptions(draft.timeZone), [draft.timeZone]);

  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
      <TextInput
        label={t('profile.about.name')}
        required
        autoComplete="name"
        value={draft.name}
        onChange={(e) => onChange({ name: e.currentTarget.value })}
        error={fieldError(error, 'name')}
      />
      <TextInput
        label={t('profile.about.jobTitle')}
        autoComplete="organization-title"
        value={draft.jobTitle ?? ''}
        onChange={(e) => onChange({ jobTitle: e.currentTarget.value })}
        error={fieldError(error, 'jobTitle')}
      />
      <MultiSelect
        label={t('profile.about.languages')}
        description={t('profile.about.languagesHint')}
        searchable
        data={languageData}
        value={draft.languages}
        onChange={(languages) => onChange({ languages })}
        error={fieldError(error, 'languages')}
        comboboxProps={{ withinPortal: true }}
      />
      <Select
        label={t('profile.about.timeZone')}
        description={t('profile.about.timeZoneHint')}
        searchable
        limit={50}
        data={zones}
        value={draft.timeZone}
        allowDeselect={false}
        onChange={(timeZone) => timeZone && onChange({ timeZone })}
        error={fieldError(error, 'timeZone')}
        comboboxProps={{ withinPortal: true }}
      />
      <TextInput
        type="date"
        label={t('profile.about.startDate')}
        value={draft.startDate ?? ''}
        onChange={(e) => onChange({ startDate: e.currentTarget.value || null })}
        error={fieldError(error, 'startDate')}
      />
      <Select
        label={t('profile.about.seniority')}
        clearable
        data={seniorities.map((s) => ({ value: s, label: t(`vocab.seniority.${s}`) }))}
        value={draft.seniority}
        onChange={(seniority) => onChange({ seniority: seniority as ProfileDraft['seniority'] })}
        error={fieldError(error, 'seniority')}
        comboboxProps={{ withinPortal: true }}
      />
    </SimpleGrid>
  );
}
