/** One agenda item: its printed number, what it is about, and the ways to move, edit or remove it. */
import { ActionIcon, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { IconArrowsSort, IconGripVertical, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../../../shared/domain/sessions';
import { MoveButtons } from '../../../components/MoveButtons';
import { printedNumber } from '../../../lib/agendaNumbers';

interface SortableAgendaRowProps {
  item: AgendaItem;
  number: string;
  index: number;
  count: number;
  disabled: boolean;
  onMove: (from: number, to: number) => void;
  /** Opens "Mover a la posición…". */
  onMoveTo: () => void;
  onEdit: () => void;
  onRemove: () => void;
}

export function SortableAgendaRow({ item, number, index, count, disabled, onMove, onMoveTo, onEdit, onRemove }: SortableAgendaRowProps) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: item.id, disabled });
  const subItem = number.includes('.');
  const printed = printedNumber(number);
  const kindLabel = t(`sessions.agendaKinds.${item.kind}`);
  return (
    <Paper
      component="li"
      ref={setNodeRef}
      withBorder
      radius="sm"
      p="xs"
      pl={subItem ? 'xl' : 'xs'}
      aria-label={`${printed} ${item.title}`}
      shadow={isDragging ? 'md' : undefined}
      style={{ transform: CSS.Translate.toString(transform), transition, position: 'relative', zIndex: isDragging ? 2 : undefined }}
    >
      <Group gap="sm" wrap="nowrap" align="center">
        {!disabled && (
          <ActionIcon
            ref={setActivatorNodeRef}
            variant="subtle"
            color="gray"
            style={{ cursor: 'grab', touchAction: 'none' }}
            {...attributes}
            {...listeners}
            aria-label={t('sessions.agenda.dragHandle', { item: item.title })}
          >
            <IconGripVertical size={16} />
          </ActionIcon>
        )}
        <Text fw={700} w={36} ta="right" data-testid="agenda-number">
          {printed}
        </Text>
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Text fw={500} size="sm" data-testid="agenda-title">
            {item.title}
          </Text>
          <Group gap="xs">
            {/* A standing item is named after its kind: the badge would only repeat it. */}
            {kindLabel !== item.title && (
              <Badge size="xs" variant="light" color={subItem ? 'violet' : 'gray'}>
                {kindLabel}
              </Badge>
            )}
            {item.presenterName && (
              <Text size="xs" c="dimmed">
                {t('sessions.agenda.presentedBy', { name: item.presenterName })}
              </Text>
            )}
            {item.agreements.length > 0 && (
              <Text size="xs" c="dimmed">
                {t('sessions.agenda.agreementCount', { count: item.agreements.length })}
              </Text>
            )}
          </Group>
          {item.notes && (
            <Text size="xs" c="dimmed" lineClamp={2}>
              {item.notes}
            </Text>
          )}
        </Stack>
        {!disabled && (
          <Group gap={2} wrap="nowrap">
            <MoveButtons label={item.title} index={index} count={count} onMove={onMove} />
            <ActionIcon variant="subtle" color="gray" aria-label={t('sessions.agenda.move.open', { item: item.title })} onClick={onMoveTo}>
              <IconArrowsSort size={16} />
            </ActionIcon>
            <ActionIcon variant="subtle" color="gray" aria-label={t('sessions.agenda.edit', { item: item.title })} onClick={onEdit}>
              <IconPencil size={16} />
            </ActionIcon>
            <ActionIcon variant="subtle" color="red" aria-label={t('sessions.agenda.remove', { item: item.title })} onClick={onRemove}>
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        )}
      </Group>
    </Paper>
  );
}
