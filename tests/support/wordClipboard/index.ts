/**
 * HTML as Word puts it on the clipboard (text/html), copied from Word documents like the
 * secretaries': a bullet list, a numbered list with a second level, a table with a header row, and
 * all of these mixed with a coloured paragraph in another font.
 */
import fs from 'node:fs';
import path from 'node:path';

const read = (name: string) => fs.readFileSync(path.join(__dirname, `${name}.html`), 'utf8');

export const WORD_CLIPBOARD = {
  bulletList: read('bulletList'),
  numberedNested: read('numberedNested'),
  table: read('table'),
  mixed: read('mixed'),
};
