import {
  Anchor,
  Badge,
  Button,
  EmptyState,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Skill } from '../../../contracts/skills';
import { type SkillCategory, skillCategories } from '../../../domain/people/vocabulary';
import { useSkills } from '../../api/catalog';
import { EditModal } from '../../components/admin/EditModal';
import { SkillForm } from '../../components/admin/SkillForm';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Icon } from '../../components/Icon';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';

/** The organisation's skill taxonomy: what people can offer and want, by category. */
export default function AdminSkillsPage() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [debouncedQ] = useDebouncedValue(q, 200);
  const [category, setCategory] = useState<SkillCategory | null>(null);
  // `undefined`: closed; `null`: adding; a skill: editing it.
  const [editing, setEditing] = useState<Skill | null | undefined>(undefined);
  const skills = useSkills({
    q: debouncedQ || undefined,
    category: category ?? undefined,
    limit: 500,
  });

  return (
    <>
      <PageHeader
        title={t('adminSkills.title')}
        description={t('adminSkills.description')}
        actions={
          <Button leftSection={<Icon name="plus" size={18} />} onClick={() => setEditing(null)}>
            {t('adminSkills.add')}
          </Button>
        }
      />
      <Paper p="md" mb="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" maw={720}>
          <TextInput
            type="search"
            label={t('adminSkills.search')}
            leftSection={<Icon name="search" size={18} />}
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
          />
          <Select
            label={t('adminSkills.category')}
            placeholder={t('adminSkills.anyCategory')}
            clearable
            data={skillCategories.map((c) => ({ value: c, label: t(`vocab.skillCategory.${c}`) }))}
            value={category}
            onChange={(c) => setCategory(c as SkillCategory | null)}
            comboboxProps={{ withinPortal: true }}
          />
        </SimpleGrid>
      </Paper>
      <ErrorAlert error={skills.error} />
      {skills.isPending ? <LoadingState /> : null}
      {skills.data && skills.data.items.length === 0 ? (
        <Paper p="xl">
          <EmptyState
            icon={<Icon name="school" size={28} />}
            variant="light"
            title={t('adminSkills.emptyTitle')}
            description={q || category ? t('adminSkills.noMatch') : t('adminSkills.empty')}
          />
        </Paper>
      ) : null}
      {skills.data && skills.data.items.length > 0 ? (
        <Paper p={0} style={{ overflow: 'hidden' }}>
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="sm" horizontalSpacing="md" aria-label={t('adminSkills.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('adminSkills.form.name')}</Table.Th>
                  <Table.Th>{t('adminSkills.form.category')}</Table.Th>
                  <Table.Th>{t('adminSkills.form.synonyms')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {skills.data.items.map((skill) => (
                  <Table.Tr key={skill.id}>
                    <Table.Td>
                      <Anchor
                        component="button"
                        type="button"
                        ta="left"
                        fw={500}
                        onClick={() => setEditing(skill)}
                        aria-label={t('adminSkills.editNamed', { name: skill.name })}
                      >
                        {skill.name}
                      </Anchor>
                      {skill.description ? (
                        <Text size="xs" c="dimmed" lineClamp={1}>
                          {skill.description}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color="gray" tt="none">
                        {t(`vocab.skillCategory.${skill.category}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {skill.synonyms.length === 0 ? (
                          <Text size="sm" c="dimmed">
                            —
                          </Text>
                        ) : (
                          <Text size="sm">{skill.synonyms.join(', ')}</Text>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      ) : null}
      <EditModal
        editing={editing}
        onClose={() => setEditing(undefined)}
        addTitle={t('adminSkills.addTitle')}
        editTitle={t('adminSkills.editTitle')}
      >
        {(item) => <SkillForm skill={item} onDone={() => setEditing(undefined)} />}
      </EditModal>
    </>
  );
}
