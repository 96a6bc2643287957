import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/useFormat';

/** Page numbers with spoken labels, and "21–40 of 312" for context. */
export function Pager({
  page,
  pageSize,
  total,
  onChange,
}: {
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  // An empty list says so itself; "0–0 of 0" would only add noise.
  if (total === 0) return null;
  return (
    <Group justify="space-between" mt="md" gap="sm" wrap="wrap">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('pager.range', {
          from: format.number(from),
          to: format.number(to),
          total: format.number(total),
        })}
      </Text>
      {pages > 1 ? (
        <nav aria-label={t('pager.label')}>
          <Pagination
            value={page}
            total={pages}
            onChange={onChange}
            size="sm"
            siblings={1}
            getItemProps={(item) => ({
              'aria-label': t('pager.page', { page: item }),
              'aria-current': item === page ? 'page' : undefined,
            })}
            getControlProps={(control) => ({ 'aria-label': t(`pager.${control}`) })}
          />
        </nav>
      ) : null}
    </Group>
  );
}
