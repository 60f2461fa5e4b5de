import { describe, expect, it } from 'vitest';
import { fromEditorDoc, toEditorDoc } from '../../renderer/src/components/richText/richTextConvert';
import type { JSONContent } from '@tiptap/react';
import type { ListBlock, RichBlock } from '../../shared/domain/richText';

const plain = (text: string) => ({ text, bold: false, italic: false });

const MINUTES: RichBlock[] = [
  { type: 'paragraph', runs: [plain('La CEM informó sobre la '), { text: 'campaña', bold: true, italic: false }, plain(' del 25 de noviembre.')] },
  { type: 'bulletList', items: [[plain('Talleres en colegios')], [{ text: 'Ferias', bold: false, italic: true }, plain(' informativas')]] },
  { type: 'orderedList', items: [[{ text: 'Primero', bold: true, italic: true }], [plain('Segundo')]] },
];

describe('rich text ↔ editor document', () => {
  it('gives back the same blocks after a round trip', () => {
    expect(fromEditorDoc(toEditorDoc(MINUTES))).toEqual(MINUTES);
  });

  it('writes bold and italic as marks, and lists as list items holding one paragraph', () => {
    const doc = toEditorDoc(MINUTES);
    expect(doc.content?.[0]?.content?.[1]).toEqual({ type: 'text', text: 'campaña', marks: [{ type: 'bold' }] });
    expect(doc.content?.[1]).toEqual({
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Talleres en colegios' }] }] },
        {
          type: 'listItem',
          content: [
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'Ferias', marks: [{ type: 'italic' }] },
                { type: 'text', text: ' informativas' },
              ],
            },
          ],
        },
      ],
    });
  });

  it('opens empty minutes as one empty paragraph, and reads that back as nothing', () => {
    expect(toEditorDoc([])).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    expect(fromEditorDoc({ type: 'doc', content: [{ type: 'paragraph' }] })).toEqual([]);
    expect(fromEditorDoc({ type: 'doc' })).toEqual([]);
  });

  it('never writes an empty text node (the editor refuses them)', () => {
    expect(toEditorDoc([{ type: 'paragraph', runs: [plain('')] }, { type: 'bulletList', items: [[]] }])).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph' }, { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] }],
    });
  });

  it('drops blank lines around the text but keeps those between paragraphs', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: '  ' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Uno' }] },
        { type: 'paragraph' },
        { type: 'paragraph', content: [{ type: 'text', text: 'Dos' }] },
        { type: 'paragraph' },
      ],
    };
    expect(fromEditorDoc(doc)).toEqual([
      { type: 'paragraph', runs: [plain('Uno')] },
      { type: 'paragraph', runs: [] },
      { type: 'paragraph', runs: [plain('Dos')] },
    ]);
  });

  it('drops empty list items, and a list left without any', () => {
    const item = (text?: string) => ({ type: 'listItem', content: [text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' }] });
    const doc = {
      type: 'doc',
      content: [
        { type: 'bulletList', content: [item('Uno'), item(), item('Dos'), item()] },
        { type: 'orderedList', content: [item()] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Fin' }] },
      ],
    };
    expect(fromEditorDoc(doc)).toEqual([
      { type: 'bulletList', items: [[plain('Uno')], [plain('Dos')]] },
      { type: 'paragraph', runs: [plain('Fin')] },
    ]);
  });

  it('joins neighbouring runs with the same marks', () => {
    const doc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Se ' },
            { type: 'text', text: 'acordó', marks: [{ type: 'bold' }] },
            { type: 'text', text: ' por', marks: [{ type: 'bold' }] },
            { type: 'text', text: ' unanimidad' },
          ],
        },
      ],
    };
    expect(fromEditorDoc(doc)).toEqual([
      { type: 'paragraph', runs: [plain('Se '), { text: 'acordó por', bold: true, italic: false }, plain(' unanimidad')] },
    ]);
  });

  it('flattens what the model cannot hold: headings, line breaks, other marks', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Título' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Línea uno' },
            { type: 'hardBreak' },
            { type: 'text', text: 'línea dos', marks: [{ type: 'underline' }] },
          ],
        },
      ],
    };
    expect(fromEditorDoc(doc)).toEqual([
      { type: 'paragraph', runs: [plain('Título')] },
      { type: 'paragraph', runs: [plain('Línea uno línea dos')] },
    ]);
  });
});

const listItem = (text: string, nested?: JSONContent): JSONContent => ({
  type: 'listItem',
  content: [text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' }, ...(nested ? [nested] : [])],
});

describe('nested lists ↔ editor document', () => {
  const NESTED: RichBlock[] = [
    {
      type: 'orderedList',
      items: [
        { runs: [plain('Campaña')], list: { type: 'bulletList', items: [[plain('Talleres')], { runs: [plain('Ferias')], list: { type: 'orderedList', items: [[plain('Mayo')]] } }] } },
        [plain('Capacitación')],
      ],
    },
  ];

  it('gives back the same levels after a round trip', () => {
    expect(fromEditorDoc(toEditorDoc(NESTED))).toEqual(NESTED);
  });

  it('writes a nested list inside the item it belongs to, after its paragraph', () => {
    expect(toEditorDoc(NESTED).content?.[0]?.content?.[0]).toEqual(
      listItem('Campaña', { type: 'bulletList', content: [listItem('Talleres'), listItem('Ferias', { type: 'orderedList', content: [listItem('Mayo')] })] }),
    );
  });

  it('moves the list under an empty item up into its place', () => {
    const doc = { type: 'doc', content: [{ type: 'bulletList', content: [listItem('Uno'), listItem('', { type: 'bulletList', content: [listItem('Dos')] })] }] };
    expect(fromEditorDoc(doc)).toEqual([{ type: 'bulletList', items: [[plain('Uno')], [plain('Dos')]] }]);
  });

  it("keeps deeper lists than Word's nine levels on the ninth", () => {
    let list: JSONContent = { type: 'bulletList', content: [listItem('Nivel 11')] };
    for (let level = 10; level >= 1; level--) list = { type: 'bulletList', content: [listItem(`Nivel ${level}`, list)] };
    let ninth = fromEditorDoc({ type: 'doc', content: [list] })[0] as ListBlock;
    for (let level = 1; level < 9; level++) ninth = (ninth.items[0] as { list: ListBlock }).list;
    expect(ninth.items).toEqual([[plain('Nivel 9')], [plain('Nivel 10')], [plain('Nivel 11')]]);
  });
});

const cell = (type: 'tableCell' | 'tableHeader', text: string, marks?: JSONContent['marks']): JSONContent => ({
  type,
  content: [text ? { type: 'paragraph', content: [marks ? { type: 'text', text, marks } : { type: 'text', text }] } : { type: 'paragraph' }],
});

describe('tables ↔ editor document', () => {
  const TABLE: RichBlock = {
    type: 'table',
    header: true,
    rows: [
      [[plain('Mes')], [plain('Casos')]],
      [[{ text: 'Julio', bold: true, italic: false }], [plain('140')]],
      [[plain('Agosto')], []],
    ],
  };

  it('writes the header row as header cells and every cell as one paragraph', () => {
    expect(toEditorDoc([TABLE]).content?.[0]).toEqual({
      type: 'table',
      content: [
        { type: 'tableRow', content: [cell('tableHeader', 'Mes'), cell('tableHeader', 'Casos')] },
        { type: 'tableRow', content: [cell('tableCell', 'Julio', [{ type: 'bold' }]), cell('tableCell', '140')] },
        { type: 'tableRow', content: [cell('tableCell', 'Agosto'), cell('tableCell', '')] },
      ],
    });
  });

  it('gives back the same table after a round trip, with or without a header row', () => {
    expect(fromEditorDoc(toEditorDoc([TABLE]))).toEqual([TABLE]);
    expect(fromEditorDoc(toEditorDoc([{ ...TABLE, header: false }]))).toEqual([{ ...TABLE, header: false }]);
  });

  it('fills a short row with empty cells, and reads a cell of several paragraphs as one line', () => {
    const doc = {
      type: 'doc',
      content: [
        {
          type: 'table',
          content: [
            { type: 'tableRow', content: [cell('tableCell', 'Mes'), cell('tableCell', 'Casos')] },
            {
              type: 'tableRow',
              content: [
                {
                  type: 'tableCell',
                  content: [
                    { type: 'paragraph', content: [{ type: 'text', text: 'Julio' }] },
                    { type: 'paragraph', content: [{ type: 'text', text: '(parcial)' }] },
                  ],
                },
              ],
            },
          ],
        },
      ],
    };
    expect(fromEditorDoc(doc)).toEqual([{ type: 'table', header: false, rows: [[[plain('Mes')], [plain('Casos')]], [[plain('Julio (parcial)')], []]] }]);
  });
});
