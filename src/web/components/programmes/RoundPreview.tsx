import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  Modal,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Round } from '../../../contracts/rounds';
import {
  useDiscardRound,
  usePublishRound,
  useRemoveFromRound,
  useSwapInRound,
} from '../../api/programmes';
import { useFormat } from '../../i18n/useFormat';
import { ErrorAlert } from '../ErrorAlert';

/** A reason is a translation key with its namespace and parameters. */
function useReason() {
  const { t } = useTranslation();
  return (reason: { key: string; params: Record<string, string | number> }) =>
    t(reason.key, reason.params as Record<string, unknown>) as string;
}

/**
 * The proposed matches of a round with their scores and reasons. In a preview two people can
 * be selected to trade places, a match can be taken out, and the round published or thrown away.
 */
export function RoundPreview({ programmeId, round }: { programmeId: string; round: Round }) {
  const { t } = useTranslation();
  const format = useFormat();
  const reasonText = useReason();
  const swap = useSwapInRound(programmeId);
  const remove = useRemoveFromRound(programmeId);
  const publish = usePublishRound(programmeId);
  const discard = useDiscardRound(programmeId);
  const [selected, setSelected] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const editable = round.status === 'preview';
  const error = swap.error ?? remove.error ?? publish.error ?? discard.error;

  const toggle = (id: string) =>
    setSelected((current) =>
      current.includes(id) ? current.filter((x) => x !== id) : [...current, id].slice(-2),
    );

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm">
        <Text>
          {t('programmes:round.heading', {
            number: round.number,
            matched: round.matchedPeople,
            people: round.people,
          })}{' '}
          <Badge variant="light" color={editable ? 'blue' : 'gray'}>
            {t(`programmes:round.status.${round.status}`)}
          </Badge>
        </Text>
        {editable ? (
          <Group gap="sm">
            <Button
              variant="default"
              disabled={selected.length !== 2}
              loading={swap.isPending}
              onClick={() =>
                swap.mutate(
                  { roundId: round.id, personIds: selected },
                  { onSuccess: () => setSelected([]) },
                )
              }
            >
              {t('programmes:round.swap')}
            </Button>
            <Button
              variant="subtle"
              color="red"
              loading={discard.isPending}
              onClick={() => discard.mutate(round.id)}
            >
              {t('programmes:round.discard')}
            </Button>
            <Button onClick={() => setConfirming(true)}>{t('programmes:round.publish')}</Button>
          </Group>
        ) : null}
      </Group>
      {editable ? (
        <Text size="sm" c="dimmed">
          {t('programmes:round.swapHelp')}
        </Text>
      ) : null}
      <ErrorAlert error={error} />
      {round.nobody ? (
        <Alert color="blue" variant="light" title={t(round.nobody.key)}>
          <List size="sm">
            {round.nobody.because.map((r) => (
              <List.Item key={r.key}>{reasonText(r)}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      {round.matches.length > 0 ? (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm" aria-label={t('programmes:round.matches')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('programmes:round.col.members')}</Table.Th>
                <Table.Th>{t('programmes:round.col.score')}</Table.Th>
                <Table.Th>{t('programmes:round.col.reasons')}</Table.Th>
                {editable ? <Table.Th>{t('programmes:round.col.actions')}</Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {round.matches.map((match) => (
                <Table.Tr key={match.id}>
                  <Table.Td>
                    <Stack gap={4}>
                      {match.members.map((m) =>
                        editable ? (
                          <Checkbox
                            key={m.person.id}
                            label={m.person.name}
                            aria-label={t('programmes:round.select', { name: m.person.name })}
                            checked={selected.includes(m.person.id)}
                            onChange={() => toggle(m.person.id)}
                          />
                        ) : (
                          <Text key={m.person.id} size="sm">
                            {m.person.name}{' '}
                            <Text span c="dimmed" size="xs">
                              {t(`programmes:response.${m.response}`)}
                            </Text>
                          </Text>
                        ),
                      )}
                      {match.edited ? (
                        <Badge size="xs" variant="outline">
                          {t('programmes:round.edited')}
                        </Badge>
                      ) : null}
                    </Stack>
                  </Table.Td>
                  <Table.Td>{format.number(Math.round(match.score * 10) / 10)}</Table.Td>
                  <Table.Td>
                    <List size="sm">
                      {match.reasons.map((r) => (
                        <List.Item key={`${r.key}${JSON.stringify(r.params)}`}>
                          {reasonText(r)}
                        </List.Item>
                      ))}
                    </List>
                  </Table.Td>
                  {editable ? (
                    <Table.Td>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="red"
                        aria-label={t('programmes:round.removeNamed', {
                          names: format.list(match.members.map((m) => m.person.name)),
                        })}
                        onClick={() => remove.mutate({ roundId: round.id, matchId: match.id })}
                      >
                        {t('programmes:round.remove')}
                      </Button>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {round.unmatched.length > 0 ? (
        <Stack gap={4}>
          <Text fw={500}>{t('programmes:round.unmatched', { count: round.unmatched.length })}</Text>
          <List size="sm">
            {round.unmatched.map((u) => (
              <List.Item key={u.person.id}>
                {u.person.name}: {reasonText(u.reason)}
                {u.blockedBy.length > 0 ? ` (${u.blockedBy.map(reasonText).join('; ')})` : ''}
              </List.Item>
            ))}
          </List>
        </Stack>
      ) : null}
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('programmes:round.confirmTitle')}
        closeButtonProps={{ 'aria-label': t('actions.close') }}
      >
        <Stack gap="md">
          <Text>{t('programmes:round.confirmText', { count: round.matchedPeople })}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('actions.cancel')}
            </Button>
            <Button
              loading={publish.isPending}
              onClick={() => publish.mutate(round.id, { onSuccess: () => setConfirming(false) })}
            >
              {t('programmes:round.confirmPublish')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
