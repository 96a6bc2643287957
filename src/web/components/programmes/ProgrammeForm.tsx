import {
  Button,
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Slider,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  Programme,
  ProgrammeSettings,
  ProgrammeTemplate,
} from '../../../contracts/programmes';
import { useSites, useTeams } from '../../api/catalog';
import { useSaveProgramme } from '../../api/programmes';
import { ErrorAlert } from '../ErrorAlert';
import { fieldError } from '../fieldError';

type Settings = ProgrammeSettings;
type Kind = Programme['kind'];
type Status = Programme['status'];

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

function WeightSlider({
  factor,
  value,
  error,
  onChange,
}: {
  factor: string;
  value: number;
  error?: string;
  onChange: (value: number) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const label = t(`programmes:factor.${factor}`);
  return (
    <Stack gap={4}>
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={500} id={id}>
          {label}
        </Text>
        <Text size="sm" c="dimmed" aria-hidden>
          {value}
        </Text>
      </Group>
      <Slider
        min={0}
        max={10}
        step={0.5}
        value={value}
        onChange={onChange}
        thumbLabel={label}
        aria-labelledby={id}
        marks={[{ value: 0 }, { value: 5 }, { value: 10 }]}
      />
      {error ? (
        <Text size="xs" c="red">
          {error}
        </Text>
      ) : null}
    </Stack>
  );
}

/**
 * A programme's settings: names and descriptions in both languages, who it is for, how people
 * enrol, what the matching weighs, how often pairs meet and for how long, and when rounds run.
 */
export function ProgrammeForm({
  programme,
  templates,
  onDone,
}: {
  programme: Programme | null;
  templates: ProgrammeTemplate[];
  onDone: (saved: Programme) => void;
}) {
  const { t } = useTranslation();
  const save = useSaveProgramme();
  const teams = useTeams();
  const sites = useSites();
  const [kind, setKind] = useState<Kind>(programme?.kind ?? 'coffee');
  const templateOf = (k: Kind) => templates.find((x) => x.kind === k);
  const [settings, setSettings] = useState<Settings>(
    programme ?? (templateOf('coffee')?.settings as Settings),
  );
  const [status, setStatus] = useState<Status>(programme?.status ?? 'draft');
  const factors = templateOf(kind)?.factors ?? [];
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) =>
    setSettings((current) => ({ ...current, [key]: value }));
  const setAudience = (patch: Partial<Settings['audience']>) =>
    set(
      'audience',
      Object.fromEntries(
        Object.entries({ ...settings.audience, ...patch }).filter(([, v]) => v !== undefined),
      ) as Settings['audience'],
    );
  const err = (field: string) => fieldError(save.error, field);

  const chooseKind = (next: Kind) => {
    setKind(next);
    const template = templateOf(next);
    if (template) setSettings(template.settings as Settings);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = { ...settings, status };
    save.mutate(
      { id: programme?.id ?? null, body: programme ? body : { ...body, kind } },
      { onSuccess: onDone },
    );
  };

  const weekdayOptions = WEEKDAYS.map((d) => ({
    value: String(d),
    label: t(`matching:weekday.${d}`),
  }));

  return (
    <form onSubmit={submit} noValidate aria-label={t('programmes:form.label')}>
      <Stack gap="md">
        <ErrorAlert error={save.error} />
        {programme ? null : (
          <Select
            label={t('programmes:form.kind')}
            description={t('programmes:form.kindHelp')}
            data={templates.map((x) => ({ value: x.kind, label: t(`programmes:kind.${x.kind}`) }))}
            value={kind}
            allowDeselect={false}
            onChange={(value) => value && chooseKind(value as Kind)}
            comboboxProps={{ withinPortal: true }}
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('programmes:form.nameEn')}
            required
            value={settings.name.en}
            onChange={(e) => set('name', { ...settings.name, en: e.currentTarget.value })}
            error={err('name.en')}
          />
          <TextInput
            label={t('programmes:form.nameNl')}
            required
            value={settings.name.nl}
            onChange={(e) => set('name', { ...settings.name, nl: e.currentTarget.value })}
            error={err('name.nl')}
          />
          <Textarea
            label={t('programmes:form.descriptionEn')}
            autosize
            minRows={2}
            value={settings.description.en}
            onChange={(e) =>
              set('description', { ...settings.description, en: e.currentTarget.value })
            }
            error={err('description.en')}
          />
          <Textarea
            label={t('programmes:form.descriptionNl')}
            autosize
            minRows={2}
            value={settings.description.nl}
            onChange={(e) =>
              set('description', { ...settings.description, nl: e.currentTarget.value })
            }
            error={err('description.nl')}
          />
        </SimpleGrid>

        <Radio.Group
          label={t('programmes:form.status')}
          value={status}
          onChange={(value) => setStatus(value as Status)}
        >
          <Group gap="md" mt={4}>
            {(['draft', 'active', 'paused', 'archived'] as const).map((s) => (
              <Radio key={s} value={s} label={t(`programmes:status.${s}`)} />
            ))}
          </Group>
        </Radio.Group>

        <Radio.Group
          label={t('programmes:form.enrolment')}
          value={settings.enrolment}
          onChange={(value) => set('enrolment', value as Settings['enrolment'])}
        >
          <Group gap="md" mt={4}>
            <Radio value="opt_in" label={t('programmes:enrolment.opt_in')} />
            <Radio value="automatic" label={t('programmes:enrolment.automatic')} />
          </Group>
        </Radio.Group>

        <Fieldset legend={t('programmes:form.audience')}>
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('programmes:form.audienceHelp')}
            </Text>
            <MultiSelect
              label={t('programmes:form.teams')}
              searchable
              data={(teams.data?.items ?? []).map((team) => ({
                value: team.id,
                label: `${'· '.repeat(team.depth)}${team.name}`,
              }))}
              value={settings.audience.teamIds ?? []}
              onChange={(ids) => setAudience({ teamIds: ids.length ? ids : undefined })}
              error={err('audience.teamIds')}
              comboboxProps={{ withinPortal: true }}
            />
            <MultiSelect
              label={t('programmes:form.sites')}
              searchable
              data={(sites.data?.items ?? []).map((site) => ({ value: site.id, label: site.name }))}
              value={settings.audience.siteIds ?? []}
              onChange={(ids) => setAudience({ siteIds: ids.length ? ids : undefined })}
              error={err('audience.siteIds')}
              comboboxProps={{ withinPortal: true }}
            />
            <MultiSelect
              label={t('programmes:form.roles')}
              data={(['employee', 'manager', 'admin'] as const).map((role) => ({
                value: role,
                label: t(`programmes:audienceRole.${role}`),
              }))}
              value={settings.audience.roles ?? []}
              onChange={(roles) =>
                setAudience({
                  roles: roles.length ? (roles as Settings['audience']['roles']) : undefined,
                })
              }
              error={err('audience.roles')}
              comboboxProps={{ withinPortal: true }}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NumberInput
                label={t('programmes:form.minTenureDays')}
                min={0}
                value={settings.audience.minTenureDays ?? ''}
                onChange={(v) => setAudience({ minTenureDays: v === '' ? undefined : Number(v) })}
                error={err('audience.minTenureDays')}
              />
              <NumberInput
                label={t('programmes:form.startedWithinDays')}
                min={0}
                value={settings.audience.startedWithinDays ?? ''}
                onChange={(v) =>
                  setAudience({ startedWithinDays: v === '' ? undefined : Number(v) })
                }
                error={err('audience.startedWithinDays')}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('programmes:form.weights')}>
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('programmes:form.weightsHelp')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
              {factors.map((factor) => (
                <WeightSlider
                  key={factor}
                  factor={factor}
                  value={settings.weights[factor] ?? 0}
                  error={err(`weights.${factor}`)}
                  onChange={(value) => set('weights', { ...settings.weights, [factor]: value })}
                />
              ))}
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('programmes:form.meetings')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label={t('programmes:form.meetingIntervalWeeks')}
              min={1}
              max={12}
              value={settings.meetingIntervalWeeks}
              onChange={(v) => set('meetingIntervalWeeks', Number(v))}
              error={err('meetingIntervalWeeks')}
            />
            <NumberInput
              label={t('programmes:form.meetingMinutes')}
              min={10}
              max={240}
              step={5}
              value={settings.meetingMinutes}
              onChange={(v) => set('meetingMinutes', Number(v))}
              error={err('meetingMinutes')}
            />
            <NumberInput
              label={t('programmes:form.pairingWeeks')}
              description={t('programmes:form.pairingWeeksHelp')}
              min={1}
              max={104}
              value={settings.pairingWeeks ?? ''}
              onChange={(v) => set('pairingWeeks', v === '' ? null : Number(v))}
              error={err('pairingWeeks')}
            />
            {kind === 'coffee' ? (
              <NumberInput
                label={t('programmes:form.groupSize')}
                min={2}
                max={4}
                value={settings.groupSize}
                onChange={(v) => set('groupSize', Number(v))}
                error={err('groupSize')}
              />
            ) : null}
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('programmes:form.schedule')}>
          <Stack gap="sm">
            <Switch
              label={t('programmes:form.scheduled')}
              checked={settings.schedule !== null}
              onChange={(e) =>
                set(
                  'schedule',
                  e.currentTarget.checked ? { weekday: 1, time: '09:00', intervalWeeks: 1 } : null,
                )
              }
            />
            {settings.schedule ? (
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <Select
                  label={t('programmes:form.weekday')}
                  data={weekdayOptions}
                  value={String(settings.schedule.weekday)}
                  allowDeselect={false}
                  onChange={(v) =>
                    settings.schedule &&
                    set('schedule', { ...settings.schedule, weekday: Number(v) })
                  }
                  error={err('schedule.weekday')}
                  comboboxProps={{ withinPortal: true }}
                />
                <TextInput
                  label={t('programmes:form.time')}
                  placeholder="09:00"
                  value={settings.schedule.time}
                  onChange={(e) =>
                    settings.schedule &&
                    set('schedule', { ...settings.schedule, time: e.currentTarget.value })
                  }
                  error={err('schedule.time')}
                />
                <NumberInput
                  label={t('programmes:form.intervalWeeks')}
                  min={1}
                  max={12}
                  value={settings.schedule.intervalWeeks}
                  onChange={(v) =>
                    settings.schedule &&
                    set('schedule', { ...settings.schedule, intervalWeeks: Number(v) })
                  }
                  error={err('schedule.intervalWeeks')}
                />
              </SimpleGrid>
            ) : null}
          </Stack>
        </Fieldset>

        <Group justify="flex-end" gap="sm">
          <Button type="submit" loading={save.isPending}>
            {programme ? t('programmes:form.save') : t('programmes:form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
