/** A strategic line, folded or open: its objectives and their activities. */
import { Accordion, Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Plan, StrategicLine } from '../../../../../shared/domain/plan';
import { useDialog } from '../../../lib/useDialog';
import { soles } from '../format';
import { LineModal } from './LineModal';
import { NodeActions } from './NodeActions';
import { ObjectiveBlock } from './ObjectiveBlock';
import { ObjectiveModal } from './ObjectiveModal';

interface LineSectionProps {
  plan: Plan;
  line: StrategicLine;
  index: number;
}

export function LineSection({ plan, line, index }: LineSectionProps) {
  const { t } = useTranslation();
  const editing = useDialog();
  const adding = useDialog();
  const number = String(index + 1);
  const activities = line.objectives.flatMap((o) => o.activities);
  const budget = activities.flatMap((a) => a.budget).reduce((sum, b) => sum + b.amount, 0);
  return (
    <Accordion.Item value={String(line.id)}>
      <Group wrap="nowrap" gap="xs" pr="sm">
        <Accordion.Control>
          <Text fw={700}>{t('plan.line.heading', { number, title: line.title })}</Text>
          <Text size="sm" c="dimmed">
            {t('plan.line.summary', { objectives: line.objectives.length, activities: activities.length, budget: soles(budget) })}
          </Text>
        </Accordion.Control>
        {!plan.locked && (
          <NodeActions
            kind="line"
            id={line.id}
            name={t('plan.line.named', { number })}
            index={index}
            count={plan.lines.length}
            onEdit={() => editing.open()}
            removeWarning={t('plan.line.removeWarning', { objectives: line.objectives.length, activities: activities.length })}
          />
        )}
      </Group>
      <Accordion.Panel>
        <Stack gap="lg">
          {line.description && (
            <Text size="sm" c="dimmed">
              {line.description}
            </Text>
          )}
          {line.objectives.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('plan.objective.none')}
            </Text>
          )}
          {line.objectives.map((objective, i) => (
            <ObjectiveBlock key={objective.id} plan={plan} lineId={line.id} objective={objective} number={`${number}.${i + 1}`} index={i} count={line.objectives.length} />
          ))}
          {!plan.locked && (
            <Group>
              <Button variant="default" size="xs" leftSection={<IconPlus size={14} />} onClick={() => adding.open()}>
                {t('plan.objective.addTo', { number })}
              </Button>
            </Group>
          )}
        </Stack>
      </Accordion.Panel>
      <LineModal planId={plan.id} line={line} opened={editing.opened} onClose={editing.close} />
      <ObjectiveModal lineId={line.id} opened={adding.opened} onClose={adding.close} />
    </Accordion.Item>
  );
}
