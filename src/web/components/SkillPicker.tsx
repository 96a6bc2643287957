import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SkillMatch } from '../../contracts/skills';
import { useSkills } from '../api/catalog';

/**
 * Finds a skill of the organisation's taxonomy as one types, by name or synonym (the server
 * searches both, so "Excel" also finds "Spreadsheets").
 */
export function SkillPicker({
  label,
  description,
  exclude = [],
  value = null,
  placeholder,
  clearable = false,
  onPick,
}: {
  label: string;
  description?: string;
  exclude?: string[];
  /** Set for a filter that shows its choice; left null for an "add" box that empties again. */
  value?: SkillMatch | null;
  placeholder?: string;
  clearable?: boolean;
  onPick: (skill: SkillMatch | null) => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(value?.name ?? '');
  const [debounced] = useDebouncedValue(search, 200);
  const skills = useSkills({ q: debounced || undefined, limit: 20 });
  const items = (skills.data?.items ?? []).filter((skill) => !exclude.includes(skill.id));
  const options = items.map((skill) => ({
    value: skill.id,
    label: skill.matchedSynonym ? `${skill.name} (${skill.matchedSynonym})` : skill.name,
  }));
  if (value && !options.some((o) => o.value === value.id)) {
    options.unshift({ value: value.id, label: value.name });
  }

  return (
    <Select
      label={label}
      description={description}
      placeholder={placeholder ?? t('skills.searchPlaceholder')}
      searchable
      clearable={clearable}
      data={options}
      value={value?.id ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      // The server already filtered by name and synonym; filtering again would hide synonym hits.
      filter={({ options: all }) => all}
      nothingFoundMessage={skills.isFetching ? t('loading') : t('skills.nothingFound')}
      onChange={(id) => {
        const skill = id ? (items.find((s) => s.id === id) ?? value) : null;
        onPick(skill ?? null);
        if (!clearable) setSearch('');
        else setSearch(skill?.name ?? '');
      }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
