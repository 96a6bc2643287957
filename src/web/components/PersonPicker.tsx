import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDirectory } from '../api/people';

interface PersonRef {
  id: string;
  name: string;
}

/** Chooses a colleague by typing part of their name (searched on the server). */
export function PersonPicker({
  label,
  value,
  exclude,
  error,
  onChange,
}: {
  label: string;
  value: PersonRef | null;
  exclude?: string;
  error?: string;
  onChange: (person: PersonRef | null) => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(value?.name ?? '');
  const [debounced] = useDebouncedValue(search, 200);
  const people = useDirectory({ q: debounced || undefined, limit: 20 });
  const found = (people.data?.items ?? []).filter((p) => p.id !== exclude);
  const options = found.map((p) => ({ value: p.id, label: p.name }));
  if (value && !options.some((o) => o.value === value.id)) {
    options.unshift({ value: value.id, label: value.name });
  }
  return (
    <Select
      label={label}
      placeholder={t('people.searchPlaceholder')}
      searchable
      clearable
      data={options}
      value={value?.id ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={people.isFetching ? t('loading') : t('people.nothingFound')}
      onChange={(id) => {
        const person = id ? (found.find((p) => p.id === id) ?? value) : null;
        onChange(person ? { id: person.id, name: person.name } : null);
        setSearch(person?.name ?? '');
      }}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
