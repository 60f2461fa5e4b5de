/**
 * The plan's presentation and its monitoring and evaluation paragraph, as the Word document opens
 * and closes with them; saved as they are typed while the plan is a draft.
 */
import { Button, Collapse, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../../shared/domain/plan';
import { isBlank, type RichBlock } from '../../../../../shared/domain/richText';
import { RichTextEditor } from '../../../components/richText/RichTextEditor';
import { SaveStatus } from '../../../components/SaveStatus';
import { notifyLocked } from '../../../lib/lockNotice';
import { useAutosave } from '../../../lib/useAutosave';
import { usePlanMutation } from '../queries';

interface Texts {
  presentation: RichBlock[];
  monitoring: RichBlock[];
}

const TEXTS = ['presentation', 'monitoring'] as const;

export function PlanTexts({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [opened, { toggle }] = useDisclosure(false);
  const update = usePlanMutation('plan.update');
  const { id, title, startYear, endYear, reportingUnit } = plan;
  const autosave = useAutosave<Texts>({
    id: `plan-${id}-texts`,
    initial: { presentation: plan.presentation, monitoring: plan.monitoring },
    isHeld: () => false,
    save: (texts) => update.mutateAsync({ id, title, startYear, endYear, reportingUnit, ...texts }),
  });
  const written = TEXTS.filter((key) => !isBlank(autosave.value[key])).length;

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" wrap="nowrap">
        <div>
          <Title order={2} fz="md" id={headingId}>
            {t('plan.texts.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('plan.texts.summary', { count: written })}
          </Text>
        </div>
        <Group gap="md" wrap="nowrap">
          <SaveStatus autosave={autosave} heldReason="" />
          <Button variant="default" size="xs" rightSection={opened ? <IconChevronUp size={14} /> : <IconChevronDown size={14} />} onClick={toggle} aria-expanded={opened}>
            {t(opened ? 'plan.texts.hide' : 'plan.texts.show')}
          </Button>
        </Group>
      </Group>
      <Collapse expanded={opened}>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" mt="md">
          {TEXTS.map((key) => (
            <Stack key={key} gap={4}>
              <Text size="sm" fw={600}>
                {t(`plan.texts.${key}`)}
              </Text>
              <Text size="xs" c="dimmed">
                {t(`plan.texts.${key}Help`)}
              </Text>
              <RichTextEditor
                label={t(`plan.texts.${key}`)}
                initial={autosave.value[key]}
                readOnly={plan.locked}
                onChange={(blocks) => autosave.change((latest) => ({ ...latest, [key]: blocks }))}
                onBlur={() => void autosave.flush()}
                onReadOnlyAttempt={() => notifyLocked('plan.structureLocked')}
              />
            </Stack>
          ))}
        </SimpleGrid>
      </Collapse>
    </Paper>
  );
}
