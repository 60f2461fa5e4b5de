/**
 * The plain text of rich text, which the confidentiality guard reads and the protocol compares:
 * nested list items and table cells count as much as paragraphs, so a DNI in a table is caught.
 */
import { describe, expect, it } from 'vitest';
import { isBlank, plainText, type RichBlock } from '../../shared/domain/richText';

const run = (text: string) => ({ text, bold: false, italic: false });

describe('plain text of the minutes', () => {
  it('reads nested items on lines of their own and table rows with their cells tab-separated', () => {
    const blocks: RichBlock[] = [
      { type: 'bulletList', items: [{ runs: [run('Campaña')], list: { type: 'orderedList', items: [[run('Talleres')]] } }, [run('Ruta')]] },
      {
        type: 'table',
        header: true,
        rows: [
          [[run('Nombre')], [run('DNI')]],
          [[run('Denunciante')], [run('45678912')]],
        ],
      },
    ];
    expect(plainText(blocks)).toBe('Campaña\nTalleres\nRuta\nNombre\tDNI\nDenunciante\t45678912');
  });

  it('finds a table of empty cells blank, and one with a word in it not', () => {
    const table = (text: string): RichBlock => ({ type: 'table', header: false, rows: [[[run(text)], []]] });
    expect(isBlank([table(' ')])).toBe(true);
    expect(isBlank([table('140')])).toBe(false);
  });
});
