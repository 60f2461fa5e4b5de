/** The plan's progress report: summary with the chart, a landscape table per line, institutions, conclusions, signature. */
import { describe, expect, it } from 'vitest';
import { buildPlanReport } from '../../electron/backend/documents';
import type { PlanReportData } from '../../electron/backend/documents';
import { expectInOrder, openDocx, placeholdersIn, type DocxFile } from './docx';
import { OFFICE_TIMEOUT, pdfsOf, skipWithoutOffice } from './libreoffice';
import { chartPng, planReport } from './planReportFixtures';
import { makePng } from './png';
import { cellsOf, gridWidth, mergeOf, NBSP, rowsOf, rowTexts, sectionsOf, tablesOf, TEXT_WIDTH } from './structure';

const open = (over: Partial<PlanReportData> = {}) => openDocx(buildPlanReport({ ...planReport(), ...over }));

/** EMU per pixel at 96 per inch, as docx sizes pictures. */
const EMU = 9525;

/** The picture the body shows, by its relationship: the part's bytes and its size on the page in EMU. */
function bodyPicture(docx: DocxFile): { bytes: Uint8Array; extent: { cx: number; cy: number } } {
  const xml = docx.xml();
  const id = /<a:blip r:embed="(rId\d+)"/.exec(xml)![1];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(docx.xml('word/_rels/document.xml.rels'))![1];
  const [, cx, cy] = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(xml)!;
  return { bytes: docx.binary(`word/${target}`), extent: { cx: Number(cx), cy: Number(cy) } };
}

describe('the plan progress report', () => {
  it('prints heading, period, date, summary, chart, lines, institutions, conclusions and signature, in order', async () => {
    const docx = await open();
    expectInOrder(docx.text(), [
      'INFORME DE AVANCE DEL PLAN DE ACCIÓN LOCAL 2026-2027',
      'Instancia Distrital de Concertación para erradicar la violencia',
      'Al I semestre 2026 (periodos: I semestre 2026)',
      'Villa Esperanza, 15 de julio de 2026',
      '1.\tRESUMEN',
      'El plan tiene 7 actividades: 1 cumplida, 3 en marcha, 2 retrasadas y 1 no iniciada. ' +
        `El avance global del plan, promedio del cumplimiento de sus indicadores, es de 68${NBSP}%.`,
      'Estado',
      'Gráfico 1. Avance por línea estratégica',
      '2.\tAVANCE POR LÍNEA ESTRATÉGICA',
      `2.1\tLínea estratégica 1: Prevención de la violencia\nAvance de la línea: 72${NBSP}%.`,
      '2.3\tLínea estratégica 3: Fortalecimiento de la instancia\nAvance de la línea: sin metas vencidas en el periodo.',
      '3.\tAVANCE POR INSTITUCIÓN',
      '4.\tCONCLUSIONES Y PRÓXIMOS PASOS\nLas actividades de prevención avanzan según lo previsto, salvo los talleres reprogramados.\n' +
        'Se recomienda que el CEM gestione el reemplazo de la abogada del consultorio jurídico antes de agosto.\n' +
        'Próximo paso: presentar este informe en la Tercera Sesión Ordinaria.',
      '________________________________\nCARMEN LUCÍA FLORES CHÁVEZ\nGerente de Desarrollo Social\nSecretaria Técnica',
    ]);
    expect(placeholdersIn(docx)).toEqual([]);
  });

  it('counts the activities by state in a table, the delayed ones in bold', async () => {
    const [summary] = tablesOf(sectionsOf(await open())[0]!.xml);
    const rows = rowsOf(summary!);
    expect(rows.map(rowTexts)).toEqual([
      ['Estado', 'Actividades', '% del total'],
      ['Cumplida', '1', `14${NBSP}%`],
      ['En marcha', '3', `43${NBSP}%`],
      ['Retrasada', '2', `29${NBSP}%`],
      ['No iniciada', '1', `14${NBSP}%`],
      ['Total', '7', `100${NBSP}%`],
    ]);
    expect(cellsOf(rows[3]!).every((c) => c.includes('<w:b/>'))).toBe(true);
    expect(cellsOf(rows[2]!).some((c) => c.includes('<w:b/>'))).toBe(false);
  });

  it('embeds the chart as sent, as wide as the text and in its proportions, with a caption kept under it', async () => {
    const docx = await open();
    const { bytes, extent } = bodyPicture(docx);
    expect(Buffer.from(bytes).equals(chartPng())).toBe(true);
    // 9 072 twips of text width are 604 pixels; the 2:1 chart is 302 high.
    expect(extent).toEqual({ cx: 604 * EMU, cy: 302 * EMU });
    const picture = docx.paragraphs().find((p) => p.xml.includes('<w:drawing>'))!;
    expect(picture.xml).toContain('<w:keepNext/>');
    expect(picture.xml).toMatch(/descr="Gráfico de barras del avance de cada línea estratégica del plan"/);
  });

  it('keeps a tall chart within 12 cm of height, in its proportions', async () => {
    const tall = makePng(300, 900, () => [23, 70, 140]);
    const { extent } = bodyPicture(await open({ chart: { data: tall, width: 300, height: 900 } }));
    // 12 cm is 6 803 twips, 453 pixels high; a third of that wide.
    expect(extent).toEqual({ cx: 151 * EMU, cy: 453 * EMU });
  });

  it('prints the lines’ tables on landscape pages and the rest on portrait ones', async () => {
    const sections = sectionsOf(await open());
    expect(sections.map((s) => s.orientation)).toEqual(['portrait', 'landscape', 'portrait']);
    expect(sections[1]!.text).toMatch(/^2\.\tAVANCE POR LÍNEA ESTRATÉGICA\n/);
    expect(sections[2]!.text).toMatch(/^3\.\tAVANCE POR INSTITUCIÓN\n/);
    for (const table of tablesOf(sections[1]!.xml)) expect(gridWidth(table)).toBe(TEXT_WIDTH.landscape);
  });

  it('writes a row per indicator, the activity and its state merged over them, percentages or a dash, delays in bold', async () => {
    const [line1, , line3] = tablesOf(sectionsOf(await open())[1]!.xml);
    const rows = rowsOf(line1!);
    expect(rows.map(rowTexts)).toEqual([
      ['Actividad', 'Indicador', 'Meta del periodo', 'Logro', '%', 'Estado', 'Comentario'],
      [
        'Talleres de prevención de la violencia de género con adolescentes y jóvenes',
        'Talleres realizados (talleres)',
        '6',
        '5',
        `83${NBSP}%`,
        'Retrasada',
        'Dos instituciones educativas reprogramaron sus talleres para agosto por las vacaciones escolares.',
      ],
      ['', 'Adolescentes y jóvenes capacitados (personas)', '600', '512', `85${NBSP}%`, '', '—'],
      ['Campaña casa por casa «Barrio sin violencia»', 'Hogares visitados (hogares)', '1,250', '1,310', `105${NBSP}%`, 'En marcha', 'Se sumaron voluntarias de la OSB Mujeres Emprendedoras.'],
    ]);
    expect(cellsOf(rows[1]!).map(mergeOf)).toEqual(['restart', null, null, null, null, 'restart', null]);
    expect(cellsOf(rows[2]!).map(mergeOf)).toEqual(['continue', null, null, null, null, 'continue', null]);
    expect(cellsOf(rows[1]!)[5]).toContain('<w:b/>');
    expect(cellsOf(rows[3]!)[5]).not.toContain('<w:b/>');
    for (const figure of cellsOf(rows[1]!).slice(2, 5)) expect(figure).toContain('<w:jc w:val="right"/>');
    expect(rowTexts(rowsOf(line3!)[1]!).slice(2, 6)).toEqual(['0', '0', '—', 'No iniciada']);
  });

  it('keeps each row’s own state when an activity’s indicators differ', async () => {
    const data = planReport();
    const [first, second] = data.lines[0]!.rows;
    const lines = [{ ...data.lines[0]!, rows: [first!, { ...second!, statusLabel: 'En marcha' }] }];
    const rows = rowsOf(tablesOf(sectionsOf(await open({ lines }))[1]!.xml)[0]!);
    expect(rowTexts(rows[2]!)).toEqual(['', 'Adolescentes y jóvenes capacitados (personas)', '600', '512', `85${NBSP}%`, 'En marcha', '—']);
    expect(cellsOf(rows[1]!).map(mergeOf)[5]).toBeNull();
  });

  it('lists the institutions with their activities and progress', async () => {
    const [institutions] = tablesOf(sectionsOf(await open())[2]!.xml);
    expect(rowsOf(institutions!).map(rowTexts)).toEqual([
      ['Institución responsable', 'Actividades a cargo', 'Avance'],
      ['Centro Emergencia Mujer Villa Esperanza', '2', `69${NBSP}%`],
      ['Municipalidad Distrital de Villa Esperanza', '4', `81${NBSP}%`],
      ['Comisaría PNP Villa Esperanza', '1', '—'],
    ]);
  });

  it('leaves out the conclusions, heading and all, when none were written, and still signs', async () => {
    const text = (await open({ conclusions: ' \n \n' })).text();
    expect(text).not.toContain('CONCLUSIONES');
    expect(text).not.toContain('4.\t');
    expectInOrder(text, ['3.\tAVANCE POR INSTITUCIÓN', 'CARMEN LUCÍA FLORES CHÁVEZ']);
  });

  it('says when no target was due yet, and numbers the chapters it prints', async () => {
    const docx = await open({ summary: { done: 0, onTrack: 0, behind: 0, notStarted: 1, overall: null }, lines: [], byInstitution: [] });
    const text = docx.text();
    expect(text).toContain('El plan tiene 1 actividad: 0 cumplidas, 0 en marcha, 0 retrasadas y 1 no iniciada. Aún no hay metas vencidas, por lo que no se calcula el avance global.');
    expectInOrder(text, ['1.\tRESUMEN', '2.\tCONCLUSIONES Y PRÓXIMOS PASOS', 'CARMEN LUCÍA FLORES CHÁVEZ']);
    expect(sectionsOf(docx).map((s) => s.orientation)).toEqual(['portrait']);
    expect(placeholdersIn(docx)).toEqual([]);
  });
});

describe.skipIf(skipWithoutOffice)('the report in LibreOffice', () => {
  const pdfs = pdfsOf(async () => ({ report: (await open()).bytes }));

  it('prints the summary and chart, the lines on a landscape page, then institutions, conclusions and signature', async () => {
    const { pages, text, landscape } = (await pdfs()).report;
    expect(landscape).toEqual([false, true, false]);
    expectInOrder(text, [
      'INFORME DE AVANCE DEL PLAN DE ACCIÓN LOCAL 2026-2027',
      'Villa Esperanza, 15 de julio de 2026',
      '1. RESUMEN',
      'Gráfico 1. Avance por línea estratégica',
      '2. AVANCE POR LÍNEA ESTRATÉGICA',
      '83 % Retrasada',
      '3. AVANCE POR INSTITUCIÓN',
      '4. CONCLUSIONES Y PRÓXIMOS PASOS',
      'CARMEN LUCÍA FLORES CHÁVEZ',
    ]);
    expect(pages[0]).toContain('Gráfico 1.');
    pages.forEach((page, i) => expect(page).toContain(`Página ${i + 1} de 3`));
  }, OFFICE_TIMEOUT);
});
