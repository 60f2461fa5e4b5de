/**
 * What the rich-text editor can hold: exactly the acta's rich text (shared/domain/richText.ts), i.e.
 * paragraphs, bold, italic and one-level bullet or numbered lists. Headings, code, quotes, links,
 * underline, strike-through and rules are left out, so pasting from Word keeps only the text.
 */
import { Extension, mergeAttributes, Node } from '@tiptap/react';
import { StarterKit } from '@tiptap/starter-kit';

/**
 * A list item holding one paragraph and nothing else: a list cannot be nested in it, so Tab does
 * not indent (and moves on to the next control, as everywhere else in the window).
 */
const FlatListItem = Node.create({
  name: 'listItem',
  content: 'paragraph',
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
  FlatListItem,
  ShiftEnter,
];
