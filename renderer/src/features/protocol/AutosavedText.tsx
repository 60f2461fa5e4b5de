/**
 * A rich text of the protocol saved as it is typed (a second after the last keystroke, when the
 * cursor leaves it, and when the screen closes), with a line saying whether it is safe. A locked
 * version only reads, and says why when the user tries to type.
 */
import { Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { RichBlock } from '../../../../shared/domain/richText';
import { RichTextEditor } from '../../components/richText/RichTextEditor';
import { SaveStatus } from '../../components/SaveStatus';
import { notifyLocked } from '../../lib/lockNotice';
import { type Autosave, useAutosave } from '../../lib/useAutosave';

/** The autosave of one text; `save` gets what was typed. */
export const useAutosavedText = (id: string, initial: RichBlock[], save: (blocks: RichBlock[]) => Promise<unknown>) =>
  useAutosave<RichBlock[]>({ id, initial, isHeld: () => false, save });

interface AutosavedTextProps {
  autosave: Autosave<RichBlock[]>;
  /** The text box's name, e.g. "Presentación". */
  label: string;
  /** Shown above the text, beside the save status. */
  heading: ReactNode;
  help?: string;
  readOnly: boolean;
}

export function AutosavedText({ autosave, label, heading, help, readOnly }: AutosavedTextProps) {
  return (
    <Stack gap="xs">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <div>
          {heading}
          {help && (
            <Text size="sm" c="dimmed">
              {help}
            </Text>
          )}
        </div>
        {!readOnly && <SaveStatus autosave={autosave} heldReason="" />}
      </Group>
      <RichTextEditor
        label={label}
        initial={autosave.value}
        readOnly={readOnly}
        onChange={(blocks) => autosave.change(blocks)}
        onBlur={() => void autosave.flush()}
        onReadOnlyAttempt={() => notifyLocked('protocol.versionLocked')}
      />
    </Stack>
  );
}
