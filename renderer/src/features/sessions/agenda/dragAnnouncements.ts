/** What a screen reader says while an agenda item is moved with the keyboard, in the user's language. */
import type { Announcements, ScreenReaderInstructions, UniqueIdentifier } from '@dnd-kit/core';
import type { TFunction } from 'i18next';
import type { AgendaItem } from '../../../../../shared/domain/sessions';

export function dragAccessibility(
  t: TFunction,
  items: readonly AgendaItem[],
): { announcements: Announcements; screenReaderInstructions: ScreenReaderInstructions } {
  const title = (id: UniqueIdentifier) => items.find((item) => item.id === id)?.title ?? '';
  const position = (id: UniqueIdentifier) => items.findIndex((item) => item.id === id) + 1;
  const where = (active: UniqueIdentifier, over: UniqueIdentifier | undefined, key: 'over' | 'dropped') =>
    over === undefined
      ? t('sessions.agenda.drag.outside', { item: title(active) })
      : t(`sessions.agenda.drag.${key}`, { item: title(active), position: position(over), total: items.length });
  // Picking an item up also puts it "over" its own place: saying so would drown "picked up".
  let moved = false;
  return {
    screenReaderInstructions: { draggable: t('sessions.agenda.drag.instructions') },
    announcements: {
      onDragStart: ({ active }) => {
        moved = false;
        return t('sessions.agenda.drag.picked', { item: title(active.id), position: position(active.id), total: items.length });
      },
      onDragOver: ({ active, over }) => {
        if (!moved && over?.id === active.id) return undefined;
        moved = true;
        return where(active.id, over?.id, 'over');
      },
      onDragEnd: ({ active, over }) => where(active.id, over?.id, 'dropped'),
      onDragCancel: ({ active }) => t('sessions.agenda.drag.cancelled', { item: title(active.id) }),
    },
  };
}
