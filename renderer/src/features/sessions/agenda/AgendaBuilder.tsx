/**
 * The session's agenda in the order the convocation and the acta print it. Items move by dragging,
 * by keyboard (space to pick up, arrows to move, space to drop), to any place at once with "Mover a
 * la posición…", or with "Subir" / "Bajar"; each move is one save.
 */
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { closestCenter, DndContext, type DragEndEvent, KeyboardSensor, PointerSensor, useSensor, useSensors } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { IconInfoCircle, IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, SessionDetail } from '../../../../../shared/domain/sessions';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { agendaNumbers } from '../../../lib/agendaNumbers';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useSessionsMutation } from '../queries';
import { SectionHeading } from '../SectionHeading';
import { AgendaItemModal, type AgendaItemTarget } from './AgendaItemModal';
import { CopyPreviousAgendaButton } from './CopyPreviousAgendaButton';
import { dragAccessibility } from './dragAnnouncements';
import { MoveToPositionModal } from './MoveToPositionModal';
import { SortableAgendaRow } from './SortableAgendaRow';
import { useReorderAgenda } from './useReorderAgenda';

export function AgendaBuilder({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const items = session.agenda;
  const numbers = agendaNumbers(items);
  const move = useReorderAgenda(session);
  const [editing, setEditing] = useState<AgendaItemTarget | null>(null);
  const [removing, setRemoving] = useState<AgendaItem | null>(null);
  const [moving, setMoving] = useState<AgendaItem | null>(null);
  const remove = useSessionsMutation('sessions.removeAgendaItem');
  const sensors = useSensors(
    // A few pixels of movement before a drag starts, so a click on a button in the row stays a click.
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const locked = session.locked;
  const accessibility = useMemo(() => dragAccessibility(t, items), [t, items]);

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over) return;
    move(
      items.findIndex((item) => item.id === active.id),
      items.findIndex((item) => item.id === over.id),
    );
  };

  const confirmRemove = (item: AgendaItem) =>
    remove.mutate(
      { id: item.id },
      {
        onSuccess: () => {
          setRemoving(null);
          notifySuccess(t('sessions.agenda.removed', { item: item.title }));
        },
        onError: (error) => {
          setRemoving(null);
          notifyError(error);
        },
      },
    );

  return (
    <Stack gap="sm" component="section" aria-labelledby="session-agenda">
      <SectionHeading
        id="session-agenda"
        title={t('sessions.agenda.title')}
        help={t('sessions.agenda.help')}
        action={
          !locked && (
            <Group gap="sm">
              <CopyPreviousAgendaButton sessionId={session.id} />
              <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ sessionId: session.id, item: null })}>
                {t('sessions.agenda.add')}
              </Button>
            </Group>
          )
        }
      />
      {session.convocation && !locked && (
        <Alert variant="light" color="orange" icon={<IconInfoCircle />} role="note">
          {t('sessions.agenda.afterConvocation')}
        </Alert>
      )}
      {items.length === 0 ? (
        <Text c="dimmed" size="sm" py="md">
          {t('sessions.agenda.empty')}
        </Text>
      ) : (
        <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={accessibility}>
          <SortableContext items={items.map((item) => item.id)} strategy={verticalListSortingStrategy}>
            <Stack component="ol" gap={6} m={0} p={0} aria-label={t('sessions.agenda.title')} style={{ listStyle: 'none' }}>
              {items.map((item, index) => (
                <SortableAgendaRow
                  key={item.id}
                  item={item}
                  number={numbers.get(item.id) ?? ''}
                  index={index}
                  count={items.length}
                  disabled={locked}
                  onMove={move}
                  onMoveTo={() => setMoving(item)}
                  onEdit={() => setEditing({ sessionId: session.id, item })}
                  onRemove={() => setRemoving(item)}
                />
              ))}
            </Stack>
          </SortableContext>
        </DndContext>
      )}
      <AgendaItemModal target={editing} onClose={() => setEditing(null)} />
      <MoveToPositionModal items={items} moving={moving} onMove={move} onClose={() => setMoving(null)} />
      <ConfirmModal
        opened={removing !== null}
        title={t('sessions.agenda.removeTitle', { item: removing?.title ?? '' })}
        message={t('sessions.agenda.removeBody')}
        confirmLabel={t('sessions.agenda.removeConfirm')}
        loading={remove.isPending}
        onConfirm={() => removing && confirmRemove(removing)}
        onClose={() => setRemoving(null)}
      />
    </Stack>
  );
}
