import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Checkin } from '../../../contracts/checkins';
import { useAddAction } from '../../api/checkins';
import { fieldError } from '../fieldError';
import { Section } from '../Section';
import { ActionList } from './ActionList';

/** Actions agreed in the check-in; open ones from earlier check-ins show here too. */
export function ActionsSection({ checkin }: { checkin: Checkin }) {
  const { t } = useTranslation();
  const add = useAddAction(checkin.id);
  const [title, setTitle] = useState('');
  const [ownerId, setOwnerId] = useState<string | null>(checkin.person.id);
  const [dueOn, setDueOn] = useState('');
  const owners = [checkin.person, checkin.manager];
  return (
    <Section title={t('checkins:actions.title')} description={t('checkins:actions.help')}>
      <ActionList actions={checkin.actions} canToggle={checkin.canEdit || checkin.asManager} />
      {checkin.canEdit ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (!ownerId) return;
            add.mutate(
              { title, ownerId, dueOn: dueOn || null },
              {
                onSuccess: () => {
                  setTitle('');
                  setDueOn('');
                },
              },
            );
          }}
        >
          <Stack gap="xs">
            <TextInput
              label={t('checkins:actions.add')}
              value={title}
              onChange={(event) => setTitle(event.currentTarget.value)}
              error={fieldError(add.error, 'title')}
              maxLength={300}
              required
            />
            <Group grow align="flex-start">
              <Select
                label={t('checkins:actions.ownerLabel')}
                data={owners.map((person) => ({ value: person.id, label: person.name }))}
                value={ownerId}
                onChange={setOwnerId}
                error={fieldError(add.error, 'ownerId')}
                allowDeselect={false}
              />
              <TextInput
                type="date"
                label={t('checkins:actions.dueLabel')}
                value={dueOn}
                onChange={(event) => setDueOn(event.currentTarget.value)}
                error={fieldError(add.error, 'dueOn')}
              />
            </Group>
            <Group justify="flex-end">
              <Button type="submit" loading={add.isPending}>
                {t('checkins:actions.addButton')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Section>
  );
}
