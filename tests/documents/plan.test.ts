/** The Plan de Acción Local: portrait cover and front, a landscape matrix per line, the budget summary. */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../electron/backend/documents';
import type { PlanDocumentData } from '../../electron/backend/documents';
import { expectInOrder, openDocx, placeholdersIn } from './docx';
import { OFFICE_TIMEOUT, pdfsOf, skipWithoutOffice } from './libreoffice';
import { APPROVAL, approvedPlan, bigPlan, draftPlan, planLines } from './planFixtures';
import { cellsOf, cellText, gridWidth, mergeOf, NBSP, rowsOf, rowTexts, sectionsOf, tablesOf, TEXT_WIDTH } from './structure';

const open = (data: PlanDocumentData = approvedPlan()) => openDocx(buildPlan(data));

const soles = (figure: string) => `S/${NBSP}${figure}`;
const footerTexts = async (data: PlanDocumentData) => {
  const docx = await open(data);
  return docx.partsLike(/^word\/footer\d*\.xml$/).map((f) => docx.text(f));
};

const MATRIX_HEADER = [
  'Objetivo',
  'Actividad',
  'Indicador',
  'Línea de base',
  'Meta 2026',
  'Meta 2027',
  'Responsable',
  'Cronograma',
  'Presupuesto (S/)',
  'Fuente',
  'Medio de verificación',
];

/** The matrix of the first line: line 1 of the approved plan. */
async function firstMatrix() {
  const [, , matrices] = sectionsOf(await open());
  return rowsOf(tablesOf(matrices!.xml)[0]!);
}

describe('the Plan de Acción Local', () => {
  it('prints the cover, the presentation, the lines and objectives, each line’s matrix, the budget and the monitoring, in order', async () => {
    const docx = await open();
    expectInOrder(docx.text(), [
      '“Decenio de la Igualdad de Oportunidades para Mujeres y Hombres”',
      'MUNICIPALIDAD DISTRITAL DE VILLA ESPERANZA',
      'Instancia Distrital de Concertación para erradicar la violencia',
      'PLAN DE ACCIÓN LOCAL 2026-2027',
      'Plan de Acción Local contra la violencia hacia las mujeres y los integrantes del grupo familiar',
      APPROVAL,
      'Marzo de 2026',
      'PRESENTACIÓN\nLa Instancia Distrital de Concertación de Villa Esperanza presenta su Plan de Acción Local 2026-2027',
      'LÍNEAS ESTRATÉGICAS Y OBJETIVOS',
      '1.\tLínea estratégica: Prevención de la violencia',
      '1.1\tFortalecer las capacidades de adolescentes y jóvenes',
      '3.2\tDar seguimiento al cumplimiento del plan.',
      'LÍNEA ESTRATÉGICA 1: PREVENCIÓN DE LA VIOLENCIA\nAcciones para que adolescentes, jóvenes y familias reconozcan la violencia',
      'LÍNEA ESTRATÉGICA 2: ATENCIÓN Y PROTECCIÓN',
      // A line without a description goes straight to its matrix.
      'LÍNEA ESTRATÉGICA 3: FORTALECIMIENTO DE LA INSTANCIA\nObjetivo',
      'RESUMEN DEL PRESUPUESTO',
      'MONITOREO Y EVALUACIÓN\nLa Secretaría Técnica recoge cada semestre',
      'Informe anual: enero del año siguiente.',
    ]);
    expect(docx.text()).not.toContain('BORRADOR');
    expect(placeholdersIn(docx)).toEqual([]);
  });

  it('puts the cover and the front on portrait pages, the matrices on landscape ones, and the budget back on portrait', async () => {
    const sections = sectionsOf(await open());
    expect(sections.map((s) => s.orientation)).toEqual(['portrait', 'portrait', 'landscape', 'portrait']);
    expect(sections[0]!.text).toContain('PLAN DE ACCIÓN LOCAL 2026-2027');
    expect(sections[1]!.text).toMatch(/^PRESENTACIÓN\n/);
    expect(sections[2]!.text).toMatch(/^LÍNEA ESTRATÉGICA 1: /);
    expect(sections[3]!.text).toMatch(/^RESUMEN DEL PRESUPUESTO\n/);
    expect(sections[2]!.xml).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    // Each line after the first starts a page of its own.
    expect(sections[2]!.xml.match(/<w:pageBreakBefore\/>/g)).toHaveLength(2);
  });

  it('gives the cover neither letterhead nor page number, and every other page both', async () => {
    const docx = await open();
    const refs = [...docx.xml().matchAll(/<w:sectPr>.*?<\/w:sectPr>/g)].map(([s]) => /<w:headerReference [^>]*r:id="(rId\d+)"/.exec(s)![1]);
    const rels = docx.xml('word/_rels/document.xml.rels');
    const headerText = (id: string) => docx.text(`word/${new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1]}`);
    expect(headerText(refs[0]!).trim()).toBe('');
    for (const id of refs.slice(1)) expect(headerText(id)).toContain('MUNICIPALIDAD DISTRITAL DE VILLA ESPERANZA');
    const footers = await footerTexts(approvedPlan());
    expect(footers.filter((f) => f.startsWith('Página '))).toHaveLength(3);
    expect(footers.filter((f) => f.trim() === '')).toHaveLength(1);
  });

  it('heads each matrix with one target column per period, the header repeated on every page, exactly as wide as the page', async () => {
    const [, , matrices] = sectionsOf(await open());
    const tables = tablesOf(matrices!.xml);
    expect(tables).toHaveLength(3);
    for (const table of tables) {
      const [header] = rowsOf(table);
      expect(rowTexts(header!)).toEqual(MATRIX_HEADER);
      expect(header).toContain('<w:tblHeader/>');
      expect(gridWidth(table)).toBe(TEXT_WIDTH.landscape);
    }
    const semesters = { ...approvedPlan(), periods: ['I', 'II'].map((s) => ({ code: `2026-S${s.length}`, label: `Meta ${s} sem. 2026` })) };
    const [header] = rowsOf(tablesOf(sectionsOf(await open(semesters))[2]!.xml)[0]!);
    expect(rowTexts(header!).slice(3, 7)).toEqual(['Línea de base', 'Meta I sem. 2026', 'Meta II sem. 2026', 'Responsable']);
  });

  it('writes a row per indicator, the objective and the activity merged down over their indicators', async () => {
    const [, ...body] = await firstMatrix();
    // Objective 1.1: one activity with two indicators; objective 1.2: one with one, one with two.
    expect(body).toHaveLength(5);
    expect(body.map((row) => cellsOf(row).map(mergeOf).slice(0, 2))).toEqual([
      ['restart', 'restart'],
      ['continue', 'continue'],
      ['restart', null],
      ['continue', 'restart'],
      ['continue', 'continue'],
    ]);
    expect(rowTexts(body[0]!)).toEqual([
      '1.1 Fortalecer las capacidades de adolescentes y jóvenes para identificar y prevenir la violencia de género.',
      '1.1.1 Talleres de prevención de la violencia de género con adolescentes y jóvenes de las instituciones educativas del distrito\nAcuerdos: ACUERDO N° 004-2026-MDVE/GDS',
      'Talleres realizados (talleres)',
      '4',
      '12',
      '16',
      'Centro Emergencia Mujer Villa Esperanza\nCorresponsables: Unidad de Gestión Educativa Local N° 09; Municipalidad Distrital de Villa Esperanza',
      'T2–T4 2026; T2–T4 2027',
      soles('12,500.00'),
      'Presupuesto municipal',
      'Listas de asistencia, registro fotográfico e informe de cada taller',
    ]);
    // The second indicator's row repeats none of the activity's cells.
    expect(rowTexts(body[1]!)).toEqual(['', '', 'Adolescentes y jóvenes capacitados (personas)', '150', '1,200', '1,500', '', '', '', '', '']);
  });

  it('keeps an activity’s rows on one page, and lets the page break after its last row', async () => {
    const [, ...body] = await firstMatrix();
    const keeps = body.map((row) => cellsOf(row).every((c) => c.includes('<w:keepNext/>')));
    expect(keeps).toEqual([true, false, false, true, false]);
  });

  it('prints the agreements small in the activity cell', async () => {
    const [, first] = await firstMatrix();
    const activity = cellsOf(first!)[1]!;
    const agreements = /<w:p>(?:(?!<\/w:p>).)*Acuerdos: (?:(?!<\/w:p>).)*<\/w:p>/.exec(activity)?.[0] ?? '';
    expect(agreements).toContain('<w:sz w:val="14"/>');
    expect(cellText(activity)).not.toContain('Acuerdos: \n');
  });

  it('right-aligns baselines, targets and amounts, and writes a dash for a target not set', async () => {
    const [, line2] = tablesOf(sectionsOf(await open())[2]!.xml);
    const rows = rowsOf(line2!);
    const route = rowTexts(rows[2]!);
    expect(route.slice(2, 6)).toEqual(['Ruta de atención actualizada y publicada (documento)', '0', '1', '—']);
    for (const figure of cellsOf(rows[2]!).slice(3, 6)) expect(figure).toContain('<w:jc w:val="right"/>');
    expect(cellsOf(rows[2]!)[8]).toContain('<w:jc w:val="right"/>');
  });

  it('names each source with its amount when an activity has several, and dashes an activity with no budget', async () => {
    const [, ...body] = await firstMatrix();
    expect(rowTexts(body[2]!).slice(8, 10)).toEqual([
      soles('12,500.50'),
      `Presupuesto municipal: ${soles('8,000.00')}\nCooperación (Proyecto Warmi Kallpa): ${soles('4,500.50')}`,
    ]);
    const line2 = rowsOf(tablesOf(sectionsOf(await open())[2]!.xml)[1]!);
    const meetings = rowTexts(line2.at(-1)!);
    expect(meetings[1]).toBe('2.2.1 Reuniones mensuales de coordinación de casos entre la Comisaría, el CEM y la Fiscalía');
    expect(meetings.slice(8, 10)).toEqual(['—', '—']);
  });

  it('sums the budget by source and by institution, each with its share and a total row in bold', async () => {
    const [, , , summary] = sectionsOf(await open());
    const [bySource, byInstitution] = tablesOf(summary!.xml);
    expect(rowsOf(bySource!).map(rowTexts)).toEqual([
      ['Fuente de financiamiento', 'Monto', '% del total'],
      ['Presupuesto participativo', soles('50,000.00'), `48${NBSP}%`],
      ['Presupuesto municipal', soles('31,700.00'), `30${NBSP}%`],
      ['Recursos propios de las instituciones', soles('18,000.00'), `17${NBSP}%`],
      ['Cooperación', soles('4,500.50'), `4${NBSP}%`],
      ['Total', soles('104,200.50'), `100${NBSP}%`],
    ]);
    expect(rowsOf(byInstitution!).map(rowTexts)).toEqual([
      ['Institución responsable', 'Monto', '% del total'],
      ['Municipalidad Distrital de Villa Esperanza', soles('73,700.50'), `71${NBSP}%`],
      ['Centro Emergencia Mujer Villa Esperanza', soles('30,500.00'), `29${NBSP}%`],
      ['Total', soles('104,200.50'), `100${NBSP}%`],
    ]);
    for (const cell of cellsOf(rowsOf(bySource!).at(-1)!)) expect(cell).toContain('<w:b/>');
    expect(gridWidth(bySource!)).toBe(TEXT_WIDTH.portrait);
  });

  it('says so when the plan has no budget at all', async () => {
    const text = (await open({ ...approvedPlan(), budgetBySource: [], budgetByInstitution: [], budgetTotal: 0 })).text();
    expect(text).toContain('RESUMEN DEL PRESUPUESTO\nEl plan no registra montos presupuestados.');
    expect(text).not.toContain('Por fuente de financiamiento');
  });

  it('prints a line without objectives and an objective without activities without inventing rows', async () => {
    const lines = planLines();
    lines[1] = { ...lines[1]!, objectives: [] };
    lines[2] = { ...lines[2]!, objectives: [{ number: '3.1', text: 'Objetivo aún sin actividades.', activities: [] }] };
    const docx = await open({ ...approvedPlan(), lines });
    expect(docx.text()).toContain('LÍNEA ESTRATÉGICA 2: ATENCIÓN Y PROTECCIÓN\nAtención oportuna, gratuita y sin revictimización a quienes denuncian violencia.\nEsta línea aún no tiene objetivos registrados.');
    const tables = tablesOf(sectionsOf(docx)[2]!.xml);
    expect(tables).toHaveLength(2);
    expect(rowsOf(tables[1]!).map(rowTexts)[1]).toEqual(['3.1 Objetivo aún sin actividades.', 'Sin actividades registradas.', '', '', '', '', '', '', '', '', '']);
    expect(placeholdersIn(docx)).toEqual([]);
  });
});

describe('a draft plan', () => {
  it('marks the cover and every page BORRADOR, and prints no approval', async () => {
    const docx = await open(draftPlan());
    expectInOrder(sectionsOf(docx)[0]!.text, ['PLAN DE ACCIÓN LOCAL 2026-2027', 'BORRADOR', 'Marzo de 2026']);
    expect(docx.text()).not.toContain('Aprobado mediante');
    const footers = await footerTexts(draftPlan());
    for (const footer of footers.filter((f) => f.trim() !== '')) expect(footer).toMatch(/^Página .* de .* · BORRADOR$/);
    expect(footers.some((f) => f.includes('BORRADOR'))).toBe(true);
  });

  it('leaves out the presentation and the monitoring when nothing was written, headings included', async () => {
    const docx = await open(draftPlan());
    const text = docx.text();
    expect(text).not.toContain('PRESENTACIÓN');
    expect(text).not.toContain('MONITOREO Y EVALUACIÓN');
    expect(sectionsOf(docx)[1]!.text).toMatch(/^LÍNEAS ESTRATÉGICAS Y OBJETIVOS\n/);
    expect(placeholdersIn(docx)).toEqual([]);
  });
});

describe('a big plan', () => {
  it('holds 10 lines, 200 activities and 400 indicators over 4 semesters', async () => {
    const data = bigPlan();
    const docx = await open(data);
    const [, , matrices] = sectionsOf(docx);
    const tables = tablesOf(matrices!.xml);
    expect(tables).toHaveLength(10);
    expect(tables.reduce((rows, t) => rows + rowsOf(t).length - 1, 0)).toBe(400);
    expect(rowTexts(rowsOf(tables[0]!)[0]!).slice(4, 8)).toEqual(['Meta I sem. 2026', 'Meta II sem. 2026', 'Meta I sem. 2027', 'Meta II sem. 2027']);
    expect(matrices!.text).toContain('10.2.10 Actividad 10: talleres, campañas y acompañamiento a familias del sector 10');
    expect(placeholdersIn(docx)).toEqual([]);
  });
});

describe.skipIf(skipWithoutOffice)('the plan in LibreOffice', () => {
  const pdfs = pdfsOf(async () => ({
    approved: (await open()).bytes,
    draft: (await open(draftPlan())).bytes,
    big: (await open(bigPlan())).bytes,
  }));

  it('prints the cover, the front, a landscape page per line and the budget, every page but the cover numbered', async () => {
    const { pages, text, landscape } = (await pdfs()).approved;
    expect(pages).toHaveLength(6);
    expect(landscape).toEqual([false, false, true, true, true, false]);
    expectInOrder(text, [
      'PLAN DE ACCIÓN LOCAL 2026-2027',
      'Aprobado mediante ACUERDO N° 002-2026-MDVE/GDS',
      'PRESENTACIÓN',
      'LÍNEAS ESTRATÉGICAS Y OBJETIVOS',
      'LÍNEA ESTRATÉGICA 1: PREVENCIÓN DE LA VIOLENCIA',
      'LÍNEA ESTRATÉGICA 2: ATENCIÓN Y PROTECCIÓN',
      'LÍNEA ESTRATÉGICA 3: FORTALECIMIENTO DE LA INSTANCIA',
      'RESUMEN DEL PRESUPUESTO',
      'MONITOREO Y EVALUACIÓN',
    ]);
    expect(pages[0]).not.toContain('Página');
    pages.slice(1).forEach((page, i) => expect(page).toContain(`Página ${i + 2} de 6`));
    for (const header of ['Objetivo', 'Actividad', 'Indicador', 'Meta', '2027', 'Responsable', 'Cronograma', 'Presupuesto', 'Fuente', 'verificación']) {
      expect(pages[2]).toContain(header);
    }
    expect(pages[2]).toContain('S/ 12,500.00');
    expect(pages[5]).toMatch(/Total\s+S\/ 104,200\.50\s+100 %/);
  }, OFFICE_TIMEOUT);

  it('prints a draft with BORRADOR on the cover and in every footer', async () => {
    const { pages } = (await pdfs()).draft;
    expect(pages[0]).toContain('BORRADOR');
    pages.slice(1).forEach((page, i) => expect(page).toContain(`Página ${i + 2} de ${pages.length} · BORRADOR`));
  }, OFFICE_TIMEOUT);

  it('runs the big plan’s matrices over landscape pages, the header repeated and no activity split', async () => {
    const { pages, landscape } = (await pdfs()).big;
    const matrixPages = pages.filter((_, i) => landscape[i]);
    expect(matrixPages.length).toBeGreaterThan(30);
    // Cover and front, then every matrix, then the budget: one run of landscape pages.
    expect(landscape.map((l) => (l ? 'L' : 'P')).join('')).toMatch(/^PP+L+P+$/);
    for (const page of matrixPages) {
      expect(page).toMatch(/Objetivo\s+Actividad\s+Indicador/);
      // The first row under the header starts an activity: "1.1.5 Actividad 5: …".
      const firstRow = page.split('\n').find((l) => /\d+\.\d+\.\d+ Actividad/.test(l) || /Personas|Sesiones/.test(l));
      expect(firstRow).toMatch(/\d+\.\d+\.\d+ Actividad \d+:/);
    }
  }, OFFICE_TIMEOUT);
});
