/**
 * What the rich-text editor can hold: exactly the acta's rich text (shared/domain/richText.ts), i.e.
 * paragraphs, bold, italic, nested bullet or numbered lists and plain tables. Headings, code,
 * quotes, links, underline, strike-through and rules are left out, so pasting from Word keeps only
 * the text and its structure.
 */
import { Extension, mergeAttributes, Node } from '@tiptap/react';
import { StarterKit } from '@tiptap/starter-kit';
import { TABLE_EXTENSIONS } from './tableExtensions';

/**
 * A list item holding one paragraph and, under it, at most one list. Tab does not indent (it moves
 * on to the next control, as everywhere else in the window): the toolbar's level buttons do.
 */
const ListItem = Node.create({
  name: 'listItem',
  content: 'paragraph (bulletList | orderedList)?',
  defining: true,
  parseHTML: () => [{ tag: 'li' }],
  renderHTML: ({ HTMLAttributes }) => ['li', mergeAttributes(HTMLAttributes), 0],
  addKeyboardShortcuts() {
    return {
      Enter: () => this.editor.commands.splitListItem(this.name),
      'Shift-Tab': () => this.editor.commands.liftListItem(this.name),
    };
  },
});

/** Shift+Enter starts a new paragraph, as Enter does: the acta has no line breaks inside one. */
const ShiftEnter = Extension.create({
  name: 'shiftEnter',
  addKeyboardShortcuts() {
    return { 'Shift-Enter': () => this.editor.commands.enter() };
  },
});

export const RICH_TEXT_EXTENSIONS = [
  StarterKit.configure({
    heading: false,
    code: false,
    codeBlock: false,
    blockquote: false,
    strike: false,
    underline: false,
    link: false,
    horizontalRule: false,
    hardBreak: false,
    listItem: false,
  }),
  ListItem,
  ShiftEnter,
  ...TABLE_EXTENSIONS,
];
