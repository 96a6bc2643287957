import { Modal } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The add/edit dialog of the admin lists. `editing` is undefined when closed, null when adding
 * and the item when editing; the form inside is keyed by the item, so it starts fresh each time.
 */
export function EditModal<T extends { id: string }>(props: {
  editing: T | null | undefined;
  onClose: () => void;
  addTitle: string;
  editTitle: string;
  children: (item: T | null) => ReactNode;
}) {
  const { t } = useTranslation('web');
  const { editing, onClose } = props;
  return (
    <Modal
      opened={editing !== undefined}
      onClose={onClose}
      title={editing ? props.editTitle : props.addTitle}
      closeButtonProps={{ 'aria-label': t('actions.close') }}
    >
      {editing !== undefined ? (
        <Fragment key={editing?.id ?? 'new'}>{props.children(editing)}</Fragment>
      ) : null}
    </Modal>
  );
}
