/** Bold, italic and the two kinds of list: the only formatting an acta needs, with Word's shortcuts. */
import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { type Icon, IconBold, IconItalic, IconList, IconListNumbers } from '@tabler/icons-react';
import { type Editor, useEditorState } from '@tiptap/react';
import { useTranslation } from 'react-i18next';

type Format = 'bold' | 'italic' | 'bulletList' | 'orderedList';

interface Button {
  format: Format;
  icon: Icon;
  /** As printed in the tooltip, and for aria-keyshortcuts. */
  shortcut: { shown: string; aria: string };
  toggle: (editor: Editor) => void;
}

const BUTTONS: Button[] = [
  { format: 'bold', icon: IconBold, shortcut: { shown: 'Ctrl+B', aria: 'Control+B' }, toggle: (e) => e.chain().focus().toggleBold().run() },
  { format: 'italic', icon: IconItalic, shortcut: { shown: 'Ctrl+I', aria: 'Control+I' }, toggle: (e) => e.chain().focus().toggleItalic().run() },
  {
    format: 'bulletList',
    icon: IconList,
    shortcut: { shown: 'Ctrl+Mayús+8', aria: 'Control+Shift+8' },
    toggle: (e) => e.chain().focus().toggleBulletList().run(),
  },
  {
    format: 'orderedList',
    icon: IconListNumbers,
    shortcut: { shown: 'Ctrl+Mayús+7', aria: 'Control+Shift+7' },
    toggle: (e) => e.chain().focus().toggleOrderedList().run(),
  },
];

export function EditorToolbar({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => Object.fromEntries(BUTTONS.map((b) => [b.format, e.isActive(b.format)])) as Record<Format, boolean>,
  });

  return (
    <Group gap={4} role="toolbar" aria-label={t('common.editor.toolbar')} px={6} py={4}>
      {BUTTONS.map(({ format, icon: FormatIcon, shortcut, toggle }) => {
        const name = t(`common.editor.${format}`);
        return (
          <Tooltip key={format} label={`${name} (${shortcut.shown})`} openDelay={400} withinPortal>
            <ActionIcon
              variant={active[format] ? 'light' : 'subtle'}
              color={active[format] ? 'violet' : 'gray'}
              size="md"
              aria-label={name}
              aria-pressed={active[format]}
              aria-keyshortcuts={shortcut.aria}
              // Keeps the cursor (and the selection) in the text while the button is pressed.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => toggle(editor)}
            >
              <FormatIcon size={18} stroke={active[format] ? 2.2 : 1.8} />
            </ActionIcon>
          </Tooltip>
        );
      })}
    </Group>
  );
}
