/**
 * Pasting from Word into the minutes: Word's list paragraphs become real lists (nested by Word's
 * levels, without the "·" and spaces Word types before each item) and Word's tables real tables,
 * kept when the acta is saved and opened again.
 */
import type { Page } from '@playwright/test';
import type { RichBlock } from '../../shared/domain/richText';
import { WORD_CLIPBOARD } from '../support/wordClipboard';
import { pasteHarnessScript } from '../support/wordClipboard/harness';
import { expect, test } from './fixtures';

const run = (text: string, bold = false, italic = false) => ({ text, bold, italic });

/** What the editor would save after Ctrl+V of `html` into empty minutes. */
async function pasted(page: Page, html: string): Promise<RichBlock[]> {
  await page.setContent('<!doctype html><html><body></body></html>');
  await page.addScriptTag({ content: await pasteHarnessScript() });
  const blocks = await page.evaluate((h) => (window as unknown as { pasteHarness: { paste: (h: string) => { blocks: RichBlock[] } } }).pasteHarness.paste(h).blocks, html);
  // Word's typed markers and their padding never reach the minutes.
  expect(JSON.stringify(blocks)).not.toMatch(/[·\u00a0§]/);
  return blocks;
}

test.describe('Word clipboard HTML, as the editor reads it', () => {
  test('a bullet list becomes a bullet list, its bold word kept', async ({ page }) => {
    expect(await pasted(page, WORD_CLIPBOARD.bulletList)).toEqual([
      { type: 'paragraph', runs: [run('El CEM informó los tipos de violencia atendidos en el trimestre:')] },
      {
        type: 'bulletList',
        items: [[run('Violencia psicológica')], [run('Violencia física')], [run('Violencia sexual', true), run(' (casos derivados a la fiscalía)')], [run('Violencia económica o patrimonial')]],
      },
    ]);
  });

  test('a numbered list keeps its second level under the item it belongs to', async ({ page }) => {
    expect(await pasted(page, WORD_CLIPBOARD.numberedNested)).toEqual([
      {
        type: 'orderedList',
        items: [
          {
            runs: [run('Campaña «Barrio seguro», con dos actividades:')],
            list: { type: 'orderedList', items: [[run('Talleres en colegios')], [run('Ferias', false, true), run(' informativas')]] },
          },
          [run('Capacitación a serenazgo')],
          [run('Ruta de atención actualizada')],
        ],
      },
    ]);
  });

  test('a table keeps its rows and cells, its bold first row the header', async ({ page }) => {
    expect(await pasted(page, WORD_CLIPBOARD.table)).toEqual([
      {
        type: 'table',
        header: true,
        rows: [
          [[run('Mes', true)], [run('Casos', true)]],
          [[run('Julio')], [run('140')]],
          [[run('Agosto')], [run('152')]],
        ],
      },
    ]);
  });

  test('text, nested bullets, a table and a numbered list pasted together keep their order and drop colours and fonts', async ({ page }) => {
    expect(await pasted(page, WORD_CLIPBOARD.mixed)).toEqual([
      {
        type: 'paragraph',
        runs: [run('La coordinadora del CEM presentó el '), run('informe del tercer trimestre', true), run(', con las acciones de '), run('prevención', false, true), run(' en curso:')],
      },
      {
        type: 'bulletList',
        items: [
          {
            runs: [run('Prevención en instituciones educativas')],
            list: { type: 'bulletList', items: [[run('I.E. N.º 2045 «San Martín»')], [run('I.E. «Virgen de Fátima»')]] },
          },
          [run('Atención articulada de casos')],
        ],
      },
      { type: 'paragraph', runs: [run('Casos atendidos por institución:')] },
      {
        type: 'table',
        header: true,
        rows: [
          [[run('Institución', true)], [run('Julio', true)], [run('Agosto', true)]],
          // A cell's two paragraphs become one line.
          [[run('Centro Emergencia Mujer '), run('(incluye atención itinerante)', false, true)], [run('98')], [run('104')]],
          [[run('Comisaría PNP')], [run('42')], [run('48')]],
        ],
      },
      { type: 'paragraph', runs: [] },
      { type: 'paragraph', runs: [run('Se acordó:')] },
      { type: 'orderedList', items: [[run('Enviar el informe a la Gerencia de Desarrollo Social.')], [run('Publicar las cifras en el mural municipal.')]] },
    ]);
  });
});
