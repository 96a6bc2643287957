import { Badge, Button, Group, Paper, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Checkin } from '../../../contracts/checkins';
import { useAddNote } from '../../api/checkins';
import { useFormat } from '../../i18n/useFormat';
import { fieldError } from '../fieldError';
import { Icon } from '../Icon';
import { Section } from '../Section';

/** Shared notes both read, and the manager's private notes only their author reads. */
export function NotesSection({ checkin }: { checkin: Checkin }) {
  const { t } = useTranslation();
  const format = useFormat();
  const add = useAddNote(checkin.id);
  const [body, setBody] = useState('');
  const [visibility, setVisibility] = useState<'shared' | 'private'>('shared');
  return (
    <Section title={t('checkins:notes.title')} description={t('checkins:notes.help')}>
      {checkin.notes.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('checkins:notes.none')}
        </Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {checkin.notes.map((note) => (
            <Paper
              key={note.id}
              component="li"
              p="sm"
              withBorder
              bg={note.visibility === 'private' ? 'gray.0' : undefined}
            >
              <Group gap={6} mb={4}>
                <Text size="xs" fw={600}>
                  {note.author.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {format.dateTime(note.createdAt)}
                </Text>
                {note.visibility === 'private' ? (
                  <Badge
                    size="xs"
                    color="dark"
                    variant="light"
                    leftSection={<Icon name="lock" size={12} />}
                  >
                    {t('checkins:notes.private')}
                  </Badge>
                ) : null}
              </Group>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {note.body}
              </Text>
            </Paper>
          ))}
        </Stack>
      )}
      {checkin.canEdit ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            add.mutate({ body, visibility }, { onSuccess: () => setBody('') });
          }}
        >
          <Stack gap="xs">
            <Textarea
              label={t('checkins:notes.add')}
              value={body}
              onChange={(event) => setBody(event.currentTarget.value)}
              error={fieldError(add.error, 'body')}
              autosize
              minRows={2}
              maxLength={5000}
              required
            />
            {checkin.asManager ? (
              <Radio.Group
                label={t('checkins:notes.visibility')}
                value={visibility}
                onChange={(value) => setVisibility(value as 'shared' | 'private')}
              >
                <Group mt={4}>
                  <Radio value="shared" label={t('checkins:notes.sharedOption')} />
                  <Radio value="private" label={t('checkins:notes.privateOption')} />
                </Group>
              </Radio.Group>
            ) : null}
            <Group justify="flex-end">
              <Button type="submit" loading={add.isPending}>
                {t('checkins:notes.addButton')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Section>
  );
}
