/** "Subir" and "Bajar" for one item of an ordered list: the way to reorder without dragging. */
import { ActionIcon, Group } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface MoveButtonsProps {
  /** What the item is called, for the buttons' spoken names. */
  label: string;
  index: number;
  count: number;
  onMove: (from: number, to: number) => void;
  disabled?: boolean;
}

const MOVES = [
  { step: -1, key: 'common.move.up', Icon: IconArrowUp },
  { step: 1, key: 'common.move.down', Icon: IconArrowDown },
] as const;

export function MoveButtons({ label, index, count, onMove, disabled = false }: MoveButtonsProps) {
  const { t } = useTranslation();
  return (
    <Group gap={2} wrap="nowrap">
      {MOVES.map(({ step, key, Icon }) => {
        const impossible = disabled || index + step < 0 || index + step >= count;
        return (
          <ActionIcon
            key={key}
            variant="subtle"
            color="gray"
            aria-label={t(key, { item: label })}
            disabled={impossible}
            // Greyed out without the filled box Mantine draws for a disabled icon.
            style={impossible ? { background: 'transparent' } : undefined}
            onClick={() => onMove(index, index + step)}
          >
            <Icon size={16} />
          </ActionIcon>
        );
      })}
    </Group>
  );
}
