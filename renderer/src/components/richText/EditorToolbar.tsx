/**
 * Bold, italic, the two kinds of list and their levels, and tables: the only formatting an acta
 * needs, with Word's shortcuts.
 */
import { Divider, Group } from '@mantine/core';
import { type Icon, IconBold, IconIndentDecrease, IconIndentIncrease, IconItalic, IconList, IconListNumbers } from '@tabler/icons-react';
import { type Editor, useEditorState } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { TableMenu } from './TableMenu';
import { type Shortcut, ToolbarButton } from './ToolbarButton';

type Format = 'bold' | 'italic' | 'bulletList' | 'orderedList';

interface FormatButton {
  format: Format;
  icon: Icon;
  shortcut: Shortcut;
  toggle: (editor: Editor) => void;
}

const FORMATS: FormatButton[] = [
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
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      active: Object.fromEntries(FORMATS.map((b) => [b.format, e.isActive(b.format)])) as Record<Format, boolean>,
      // Only an item under another one can go a level down, as in Word.
      canIndent: e.can().sinkListItem('listItem'),
      canOutdent: e.isActive('listItem') && e.can().liftListItem('listItem'),
    }),
  });

  return (
    <Group gap={4} role="toolbar" aria-label={t('common.editor.toolbar')} px={6} py={4}>
      {FORMATS.map(({ format, icon, shortcut, toggle }) => (
        <ToolbarButton key={format} label={t(`common.editor.${format}`)} icon={icon} shortcut={shortcut} active={state.active[format]} onClick={() => toggle(editor)} />
      ))}
      <ToolbarButton
        label={t('common.editor.indent')}
        icon={IconIndentIncrease}
        disabled={!state.canIndent}
        onClick={() => editor.chain().focus().sinkListItem('listItem').run()}
      />
      <ToolbarButton
        label={t('common.editor.outdent')}
        icon={IconIndentDecrease}
        shortcut={{ shown: 'Mayús+Tab', aria: 'Shift+Tab' }}
        disabled={!state.canOutdent}
        onClick={() => editor.chain().focus().liftListItem('listItem').run()}
      />
      <Divider orientation="vertical" mx={2} />
      <TableMenu editor={editor} />
    </Group>
  );
}
