/**
 * "Mover a la posición…": an agenda item goes to any place in one move (and one save), without
 * dragging it or pressing "Subir" once per place.
 */
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../../../shared/domain/sessions';
import { FormDialog } from '../../../components/FormDialog';
import { requiredMark } from '../../../components/requiredMark';

interface MoveToPositionModalProps {
  items: readonly AgendaItem[];
  /** The item to move; the dialog is open while there is one. */
  moving: AgendaItem | null;
  onMove: (from: number, to: number) => void;
  onClose: () => void;
}

type PositionValues = { position: string | null };

export function MoveToPositionModal({ items, moving, onMove, onClose }: MoveToPositionModalProps) {
  const { t } = useTranslation();
  const from = items.findIndex((item) => item.id === moving?.id);
  const options = items.map((item, index) => ({
    value: String(index),
    label:
      index === from
        ? t('sessions.agenda.move.current', { position: index + 1 })
        : t('sessions.agenda.move.option', { position: index + 1, item: item.title }),
    disabled: index === from,
  }));
  return (
    <FormDialog<PositionValues>
      opened={moving !== null}
      onClose={onClose}
      title={t('sessions.agenda.move.title', { item: moving?.title ?? '' })}
      initialValues={{ position: null }}
      validate={({ position }) => (position === null ? { position: t('validation.required') } : {})}
      save={async ({ position }) => onMove(from, Number(position))}
      fields={(form) => (
        <Select
          label={t('sessions.agenda.move.position')}
          description={t('sessions.agenda.move.help')}
          data={options}
          allowDeselect={false}
          data-autofocus
          {...requiredMark}
          {...form.getInputProps('position')}
        />
      )}
      submitLabel={t('sessions.agenda.move.submit')}
      savedMessage={t('sessions.agenda.move.done', { item: moving?.title ?? '' })}
    />
  );
}
