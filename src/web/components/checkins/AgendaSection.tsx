import { Badge, Button, Checkbox, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Checkin } from '../../../contracts/checkins';
import { useAddAgendaItem, useMarkAgendaItem } from '../../api/checkins';
import { fieldError } from '../fieldError';
import { Section } from '../Section';

/** The shared agenda: both sides add talking points; points not ticked off carry over. */
export function AgendaSection({ checkin }: { checkin: Checkin }) {
  const { t } = useTranslation();
  const add = useAddAgendaItem(checkin.id);
  const mark = useMarkAgendaItem(checkin.id);
  const [body, setBody] = useState('');
  const [need, setNeed] = useState<string | null>(null);
  return (
    <Section title={t('checkins:agenda.title')} description={t('checkins:agenda.help')}>
      {checkin.agenda.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('checkins:agenda.none')}
        </Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {checkin.agenda.map((item) => (
            <Group key={item.id} component="li" gap="sm" wrap="nowrap" align="flex-start">
              <Checkbox
                checked={item.discussed}
                disabled={!checkin.canEdit || mark.isPending}
                onChange={(event) =>
                  mark.mutate({ itemId: item.id, discussed: event.currentTarget.checked })
                }
                aria-label={t('checkins:agenda.discussed', { body: item.body })}
              />
              <div>
                <Text size="sm">{item.body}</Text>
                <Group gap={6}>
                  <Text size="xs" c="dimmed">
                    {item.author.name}
                  </Text>
                  {item.skill ? (
                    <Badge size="xs" variant="light">
                      {item.skill.name}
                    </Badge>
                  ) : null}
                  {item.carriedOver ? (
                    <Badge size="xs" variant="outline" color="gray.7">
                      {t('checkins:agenda.carried')}
                    </Badge>
                  ) : null}
                </Group>
              </div>
            </Group>
          ))}
        </Stack>
      )}
      {checkin.canEdit ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            add.mutate(
              { body, skillId: need },
              {
                onSuccess: () => {
                  setBody('');
                  setNeed(null);
                },
              },
            );
          }}
        >
          <Stack gap="xs">
            {checkin.learningNeeds.length > 0 ? (
              <Select
                label={t('checkins:agenda.learningNeed')}
                placeholder={t('checkins:agenda.learningNeedPlaceholder')}
                data={checkin.learningNeeds.map((skill) => ({
                  value: skill.id,
                  label: skill.name,
                }))}
                value={need}
                clearable
                onChange={(value) => {
                  setNeed(value);
                  const skill = checkin.learningNeeds.find((s) => s.id === value);
                  if (skill && !body)
                    setBody(t('checkins:agenda.learningNeedText', { skill: skill.name }));
                }}
              />
            ) : null}
            <Group align="flex-end" gap="xs">
              <TextInput
                label={t('checkins:agenda.add')}
                value={body}
                onChange={(event) => setBody(event.currentTarget.value)}
                error={fieldError(add.error, 'body')}
                maxLength={1000}
                style={{ flex: 1 }}
                required
              />
              <Button type="submit" loading={add.isPending}>
                {t('checkins:agenda.addButton')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Section>
  );
}
