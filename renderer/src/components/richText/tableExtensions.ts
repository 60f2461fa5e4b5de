/**
 * Tables as the minutes hold them: rows of single-paragraph cells, the first row optionally a
 * header, no merged cells and no table inside a cell, so that every table prints in Word as it
 * looks here. Built straight on ProseMirror's table module, which the editor already ships.
 */
import { Extension, mergeAttributes, Node } from '@tiptap/react';
import { goToNextCell, tableEditing } from '@tiptap/pm/tables';

/** The role ProseMirror's table commands look for in each node's spec. */
const TABLE_ROLES: Record<string, string> = { table: 'table', tableRow: 'row', tableCell: 'cell', tableHeader: 'header_cell' };

/**
 * The attributes the table commands read and write. Spans are never taken from pasted HTML (the
 * paste clean-up has already split merged cells), and widths are Word's business.
 */
const cellAttributes = () => ({
  colspan: { default: 1, rendered: false, parseHTML: () => 1 },
  rowspan: { default: 1, rendered: false, parseHTML: () => 1 },
  colwidth: { default: null, rendered: false, parseHTML: () => null },
});

const cell = (name: string, tag: 'td' | 'th') =>
  Node.create({
    name,
    content: 'paragraph',
    isolating: true,
    addAttributes: cellAttributes,
    parseHTML: () => [{ tag }],
    renderHTML: ({ HTMLAttributes }) => [tag, mergeAttributes(HTMLAttributes), 0],
  });

const TableRow = Node.create({
  name: 'tableRow',
  content: '(tableCell | tableHeader)+',
  parseHTML: () => [{ tag: 'tr' }],
  renderHTML: ({ HTMLAttributes }) => ['tr', mergeAttributes(HTMLAttributes), 0],
});

const Table = Node.create({
  name: 'table',
  group: 'block',
  content: 'tableRow+',
  isolating: true,
  parseHTML: () => [{ tag: 'table' }],
  renderHTML: ({ HTMLAttributes }) => ['table', mergeAttributes(HTMLAttributes), ['tbody', 0]],
  addProseMirrorPlugins: () => [tableEditing({ allowTableNodeSelection: false })],
  addKeyboardShortcuts() {
    // Tab walks the cells; past the last (or before the first) it leaves the editor as everywhere
    // else in the window, instead of adding rows without end: the toolbar adds rows.
    return {
      Tab: () => goToNextCell(1)(this.editor.state, this.editor.view.dispatch),
      'Shift-Tab': () => goToNextCell(-1)(this.editor.state, this.editor.view.dispatch),
    };
  },
});

const TableRoles = Extension.create({
  name: 'tableRoles',
  extendNodeSchema: (extension) => (extension.name in TABLE_ROLES ? { tableRole: TABLE_ROLES[extension.name] } : {}),
});

export const TABLE_EXTENSIONS = [Table, TableRow, cell('tableCell', 'td'), cell('tableHeader', 'th'), TableRoles];
