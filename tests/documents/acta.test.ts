/** The acta: every part of documents.md §4 in order, its set sentences, its hash and its variants. */
import { describe, expect, it } from 'vitest';
import { buildActa } from '../../electron/backend/documents';
import type { ActaData } from '../../electron/backend/documents';
import { acta, actaItems, actaWithoutQuorum, agreement, CONTENT_HASH, followUpReports, largeActa, session } from './fixtures';
import { expectInOrder, openDocx, paragraphsOf, placeholdersIn } from './docx';
import { OFFICE_TIMEOUT, pdfsOf, skipWithoutOffice } from './libreoffice';

const open = (over: Partial<ActaData> = {}) => openDocx(buildActa({ ...acta(), ...over }));
const textOf = async (over: Partial<ActaData> = {}) => (await open(over)).text();
const footerText = async (data: ActaData) => {
  const docx = await openDocx(buildActa(data));
  return docx.text(docx.partsLike(/^word\/footer\d*\.xml$/)[0]);
};

const withFollowUps = (followUps: ActaData['items'][number]['followUps']) =>
  actaItems().map((item) => (item.kind === 'seguimiento_acuerdos' ? { ...item, followUps } : item));

const SHORT_HASH = '3f9a1b2c…d4e5c21e';
const OPENING =
  'En el distrito de Villa Esperanza, siendo las 10:15 horas del día jueves 12 de marzo de 2026, en Sala de Regidores del Palacio Municipal, Av. Principal s/n, ' +
  'se reunieron en segunda convocatoria las y los representantes de las instituciones integrantes de la Instancia Distrital de Concertación para erradicar ' +
  'la violencia contra las mujeres y los integrantes del grupo familiar de Villa Esperanza, bajo la presidencia de Rosa Elvira Huamán Quispe, Alcaldesa de la ' +
  'Municipalidad Distrital de Villa Esperanza, actuando como Secretaría Técnica Carmen Lucía Flores Chávez, Gerente de Desarrollo Social.';
const QUORUM_MET =
  'Con la asistencia de 12 de las 19 instituciones con derecho a voto, la Secretaría Técnica verificó el quórum reglamentario y la Presidencia declaró instalada la sesión.';
const CLOSING =
  'No habiendo otro punto que tratar, siendo las 12:30 horas del mismo día, la Presidencia levantó la sesión, firmando los presentes en señal de conformidad.';

describe('the acta', () => {
  it('has every part in the order of the model', async () => {
    const docx = await open();
    expectInOrder(docx.text(), [
      'ACTA DE LA PRIMERA SESIÓN ORDINARIA N° 001-2026-IDC-VE',
      'INSTANCIA DISTRITAL DE CONCERTACIÓN PARA ERRADICAR LA VIOLENCIA CONTRA LAS MUJERES Y LOS INTEGRANTES DEL GRUPO FAMILIAR DE VILLA ESPERANZA',
      OPENING,
      'I.\tASISTENTES',
      'II.\tVERIFICACIÓN DEL QUÓRUM',
      QUORUM_MET,
      'III.\tLECTURA Y APROBACIÓN DEL ACTA DE LA SESIÓN ANTERIOR',
      'IV.\tDESPACHO',
      'Se dio cuenta del Oficio N° 120-2026-MIMP/AURORA',
      'V.\tINFORME DE ATENCIONES DEL PRIMER BIMESTRE',
      'VI.\tPEDIDOS',
      'VII.\tORDEN DEL DÍA',
      '7.1\tSEGUIMIENTO DE ACUERDOS',
      'La Comisaría PNP informó',
      'Se informó sobre el avance de los acuerdos siguientes:',
      '7.2\tAPROBACIÓN DEL PLAN DE ACCIÓN LOCAL 2026-2027',
      'VIII.\tACUERDOS',
      'ACUERDO N° 001-2026-MDVE/GDS: ',
      CLOSING,
      'ROSA ELVIRA HUAMÁN QUISPE',
      'CARMEN LUCÍA FLORES CHÁVEZ',
      `Huella SHA-256 del contenido: ${CONTENT_HASH}`,
    ]);
    expect(placeholdersIn(docx)).toEqual([]);
  });

  it('sets the heading bold and centred, with the instancia in capitals under it', async () => {
    const docx = await open();
    expect(docx.paragraph('ACTA DE LA PRIMERA SESIÓN ORDINARIA').xml).toContain('<w:pStyle w:val="AcuerdaTitle"/>');
    const name = docx.paragraph('INSTANCIA DISTRITAL DE CONCERTACIÓN PARA ERRADICAR').xml;
    expect(name).toContain('<w:jc w:val="center"/>');
    expect(name).toContain('<w:b/>');
  });

  it('lists the attendees in a table, then the absent and excused institutions and the guests', async () => {
    const text = await textOf();
    expectInOrder(text, [
      'N°\nInstitución\nRepresentante\nCargo\nCondición',
      '1\nMunicipalidad Distrital de Villa Esperanza\nMaría Elena Quispe Mamani\nCoordinadora\nTitular',
      '5\nCentro de Salud Villa Esperanza\nJorge Quispe Mamani\nMédico jefe\nAlterno',
      '12\nOficina Municipal de Atención a la Persona con Discapacidad',
      'Instituciones ausentes: Centro Integral del Adulto Mayor; Programa Juntos, Unidad Territorial Lima Sur; Programa Nacional Cuna Más.',
      'Con justificación: Organización Social de Base Mujeres Emprendedoras.',
      'Invitados (con voz, sin voto): Patricia Ruiz Salazar (Especialista territorial, Ministerio de la Mujer y Poblaciones Vulnerables).',
      'II.\tVERIFICACIÓN DEL QUÓRUM',
    ]);
  });

  it('leaves out the absent, excused and guest lines when their lists are empty', async () => {
    const text = await textOf({ absent: [], excused: [], guests: [] });
    expect(text).not.toContain('ausentes');
    expect(text).not.toContain('justificación');
    expect(text).not.toContain('Invitados');
  });

  it('covers the quorum item in section II only', async () => {
    const text = await textOf();
    expect(text.match(/VERIFICACIÓN DEL QUÓRUM/g)).toHaveLength(1);
    expect(text).toContain(`II.\tVERIFICACIÓN DEL QUÓRUM\n${QUORUM_MET}\nIII.\tLECTURA Y APROBACIÓN`);
  });

  it('records the approval of earlier actas, with or without observations', async () => {
    const text = await textOf({
      approvedActas: [
        { title: 'Cuarta Sesión Ordinaria 2025', date: '2025-12-11', observations: '' },
        { title: 'Sesión Extraordinaria 2025', date: '2025-12-18', observations: 'con la observación de corregir el nombre del representante de la UGEL' },
      ],
    });
    expectInOrder(text, [
      'III.\tLECTURA Y APROBACIÓN DEL ACTA DE LA SESIÓN ANTERIOR',
      'Se dio lectura al acta de la Cuarta Sesión Ordinaria 2025 de fecha 11 de diciembre de 2025, la cual fue aprobada sin observaciones.',
      'Se dio lectura al acta de la Sesión Extraordinaria 2025 de fecha 18 de diciembre de 2025, la cual fue aprobada con la observación de corregir el nombre del representante de la UGEL.',
      'IV.\tDESPACHO',
    ]);
  });

  it('prints the approval item\'s discussion when no earlier acta was approved', async () => {
    const items = actaItems();
    items[1] = { ...items[1]!, discussion: [{ type: 'paragraph', runs: [{ text: 'Se postergó la aprobación del acta anterior.', bold: false, italic: false }] }] };
    const text = await textOf({ approvedActas: [], items });
    expect(text).toContain('III.\tLECTURA Y APROBACIÓN DEL ACTA DE LA SESIÓN ANTERIOR\nSe postergó la aprobación del acta anterior.\nIV.');
  });

  it('gives each item its presenter and times when set, and nothing at all for an empty one', async () => {
    const text = await textOf();
    expect(text).toContain('V.\tINFORME DE ATENCIONES DEL PRIMER BIMESTRE\nPresentado por: Centro Emergencia Mujer Villa Esperanza\nHora: inicio 10:40 horas; término 11:05 horas\nLa coordinadora del CEM');
    expect(text).toContain('VI.\tPEDIDOS\nVII.\tORDEN DEL DÍA\n7.1\tSEGUIMIENTO DE ACUERDOS\nLa Comisaría PNP');
    expect(text).toContain('7.2\tAPROBACIÓN DEL PLAN DE ACCIÓN LOCAL 2026-2027\nPresentado por: Secretaría Técnica\n');
  });

  it('gives only the time that was recorded', async () => {
    const items = actaItems().map((item) => (item.kind === 'informes' ? { ...item, endTime: null } : item));
    expect(await textOf({ items })).toContain('Hora: inicio 10:40 horas\n');
  });

  it('lists the agreements, numbered as given, with responsibles, deadline and how they were adopted', async () => {
    expectInOrder(await textOf(), [
      'VIII.\tACUERDOS',
      'ACUERDO N° 001-2026-MDVE/GDS: Ampliar el patrullaje integrado a los Sectores 4 y 5. Responsables: Comisaría PNP Villa Esperanza; Gerencia de Seguridad Ciudadana. Plazo: 30 de abril de 2026.',
      'Aprobado por mayoría (10 votos a favor, 1 en contra, 1 abstención).',
      'ACUERDO N° 002-2026-MDVE/GDS: Aprobar el Plan de Acción Local 2026-2027 de la Instancia Distrital de Concertación. Responsable: Secretaría Técnica. Plazo: 31 de marzo de 2026.',
      'Aprobado por unanimidad.',
      'ACUERDO N° 003-2026-MDVE/GDS: Encargar a la Secretaría Técnica la publicación del plan en el portal institucional. Responsable: Secretaría Técnica.\n',
      'Aprobado con el voto dirimente de la Presidencia (5 votos a favor, 5 en contra, 0 abstenciones).',
      CLOSING,
    ]);
  });

  it('prints the follow-up reports under the seguimiento item, after its discussion, one agreement after another', async () => {
    const text = await textOf();
    expect(text).toContain(
      [
        '7.1\tSEGUIMIENTO DE ACUERDOS',
        'La Comisaría PNP informó que el patrullaje integrado en el Sector 3 se cumple desde febrero.',
        'Se informó sobre el avance de los acuerdos siguientes:',
        'ACUERDO N° 012-2025-MDVE/GDS (Responsables: Centro de Salud Villa Esperanza; Centro Emergencia Mujer Villa Esperanza)',
        'Implementar la ruta única de atención de casos de violencia en los establecimientos de salud del distrito.',
        'Informó: Centro Emergencia Mujer Villa Esperanza. Se capacitó a 45 profesionales de salud en la ruta de atención; falta la validación de la Dirección de Redes Integradas.',
        'Estado: En proceso (60\u00a0%).',
        'ACUERDO N° 015-2025-MDVE/GDS (Responsable: Unidad de Gestión Educativa Local N° 09)',
        'Conformar en cada institución educativa focalizada del distrito un comité de tutoría y orientación educativa que incorpore la prevención de la violencia de género, con un plan de convivencia escolar…',
        'Informó: Unidad de Gestión Educativa Local N° 09. Las 12 instituciones educativas focalizadas cuentan con su comité y su plan de convivencia aprobado.',
        'Estado: Cumplido (100\u00a0%).',
        'ACUERDO N° 018-2025-MDVE/GDS (Responsable: Secretaría Técnica)',
        'Actualizar el directorio de las instituciones integrantes de la Instancia.',
        'Informó: Secretaría Técnica. Se solicitó la actualización por oficio múltiple; respondieron 11 de 19 instituciones.',
        'Se reiterará el pedido a las restantes.',
        'Estado: En proceso (55\u00a0%).',
        '7.2\tAPROBACIÓN DEL PLAN DE ACCIÓN LOCAL 2026-2027',
      ].join('\n'),
    );
  });

  it('sets the agreement number and the labels in bold and recalls the agreement in italics', async () => {
    const docx = await open();
    const run = (paragraph: string, needle: string) => [...docx.paragraph(paragraph).xml.matchAll(/<w:r>.*?<\/w:r>/g)].map(([r]) => r).find((r) => r.includes(needle))!;
    expect(run('ACUERDO N° 012-2025-MDVE/GDS', 'ACUERDO N°')).toContain('<w:b/>');
    expect(run('ACUERDO N° 012-2025-MDVE/GDS', 'Responsables')).not.toContain('<w:b/>');
    expect(run('Implementar la ruta única de atención', 'Implementar')).toContain('<w:i/>');
    expect(run('Informó: Centro Emergencia Mujer', 'Informó: ')).toContain('<w:b/>');
    expect(run('Informó: Centro Emergencia Mujer', 'Se capacitó')).not.toContain('<w:b/>');
    expect(run('Estado: Cumplido', 'Estado: ')).toContain('<w:b/>');
  });

  it('recalls an agreement reported twice once, with both reports in order', async () => {
    const [first] = followUpReports();
    const again = { ...first!, text: 'Se validó la ruta con la Dirección de Redes Integradas.', statusLabel: 'Cumplido', progress: 100 };
    const text = await textOf({ items: withFollowUps([first!, again]) });
    expect(text.match(/ACUERDO N° 012-2025-MDVE\/GDS/g)).toHaveLength(1);
    expectInOrder(text, ['Estado: En proceso (60\u00a0%).', 'Informó: Centro Emergencia Mujer Villa Esperanza. Se validó la ruta', 'Estado: Cumplido (100\u00a0%).', '7.2\t']);
  });

  it('adds nothing to the item when no report was given, or for an acta approved before reports were kept', async () => {
    for (const followUps of [[], undefined]) {
      const text = await textOf({ items: withFollowUps(followUps) });
      expect(text).toContain('7.1\tSEGUIMIENTO DE ACUERDOS\nLa Comisaría PNP informó que el patrullaje integrado en el Sector 3 se cumple desde febrero.\n7.2\t');
      expect(text).not.toContain('Se informó sobre el avance');
      expect(text).not.toContain('2025-MDVE/GDS');
    }
  });

  it('leaves the reported agreements out of the section of agreements adopted', async () => {
    const text = await textOf();
    expect(text.match(/ACUERDO N° 0\d\d-2025-MDVE\/GDS/g)).toHaveLength(3);
    expect(text.slice(text.indexOf('VIII.\tACUERDOS'))).not.toContain('2025-MDVE/GDS');
  });

  it('writes vote counts in singular or plural and leaves out what was not recorded', async () => {
    const items = actaItems();
    items[6] = {
      ...items[6]!,
      agreements: [
        agreement(2, { adoption: 'majority', votesFor: 1, votesAgainst: 0, abstentions: 2, responsibles: [], text: 'Declarar en sesión permanente a la Instancia.' }),
        agreement(3, { adoption: 'majority', votesFor: null, votesAgainst: null, abstentions: null }),
      ],
    };
    const text = await textOf({ items });
    expect(text).toContain('ACUERDO N° 002-2026-MDVE/GDS: Declarar en sesión permanente a la Instancia. Plazo: 31 de marzo de 2026.\nAprobado por mayoría (1 voto a favor, 0 en contra, 2 abstenciones).');
    expect(text).toContain('Aprobado por mayoría.\n');
  });

  it('says so when no agreement was adopted', async () => {
    const items = actaItems().map((item) => ({ ...item, agreements: [] }));
    expect(await textOf({ items })).toContain('VIII.\tACUERDOS\nNo se adoptaron acuerdos en la presente sesión.\n');
  });

  it('words the opening and the closing without the times when they were not recorded', async () => {
    const text = await textOf({ startTime: null, endTime: null });
    expect(text).toContain('En el distrito de Villa Esperanza, el día jueves 12 de marzo de 2026, en Sala de Regidores');
    expect(text).toContain('No habiendo otro punto que tratar, la Presidencia levantó la sesión, firmando los presentes en señal de conformidad.');
    expect(text).not.toContain('siendo las');
  });

  it('names the first call, and a virtual or mixed venue', async () => {
    const virtual = await textOf({ call: 'first', session: { ...session(), mode: 'virtual', place: '', virtualLink: 'https://meet.example.org/x' } });
    expect(virtual).toContain('del día jueves 12 de marzo de 2026, en modalidad virtual, se reunieron en primera convocatoria');
    const mixed = await textOf({ session: { ...session(), mode: 'mixta', virtualLink: 'https://meet.example.org/x' } });
    expect(mixed).toContain('en Sala de Regidores del Palacio Municipal, Av. Principal s/n y en modalidad virtual, se reunieron');
  });

  it('shows the shortened hash on every page and the full hash once in the body', async () => {
    const docx = await open();
    const footers = docx.partsLike(/^word\/footer\d*\.xml$/);
    expect(footers).toHaveLength(1);
    expect(docx.text(footers[0])).toMatch(new RegExp(`^Página .* de .* · Huella SHA-256: ${SHORT_HASH}$`));
    expect(docx.text(footers[0])).not.toContain(CONTENT_HASH);
    expect(docx.text().split(CONTENT_HASH)).toHaveLength(2);
  });

  it('marks a draft under the heading and on every page, and only a draft', async () => {
    const draft = await textOf({ status: 'borrador' });
    expectInOrder(draft, ['ACTA DE LA PRIMERA SESIÓN ORDINARIA', 'VILLA ESPERANZA\nBORRADOR\nEn el distrito']);
    expect(await footerText({ ...acta(), status: 'borrador' })).toContain(`· BORRADOR · Huella SHA-256: ${SHORT_HASH}`);
    for (const status of ['aprobada', 'firmada'] as const) {
      expect(await textOf({ status })).not.toContain('BORRADOR');
      expect(await footerText({ ...acta(), status })).not.toContain('BORRADOR');
    }
  });

  it('adds the fe de erratas after the signatures and the hash, each with its date', async () => {
    const text = await textOf({
      errata: [
        { recordedOn: '2026-04-09', text: 'En la sección I, donde dice «Jorge Quispe Mamani» debe decir «Jorge Quispe Mamani de Rojas».' },
        { recordedOn: '2026-05-14', text: 'En el acuerdo N° 003, el plazo es el 30 de junio de 2026.' },
      ],
    });
    expectInOrder(text, [
      'CARMEN LUCÍA FLORES CHÁVEZ',
      `Huella SHA-256 del contenido: ${CONTENT_HASH}`,
      'FE DE ERRATAS',
      '9 de abril de 2026: En la sección I',
      '14 de mayo de 2026: En el acuerdo N° 003',
    ]);
    expect(await textOf()).not.toContain('FE DE ERRATAS');
  });

  it('lays the signatures out two to a row, an odd last one on its own', async () => {
    const signatories = [acta().signatories[0]!, acta().signatories[1]!, { name: 'Jorge Quispe Mamani', post: 'Médico jefe', organization: '' }];
    const xml = (await open({ signatories })).xml();
    const grid = [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/g)].map(([t]) => t).find((t) => t.includes('JORGE QUISPE MAMANI'))!;
    const rows = [...grid.matchAll(/<w:tr>.*?<\/w:tr>/g)].map(([r]) => r);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/ROSA ELVIRA HUAMÁN QUISPE.*CARMEN LUCÍA FLORES CHÁVEZ/);
    expect(rows[1]).toContain('<w:gridSpan w:val="2"/>');
    // No organization line is printed for a signer who has none.
    expect(paragraphsOf(rows[1]!).map((p) => p.text)).toEqual(['________________________________\nJORGE QUISPE MAMANI\nMédico jefe']);
  });
});

describe('an acta without quorum', () => {
  it('states the missing quorum and goes straight to the closing and the signatures', async () => {
    const docx = await openDocx(buildActa(actaWithoutQuorum()));
    const text = docx.text();
    expectInOrder(text, [
      'ACTA DE LA SEGUNDA SESIÓN ORDINARIA N° 002-2026-IDC-VE',
      'I.\tASISTENTES',
      'II.\tVERIFICACIÓN DEL QUÓRUM\nNo habiéndose alcanzado el quórum reglamentario (9 de 19), no se adoptaron acuerdos.\n' +
        'Siendo las 10:45 horas del mismo día, la Presidencia levantó la sesión, firmando los presentes en señal de conformidad.',
      'ROSA ELVIRA HUAMÁN QUISPE',
      `Huella SHA-256 del contenido: ${CONTENT_HASH}`,
    ]);
    for (const absent of ['III.', 'ACUERDOS', 'ACUERDO N°', 'DESPACHO', 'ORDEN DEL DÍA', 'No habiendo otro punto']) expect(text).not.toContain(absent);
    expect(placeholdersIn(docx)).toEqual([]);
  });

  it('closes without a time when none was recorded', async () => {
    const text = (await openDocx(buildActa({ ...actaWithoutQuorum(), endTime: null }))).text();
    expect(text).toContain('\nLa Presidencia levantó la sesión, firmando los presentes en señal de conformidad.\n');
  });
});

describe('a large acta', () => {
  it('holds 40 attendees, 15 items, 30 agreements and 42 signatures', async () => {
    const data = largeActa();
    const docx = await openDocx(buildActa(data));
    const text = docx.text();
    expect(data.items).toHaveLength(15);
    expect(text.match(/^ACUERDO N° \d{3}-2026-MDVE\/GDS: /gm)).toHaveLength(30);
    expect(text).toContain('\n40\nComisaría PNP Villa Esperanza (sede 3)\n');
    expect(text.match(/^________________________________$/gm)).toHaveLength(42);
    expect(text).toContain('7.10\tPROPUESTA DE ACTIVIDAD 10 DEL PLAN DE ACCIÓN LOCAL');
    expect(placeholdersIn(docx)).toEqual([]);
  });
});

describe.skipIf(skipWithoutOffice)('the acta in LibreOffice', () => {
  const pdfs = pdfsOf(async () => ({ acta: (await open()).bytes, large: (await openDocx(buildActa(largeActa()))).bytes }));

  it('prints the acta in order, the hash in every footer and in full at the end', async () => {
    const { pages, text } = (await pdfs()).acta;
    expectInOrder(text, [
      'ACTA DE LA PRIMERA SESIÓN ORDINARIA N° 001-2026-IDC-VE',
      'En el distrito de Villa Esperanza, siendo las 10:15 horas del día jueves 12 de marzo de 2026',
      'I. ASISTENTES',
      'II. VERIFICACIÓN DEL QUÓRUM',
      'VII. ORDEN DEL DÍA',
      'ACUERDO N° 012-2025-MDVE/GDS (Responsables: Centro de Salud Villa Esperanza; Centro Emergencia Mujer Villa Esperanza)',
      'Informó: Unidad de Gestión Educativa Local N° 09.',
      '7.2 APROBACIÓN DEL PLAN DE ACCIÓN LOCAL 2026-2027',
      'VIII. ACUERDOS',
      'ACUERDO N° 003-2026-MDVE/GDS:',
      'No habiendo otro punto que tratar',
      'ROSA ELVIRA HUAMÁN QUISPE CARMEN LUCÍA FLORES CHÁVEZ',
    ]);
    pages.forEach((page, i) => expect(page).toContain(`Página ${i + 1} de ${pages.length} · Huella SHA-256: ${SHORT_HASH}`));
    expect(pages.at(-1)).toContain(`Huella SHA-256 del contenido: ${CONTENT_HASH}`);
  }, OFFICE_TIMEOUT);

  it('numbers each list of the minutes from 1', async () => {
    const { text } = (await pdfs()).acta;
    expectInOrder(text, [
      '• Prevención en instituciones educativas.',
      '1. Campaña “Barrio seguro”.',
      '3. Ruta de atención actualizada.',
      '1. Feria informativa del 25 de noviembre.',
      '2. Evaluación semestral del plan.',
    ]);
  }, OFFICE_TIMEOUT);

  it('runs a large acta over many pages, the attendance header repeated and the closing kept with the signatures', async () => {
    const { pages } = (await pdfs()).large;
    expect(pages.length).toBeGreaterThan(8);
    expect(pages[1]).toMatch(/N°\s+Institución\s+Representante\s+Cargo\s+Condición/);
    const closing = pages.findIndex((p) => p.includes('No habiendo otro punto que tratar'));
    expect(pages[closing]).toContain('ROSA ELVIRA HUAMÁN QUISPE');
    pages.forEach((page, i) => expect(page).toContain(`Página ${i + 1} de ${pages.length} · Huella SHA-256: ${SHORT_HASH}`));
  }, OFFICE_TIMEOUT);
});
