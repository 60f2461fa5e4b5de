/** An objective of a line and the activities that pursue it. */
import { Box, Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan, StrategicLine } from '../../../../../shared/domain/plan';
import { useDialog } from '../../../lib/useDialog';
import { ActivityCard } from './ActivityCard';
import { ActivityModal } from './ActivityModal';
import { NodeActions } from './NodeActions';
import { ObjectiveModal } from './ObjectiveModal';

interface ObjectiveBlockProps {
  plan: Plan;
  lineId: number;
  objective: StrategicLine['objectives'][number];
  /** "1.2": line and objective. */
  number: string;
  index: number;
  count: number;
}

export function ObjectiveBlock({ plan, lineId, objective, number, index, count }: ObjectiveBlockProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const editing = useDialog();
  const adding = useDialog();
  const { activities } = objective;
  return (
    <Box component="section" aria-labelledby={headingId} pl="md" style={{ borderLeft: '3px solid var(--mantine-color-violet-2)' }}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
          <Text fw={600} id={headingId}>
            {t('plan.objective.heading', { number, text: objective.text })}
          </Text>
          {!plan.locked && (
            <NodeActions
              kind="objective"
              id={objective.id}
              name={t('plan.objective.named', { number })}
              index={index}
              count={count}
              onEdit={() => editing.open()}
              removeWarning={t('plan.objective.removeWarning', { count: activities.length })}
            />
          )}
        </Group>
        {activities.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('plan.activity.none')}
          </Text>
        )}
        {activities.map((activity, i) => (
          <ActivityCard key={activity.id} plan={plan} objectiveId={objective.id} activity={activity} number={`${number}.${i + 1}`} index={i} count={activities.length} />
        ))}
        {!plan.locked && (
          <Group>
            <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={() => adding.open()}>
              {t('plan.activity.addTo', { number })}
            </Button>
          </Group>
        )}
      </Stack>
      <ObjectiveModal lineId={lineId} objective={objective} opened={editing.opened} onClose={editing.close} />
      <ActivityModal plan={plan} objectiveId={objective.id} opened={adding.opened} onClose={adding.close} />
    </Box>
  );
}
