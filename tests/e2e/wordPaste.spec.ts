/**
 * Pasting from Word into the minutes: Word's list paragraphs become real lists (nested by Word's
 * levels, without the "·" and spaces Word types before each item) and Word's tables real tables,
 * kept when the acta is saved and opened again.
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import type { RichBlock } from '../../shared/domain/richText';
import { WORD_CLIPBOARD } from '../support/wordClipboard';
import { pasteHarnessScript } from '../support/wordClipboard/harness';
import { expect, test } from './fixtures';
import { ActaPage } from './pages/ActaPage';
import { FirstRunPage } from './pages/FirstRunPage';
import { SessionPage } from './pages/SessionPage';
import { SessionsPage } from './pages/SessionsPage';
import { ShellPage } from './pages/ShellPage';
import { readNotice, saveScreen } from './pages/ui';

// The demo database comes already filled; the tests still open it from the welcome.
test.use({ dataFolder: 'demo-filled' });

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

  test('merged cells are split and a table inside a cell becomes its text: the minutes print plain grids', async ({ page }) => {
    const html =
      '<table><thead><tr><th>Institución</th><th colspan="2">Casos</th></tr></thead><tbody>' +
      '<tr><td rowspan="2">CEM</td><td>Julio</td><td>98</td></tr><tr><td>Agosto</td><td>104</td></tr>' +
      '<tr><td>PNP</td><td><table><tr><td>Julio 42</td></tr><tr><td><p>Agosto</p><p>48</p></td></tr></table></td><td>90</td></tr>' +
      '</tbody></table>';
    const texts = (cells: string[]) => cells.map((text) => (text === '' ? [] : [run(text)]));
    expect(await pasted(page, html)).toEqual([
      {
        type: 'table',
        header: true,
        rows: [texts(['Institución', 'Casos', '']), texts(['CEM', 'Julio', '98']), texts(['', 'Agosto', '104']), texts(['PNP', 'Julio 42 Agosto 48', '90'])],
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

/** The demo's second session, whose acta is still a draft; its item 5 has no minutes yet. */
const DRAFT_SESSION = 'Segunda Sesión Ordinaria 2026';

async function openMinutes(page: Page): Promise<ActaPage> {
  await (await new SessionsPage(page).open(DRAFT_SESSION)).openTab('Acta');
  return new ActaPage(page);
}

/** What the mixed Word sample shows in the editor of item 5: lists as lists, the table as a table. */
async function expectMixedSample(acta: ActaPage): Promise<void> {
  const editor = acta.editor('5');
  await expect(editor.locator(':scope > ul > li > p')).toHaveText(['Prevención en instituciones educativas', 'Atención articulada de casos']);
  await expect(editor.locator(':scope > ul > li > ul > li')).toHaveText(['I.E. N.º 2045 «San Martín»', 'I.E. «Virgen de Fátima»']);
  await expect(editor.locator(':scope > ol > li')).toHaveText(['Enviar el informe a la Gerencia de Desarrollo Social.', 'Publicar las cifras en el mural municipal.']);
  const table = editor.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table.getByRole('columnheader')).toHaveText(['Institución', 'Julio', 'Agosto']);
  await expect(table.getByRole('row').nth(1).getByRole('cell')).toHaveText(['Centro Emergencia Mujer (incluye atención itinerante)', '98', '104']);
  await expect(table.getByRole('row').nth(2).getByRole('cell')).toHaveText(['Comisaría PNP', '42', '48']);
  await expect(editor).not.toContainText('·');
}

test.describe('pasting from Word into the acta', () => {
  test.beforeEach(async ({ page, host }) => {
    await (await new FirstRunPage(page).open(host.url)).openDemo();
    await new ShellPage(page).goTo('Sesiones');
  });

  test('a pasted table and lists stay a table and lists after saving and reopening, and the acta prints them so', async ({ page }) => {
    let acta = await openMinutes(page);
    await acta.pasteHtml('5', WORD_CLIPBOARD.mixed);
    await expectMixedSample(acta);
    await acta.expectSaved('5');
    await saveScreen(page, 'acta-pegado-desde-word');

    await page.reload();
    acta = new ActaPage(page);
    await expectMixedSample(acta);

    await new SessionPage(page).openTab('Documentos');
    const download = await acta.exportDocument('Acta');
    await readNotice(page, `Se descargó «${download.suggestedFilename()}».`);
    const xml = strFromU8(unzipSync(new Uint8Array(fs.readFileSync(await download.path())))['word/document.xml']!);
    const table = [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/g)].map(([t]) => t).find((t) => t.includes('incluye atención itinerante'));
    expect(table).toMatch(/<w:tblHeader\/>.*Institución/);
    expect(table?.match(/<w:tr>|<w:tr /g)).toHaveLength(3);
    expect(xml).toMatch(/<w:numPr><w:ilvl w:val="1"\/><w:numId w:val="\d+"\/><\/w:numPr>.*?I\.E\. N\.º 2045/);
    expect(xml.replace(/<[^>]+>/g, '')).not.toContain('·');
  });

  test('a table is built from the toolbar and walked with Tab, without a mouse', async ({ page }) => {
    const acta = await openMinutes(page);
    const editor = acta.editor('5');
    await editor.click();
    await acta.tableAction('5', 'Insertar tabla');
    const table = editor.getByRole('table');
    await expect(table.getByRole('columnheader')).toHaveCount(3);
    const texts = ['Mes', 'Casos', 'Meta', 'Julio', '140', '150', 'Agosto', '152', '150'];
    for (const text of texts) {
      await page.keyboard.type(text);
      await page.keyboard.press('Tab');
    }
    // Past the last cell Tab leaves the text, as everywhere else in the window.
    await expect(editor).not.toBeFocused();
    await expect(table.getByRole('row').nth(2).getByRole('cell')).toHaveText(['Agosto', '152', '150']);

    await editor.getByRole('cell', { name: '152' }).click();
    await acta.tableAction('5', 'Insertar fila debajo');
    await expect(table.getByRole('row')).toHaveCount(4);
    await acta.tableAction('5', 'Eliminar columna');
    await expect(table.getByRole('columnheader')).toHaveText(['Mes', 'Meta']);
    await expect(table.getByRole('row').nth(3).getByRole('cell')).toHaveText(['', '']);

    // The menu itself answers to the keyboard.
    await editor.getByRole('cell', { name: 'Agosto' }).click();
    await acta.item('5').getByRole('button', { name: 'Tabla', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('menuitem', { name: 'Insertar tabla' })).toBeDisabled();
    await page.getByRole('menuitem', { name: 'Quitar la fila de encabezado' }).focus();
    await page.keyboard.press('Enter');
    await expect(table.getByRole('columnheader')).toHaveCount(0);
    await acta.expectSaved('5');

    await page.reload();
    const reopened = acta.editor('5').getByRole('table');
    await expect(reopened.getByRole('row')).toHaveCount(4);
    await expect(reopened.getByRole('columnheader')).toHaveCount(0);
    await expect(reopened.getByRole('row').first().getByRole('cell')).toHaveText(['Mes', 'Meta']);
  });
  test('a pasted table wider than the page is kept but not saved until it fits, and says why', async ({ page }) => {
    const acta = await openMinutes(page);
    const cells = (texts: string[]) => `<tr>${texts.map((t) => `<td><p class=MsoNormal>${t}<o:p></o:p></p></td>`).join('')}</tr>`;
    const months = ['Ene', 'Feb', 'Mar', 'Abr', 'May', 'Jun', 'Jul', 'Ago', 'Set', 'Oct', 'Nov'];
    await acta.pasteHtml('5', `<table class=MsoTableGrid border=1>${cells(['Institución', ...months])}${cells(['CEM', ...months.map((_, i) => String(90 + i))])}</table>`);
    const table = acta.editor('5').getByRole('table');
    await expect(table.getByRole('row').first().getByRole('cell')).toHaveCount(12);
    const problem = acta.item('5').getByRole('alert');
    await expect(problem).toHaveText('Una tabla puede tener como máximo 10 columnas, para que quepa en el ancho de la página.');
    await expect(acta.editor('5')).toHaveAccessibleDescription(/como máximo 10 columnas/);
    await expect(acta.saveStatus('5')).toHaveText('Sin guardar: revise los datos marcados');

    // Two columns fewer, and it saves: nothing else was lost.
    for (const month of ['Nov', 'Oct']) {
      await table.getByRole('cell', { name: month }).click();
      await acta.tableAction('5', 'Eliminar columna');
    }
    await expect(problem).toBeHidden();
    await acta.expectSaved('5');
    await page.reload();
    await expect(acta.editor('5').getByRole('table').getByRole('row').nth(1).getByRole('cell')).toHaveText(['CEM', '90', '91', '92', '93', '94', '95', '96', '97', '98']);
  });
});
