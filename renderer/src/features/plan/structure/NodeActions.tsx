/** Edit, move and remove one part of a draft plan: a line, an objective, an activity or an indicator. */
import type { PLAN_NODE_KINDS } from '../../../../../shared/domain/plan';
import { ItemActions, type ItemActionsProps } from '../../../components/ItemActions';
import { usePlanMutation } from '../queries';

interface NodeActionsProps extends Omit<ItemActionsProps, 'onMove' | 'onRemove'> {
  kind: (typeof PLAN_NODE_KINDS)[number];
  id: number;
}

export function NodeActions({ kind, id, ...item }: NodeActionsProps) {
  const move = usePlanMutation('plan.moveNode');
  const remove = usePlanMutation('plan.removeNode');
  return <ItemActions {...item} onMove={(direction) => move.mutateAsync({ kind, id, direction })} onRemove={() => remove.mutateAsync({ kind, id })} />;
}
