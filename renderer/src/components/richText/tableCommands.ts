/** Where the cursor stands in a table, and the table commands the toolbar offers, as editor commands. */
import { type Command, type EditorState, TextSelection } from '@tiptap/pm/state';
import { findTable, isInTable, TableMap } from '@tiptap/pm/tables';
import { toEditorDoc } from './richTextConvert';

export interface TableState {
  inTable: boolean;
  rows: number;
  columns: number;
  /** Whether the first row is a header row. */
  header: boolean;
}

export function tableState(state: EditorState): TableState {
  const found = isInTable(state) ? findTable(state.selection.$from) : null;
  if (!found) return { inTable: false, rows: 0, columns: 0, header: false };
  const map = TableMap.get(found.node);
  const firstRow = found.node.firstChild;
  const header = firstRow !== null && firstRow.childCount > 0 && [...Array(firstRow.childCount).keys()].every((i) => firstRow.child(i).type.name === 'tableHeader');
  return { inTable: true, rows: map.height, columns: map.width, header };
}

const emptyRow = () => Array.from({ length: 3 }, () => []);

/** A three-by-three table with a header row, the cursor in its first cell; never inside another table. */
export const insertTable: Command = (state, dispatch) => {
  if (isInTable(state)) return false;
  const json = toEditorDoc([{ type: 'table', header: true, rows: Array.from({ length: 3 }, emptyRow) }]).content?.[0];
  if (!json) return false;
  if (dispatch) {
    const offset = state.selection.from + 1;
    const tr = state.tr.replaceSelectionWith(state.schema.nodeFromJSON(json)).scrollIntoView();
    dispatch(tr.setSelection(TextSelection.near(tr.doc.resolve(offset))));
  }
  return true;
};
