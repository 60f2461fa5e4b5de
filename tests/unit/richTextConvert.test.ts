import { describe, expect, it } from 'vitest';
import { fromEditorDoc, toEditorDoc } from '../../renderer/src/components/richText/richTextConvert';
import type { RichBlock } from '../../shared/domain/richText';

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

  it('flattens what the model cannot hold: nested lists, headings, line breaks, other marks', () => {
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
        {
          type: 'orderedList',
          attrs: { start: 3 },
          content: [
            {
              type: 'listItem',
              content: [
                { type: 'paragraph', content: [{ type: 'text', text: 'Padre' }] },
                {
                  type: 'bulletList',
                  content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hijo' }] }] }],
                },
              ],
            },
          ],
        },
      ],
    };
    expect(fromEditorDoc(doc)).toEqual([
      { type: 'paragraph', runs: [plain('Título')] },
      { type: 'paragraph', runs: [plain('Línea uno línea dos')] },
      { type: 'orderedList', items: [[plain('Padre')], [plain('Hijo')]] },
    ]);
  });
});
