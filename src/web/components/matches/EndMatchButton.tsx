import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEndMatch } from '../../api/matches';
import { ErrorAlert } from '../ErrorAlert';

/** Ending early, with an optional reason: a button that opens a confirmation. */
export function EndMatchButton({ matchId }: { matchId: string }) {
  const { t } = useTranslation();
  const end = useEndMatch();
  const [opened, setOpened] = useState(false);
  const [reason, setReason] = useState('');
  const close = () => {
    end.reset();
    setOpened(false);
  };
  return (
    <>
      <Button variant="default" onClick={() => setOpened(true)}>
        {t('matches:end.button')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('matches:end.title')}
        closeButtonProps={{ 'aria-label': t('actions.close') }}
      >
        <form
          onSubmit={(event) => {
            event.preventDefault();
            end.mutate({ id: matchId, reason: reason.trim() || null }, { onSuccess: close });
          }}
        >
          <Stack>
            <Text size="sm">{t('matches:end.intro')}</Text>
            <Textarea
              label={t('matches:end.reason')}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              maxLength={500}
              autosize
              minRows={2}
            />
            <ErrorAlert error={end.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('actions.cancel')}
              </Button>
              <Button type="submit" loading={end.isPending}>
                {t('matches:end.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
