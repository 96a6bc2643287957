import { Alert, Button, Group, Modal, Radio, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SkillMatch } from '../../../contracts/skills';
import { useRaiseHand } from '../../api/checkins';
import { ErrorAlert } from '../ErrorAlert';
import { fieldError } from '../fieldError';
import { Icon } from '../Icon';
import { SkillPicker } from '../SkillPicker';

const urgencies = ['low', 'normal', 'high'] as const;

/** "I need help with …": free text, an optional skill and how urgent it is. */
export function RaiseHandDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const raise = useRaiseHand();
  const [body, setBody] = useState('');
  const [skill, setSkill] = useState<SkillMatch | null>(null);
  const [urgency, setUrgency] = useState<(typeof urgencies)[number]>('normal');
  const close = () => {
    raise.reset();
    setBody('');
    setSkill(null);
    setUrgency('normal');
    onClose();
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('checkins:raiseHand.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('actions.close') }}
    >
      {raise.isSuccess ? (
        <Stack>
          <Alert color="teal" icon={<Icon name="check" />} role="status">
            {t('checkins:raiseHand.sent')}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={close}>{t('actions.close')}</Button>
          </Group>
        </Stack>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            raise.mutate({ body, skillId: skill?.id ?? null, urgency });
          }}
        >
          <Stack>
            <Textarea
              label={t('checkins:raiseHand.body')}
              description={t('checkins:raiseHand.bodyHelp')}
              value={body}
              onChange={(event) => setBody(event.currentTarget.value)}
              required
              autosize
              minRows={3}
              maxLength={1000}
              error={fieldError(raise.error, 'body')}
              data-autofocus
            />
            <SkillPicker
              label={t('checkins:raiseHand.skill')}
              value={skill}
              clearable
              onPick={setSkill}
            />
            <Radio.Group
              label={t('checkins:raiseHand.urgency')}
              value={urgency}
              onChange={(value) => setUrgency(value as (typeof urgencies)[number])}
            >
              <Group mt="xs">
                {urgencies.map((value) => (
                  <Radio key={value} value={value} label={t(`checkins:urgency.${value}`)} />
                ))}
              </Group>
            </Radio.Group>
            <ErrorAlert error={raise.error} besideFields={['body']} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('actions.cancel')}
              </Button>
              <Button type="submit" loading={raise.isPending} leftSection={<Icon name="hand" />}>
                {t('checkins:raiseHand.send')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

/** A button that opens the raise-a-hand dialog; compact in the header. */
export function RaiseHandButton({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button
        variant={compact ? 'subtle' : 'filled'}
        size={compact ? 'sm' : 'md'}
        leftSection={<Icon name="hand" />}
        onClick={() => setOpened(true)}
      >
        {t('checkins:raiseHand.open')}
      </Button>
      <RaiseHandDialog opened={opened} onClose={() => setOpened(false)} />
    </>
  );
}
