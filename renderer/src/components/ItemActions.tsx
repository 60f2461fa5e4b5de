/** Edit, move up or down, and remove (after asking) one item of an ordered list: a part of the plan, a step of the care route. */
import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../lib/notify';
import { ConfirmModal } from './ConfirmModal';
import { MoveButtons } from './MoveButtons';

export interface ItemActionsProps {
  /** How the item is named in the buttons and the question: "la línea 1". */
  name: string;
  index: number;
  count: number;
  onEdit: () => void;
  onMove: (direction: 'up' | 'down') => Promise<unknown>;
  onRemove: () => Promise<unknown>;
  /** What else goes with it, said before removing it. */
  removeWarning: string;
}

export function ItemActions({ name, index, count, onEdit, onMove, onRemove, removeWarning }: ItemActionsProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState<'move' | 'remove' | null>(null);
  const edit = t('common.itemActions.edit', { name });
  const removeLabel = t('common.itemActions.remove', { name });

  const run = async (kind: 'move' | 'remove', action: () => Promise<unknown>) => {
    setBusy(kind);
    try {
      await action();
      return true;
    } catch (error) {
      notifyError(error);
      return false;
    } finally {
      setBusy(null);
    }
  };

  const remove = async () => {
    if (!(await run('remove', onRemove))) return;
    setConfirming(false);
    notifySuccess(t('common.itemActions.removed', { name }));
  };

  return (
    <Group gap={2} wrap="nowrap">
      <Tooltip label={edit} openDelay={400}>
        <ActionIcon variant="subtle" color="gray" aria-label={edit} onClick={onEdit}>
          <IconPencil size={16} />
        </ActionIcon>
      </Tooltip>
      <MoveButtons label={name} index={index} count={count} disabled={busy === 'move'} onMove={(from, to) => void run('move', () => onMove(to < from ? 'up' : 'down'))} />
      <Tooltip label={removeLabel} openDelay={400}>
        <ActionIcon variant="subtle" color="red" aria-label={removeLabel} onClick={() => setConfirming(true)}>
          <IconTrash size={16} />
        </ActionIcon>
      </Tooltip>
      <ConfirmModal
        opened={confirming}
        title={t('common.itemActions.removeTitle', { name })}
        message={removeWarning}
        confirmLabel={t('common.itemActions.removeConfirm')}
        loading={busy === 'remove'}
        onConfirm={() => void remove()}
        onClose={() => setConfirming(false)}
      />
    </Group>
  );
}
