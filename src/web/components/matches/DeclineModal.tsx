import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRespondToMatch } from '../../api/matches';
import { ErrorAlert } from '../ErrorAlert';
import { fieldError } from '../fieldError';

/** Declining asks for an optional reason first: it is a choice with consequences for both. */
export function DeclineModal(props: {
  matchId: string;
  partnerNames: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const respond = useRespondToMatch();
  const [reason, setReason] = useState('');
  const close = () => {
    respond.reset();
    setReason('');
    props.onClose();
  };
  return (
    <Modal
      opened={props.opened}
      onClose={close}
      title={t('matches:declineTitle')}
      closeButtonProps={{ 'aria-label': t('actions.close') }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          respond.mutate(
            { id: props.matchId, response: 'decline', reason: reason.trim() || null },
            { onSuccess: close },
          );
        }}
      >
        <Stack>
          <Text size="sm">{t('matches:declineIntro', { names: props.partnerNames })}</Text>
          <Textarea
            label={t('matches:declineReason')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            maxLength={500}
            autosize
            minRows={2}
            error={fieldError(respond.error, 'reason')}
          />
          <ErrorAlert error={respond.error} besideFields={['reason']} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={respond.isPending}>
              {t('matches:declineConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
