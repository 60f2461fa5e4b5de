/** The one-page agenda: heading, when and where, and the items numbered as the agenda rules group them. */
import { describe, expect, it } from 'vitest';
import { buildAgenda } from '../../electron/backend/documents';
import { AGENDA_LINES, agendaDocument, session, SESSION_LINES } from './fixtures';
import { expectInOrder, openDocx, placeholdersIn } from './docx';
import { OFFICE_TIMEOUT, pdfsOf, skipWithoutOffice } from './libreoffice';

describe('the agenda', () => {
  it('gives the heading, the session details and the numbered items', async () => {
    const docx = await openDocx(buildAgenda(agendaDocument()));
    expect(docx.text().split('\n')).toEqual([
      'AGENDA',
      'PRIMERA SESIÓN ORDINARIA 2026',
      ...SESSION_LINES,
      'Puntos de agenda:',
      ...AGENDA_LINES,
    ]);
    expect(docx.paragraph('AGENDA').xml).toContain('<w:pStyle w:val="AcuerdaTitle"/>');
    expect(placeholdersIn(docx)).toEqual([]);
  });

  it('opens a new "Orden del día" group after an item of another kind, and keeps a title\'s own punctuation', async () => {
    const docx = await openDocx(
      buildAgenda({
        ...agendaDocument(),
        agenda: [
          { kind: 'orden_del_dia', title: '¿Se aprueba el reglamento interno?', presenter: null },
          { kind: 'informes', title: 'Informes', presenter: null },
          { kind: 'orden_del_dia', title: 'Ruta de atención', presenter: 'DEMUNA' },
        ],
      }),
    );
    expectInOrder(docx.text(), ['1.\tOrden del día:', '1.1\t¿Se aprueba el reglamento interno?\n', '2.\tInformes.', '3.\tOrden del día:', '3.1\tRuta de atención (DEMUNA).']);
  });

  it('gives the link for a virtual session', async () => {
    const text = (await openDocx(buildAgenda({ ...agendaDocument(), session: { ...session(), mode: 'virtual', place: '', virtualLink: 'https://meet.example.org/x' } }))).text();
    expect(text).toContain('Lugar\t:\tModalidad virtual: https://meet.example.org/x');
  });
});

describe.skipIf(skipWithoutOffice)('the agenda in LibreOffice', () => {
  const pdfs = pdfsOf(async () => ({ agenda: (await openDocx(buildAgenda(agendaDocument()))).bytes }));

  it('fits on one page, in order', async () => {
    const { agenda: pdf } = await pdfs();
    expect(pdf.pages).toHaveLength(1);
    expectInOrder(pdf.text, [
      'MUNICIPALIDAD DISTRITAL DE VILLA ESPERANZA',
      'AGENDA',
      'PRIMERA SESIÓN ORDINARIA 2026',
      'Fecha : jueves 12 de marzo de 2026',
      '1. Verificación del quórum.',
      '6. Orden del día:',
      '6.1 Seguimiento de acuerdos.',
      '6.2 Aprobación del Plan de Acción Local 2026-2027 (Secretaría Técnica).',
      'Página 1 de 1',
    ]);
  }, OFFICE_TIMEOUT);
});
