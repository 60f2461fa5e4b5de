/** One button of the editor's toolbar: an icon named by its tooltip, which also shows its shortcut. */
import { ActionIcon, Tooltip } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';

export interface Shortcut {
  /** As printed in the tooltip. */
  shown: string;
  /** As aria-keyshortcuts spells it. */
  aria: string;
}

interface ToolbarButtonProps {
  label: string;
  icon: Icon;
  shortcut?: Shortcut;
  /** For a format that is on or off; left out for an action. */
  active?: boolean;
  disabled?: boolean;
  onClick: () => void;
}

export function ToolbarButton({ label, icon: ButtonIcon, shortcut, active, disabled = false, onClick }: ToolbarButtonProps) {
  return (
    <Tooltip label={shortcut ? `${label} (${shortcut.shown})` : label} openDelay={400} withinPortal>
      <ActionIcon
        variant={active ? 'light' : 'subtle'}
        color={active ? 'violet' : 'gray'}
        size="md"
        aria-label={label}
        aria-pressed={active}
        aria-keyshortcuts={shortcut?.aria}
        disabled={disabled}
        // Keeps the cursor (and the selection) in the text while the button is pressed.
        onMouseDown={(event) => event.preventDefault()}
        onClick={onClick}
      >
        <ButtonIcon size={18} stroke={active ? 2.2 : 1.8} />
      </ActionIcon>
    </Tooltip>
  );
}
