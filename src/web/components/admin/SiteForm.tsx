import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Site } from '../../../contracts/sites';
import { useDeleteSite, useSaveSite } from '../../api/catalog';
import { ErrorAlert } from '../ErrorAlert';
import { fieldError } from '../fieldError';
import { timeZoneOptions } from '../profile/languageOptions';

/** A site people can be on: its name, city and time zone. */
export function SiteForm({ site, onDone }: { site: Site | null; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveSite();
  const remove = useDeleteSite();
  const [name, setName] = useState(site?.name ?? '');
  const [city, setCity] = useState(site?.city ?? '');
  const [timeZone, setTimeZone] = useState(site?.timeZone ?? 'Europe/Brussels');
  const zones = useMemo(() => timeZoneOptions(timeZone), [timeZone]);
  const error = save.error ?? remove.error;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { id: site?.id ?? null, body: { name, city: city.trim() || null, timeZone } },
      { onSuccess: onDone },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ErrorAlert error={error} />
        <TextInput
          label={t('adminSites.form.name')}
          required
          data-autofocus
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fieldError(save.error, 'name')}
        />
        <TextInput
          label={t('adminSites.form.city')}
          value={city}
          onChange={(e) => setCity(e.currentTarget.value)}
          error={fieldError(save.error, 'city')}
        />
        <Select
          label={t('adminSites.form.timeZone')}
          searchable
          limit={50}
          data={zones}
          value={timeZone}
          allowDeselect={false}
          onChange={(zone) => zone && setTimeZone(zone)}
          error={fieldError(save.error, 'timeZone')}
          comboboxProps={{ withinPortal: true }}
        />
        <Group justify="space-between" gap="sm">
          {site ? (
            <Button
              variant="subtle"
              color="red"
              loading={remove.isPending}
              onClick={() => remove.mutate(site.id, { onSuccess: onDone })}
            >
              {t('actions.delete')}
            </Button>
          ) : (
            <span />
          )}
          <Group gap="sm">
            <Button variant="default" onClick={onDone}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {site ? t('actions.save') : t('adminSites.form.create')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
