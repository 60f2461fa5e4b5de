/**
 * One activity as a row of the planner's matrix, laid out as a card: who is responsible, the
 * quarters it takes place in (ticked right here while the plan is a draft), the budget by source,
 * how it is verified, the agreements it carries out and its indicators with their targets.
 */
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type Activity, activityInput, type Plan } from '../../../../../shared/domain/plan';
import { notifyError } from '../../../lib/notify';
import { useDialog } from '../../../lib/useDialog';
import { soles } from '../format';
import { usePlanMutation } from '../queries';
import { activityValues, toActivityInput } from './activityForm';
import { ActivityModal } from './ActivityModal';
import { IndicatorModal } from './IndicatorModal';
import { IndicatorTable } from './IndicatorTable';
import { NodeActions } from './NodeActions';
import { ScheduleGrid } from './ScheduleGrid';

interface ActivityCardProps {
  plan: Plan;
  objectiveId: number;
  activity: Activity;
  /** "1.2.3": line, objective and activity. */
  number: string;
  index: number;
  count: number;
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <Text size="sm" c="dimmed" w={170} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <div style={{ flex: 1, minWidth: 0 }}>{children}</div>
    </Group>
  );
}

export function ActivityCard({ plan, objectiveId, activity, number, index, count }: ActivityCardProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const editing = useDialog();
  const addingIndicator = useDialog();
  const saveActivity = usePlanMutation('plan.saveActivity');
  const name = t('plan.activity.named', { number });
  const total = activity.budget.reduce((sum, b) => sum + b.amount, 0);

  const setSchedule = (schedule: string[]) =>
    saveActivity.mutate(activityInput.parse(toActivityInput(objectiveId, activity.id, { ...activityValues(activity), schedule })), { onError: notifyError });

  return (
    <Paper withBorder radius="md" p="md" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
          <Text fw={600} id={headingId}>
            <Text span c="violet.8" fw={700} mr={6}>
              {number}
            </Text>
            {activity.description}
          </Text>
          {!plan.locked && (
            <NodeActions kind="activity" id={activity.id} name={name} index={index} count={count} onEdit={() => editing.open()} removeWarning={t('plan.activity.removeWarning')} />
          )}
        </Group>
        <Stack gap={6}>
          <Fact label={t('plan.activity.lead')}>
            <Text size="sm">{activity.leadInstitutionName}</Text>
          </Fact>
          {activity.coResponsibleNames.length > 0 && (
            <Fact label={t('plan.activity.coResponsible')}>
              <Text size="sm">{activity.coResponsibleNames.join(', ')}</Text>
            </Fact>
          )}
          <Fact label={t('plan.activity.schedule')}>
            <ScheduleGrid quarters={plan.quarters} value={activity.schedule} onChange={plan.locked ? undefined : setSchedule} disabled={saveActivity.isPending} />
          </Fact>
          <Fact label={t('plan.activity.budget')}>
            {activity.budget.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('plan.activity.noBudget')}
              </Text>
            ) : (
              <Stack gap={0}>
                {activity.budget.map((b, i) => (
                  <Text size="sm" key={i}>
                    {soles(b.amount)} · {t(`plan.sources.${b.source}`)}
                    {b.note && ` (${b.note})`}
                  </Text>
                ))}
                {activity.budget.length > 1 && (
                  <Text size="sm" fw={600}>
                    {t('plan.activity.budgetTotal', { total: soles(total) })}
                  </Text>
                )}
              </Stack>
            )}
          </Fact>
          {activity.verification && (
            <Fact label={t('plan.activity.verification')}>
              <Text size="sm">{activity.verification}</Text>
            </Fact>
          )}
          {activity.agreements.length > 0 && (
            <Fact label={t('plan.activity.agreements')}>
              <Text size="sm">{activity.agreements.map((a) => a.numberText).join(', ')}</Text>
            </Fact>
          )}
        </Stack>
        <IndicatorTable plan={plan} activity={activity} />
        {!plan.locked && (
          <Group>
            <Button variant="subtle" size="compact-sm" leftSection={<IconPlus size={14} />} onClick={() => addingIndicator.open()}>
              {t('plan.indicator.add')}
            </Button>
          </Group>
        )}
      </Stack>
      <ActivityModal plan={plan} objectiveId={objectiveId} activity={activity} opened={editing.opened} onClose={editing.close} />
      <IndicatorModal plan={plan} activityId={activity.id} opened={addingIndicator.opened} onClose={addingIndicator.close} />
    </Paper>
  );
}
