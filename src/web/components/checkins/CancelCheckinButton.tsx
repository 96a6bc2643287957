import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCancelCheckin } from '../../api/checkins';
import { ErrorAlert } from '../ErrorAlert';

/** Calling off a planned check-in, after a confirmation that says what happens. */
export function CancelCheckinButton({ checkinId }: { checkinId: string }) {
  const { t } = useTranslation();
  const cancel = useCancelCheckin(checkinId);
  const [opened, setOpened] = useState(false);
  const close = () => {
    cancel.reset();
    setOpened(false);
  };
  return (
    <>
      <Button variant="default" onClick={() => setOpened(true)}>
        {t('checkins:callOff.button')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('checkins:callOff.title')}
        closeButtonProps={{ 'aria-label': t('actions.close') }}
      >
        <Stack>
          <Text size="sm">{t('checkins:callOff.intro')}</Text>
          <ErrorAlert error={cancel.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('checkins:callOff.keep')}
            </Button>
            <Button
              color="red.9"
              loading={cancel.isPending}
              onClick={() => cancel.mutate(undefined, { onSuccess: () => setOpened(false) })}
            >
              {t('checkins:callOff.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
