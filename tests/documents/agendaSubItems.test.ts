/** Points under a standing item (4.1 under "4. Informes") print as the app numbers them, in the agenda and in the acta. */
import { describe, expect, it } from 'vitest';
import { buildActa, buildAgenda } from '../../electron/backend/documents';
import { acta, actaItems, agendaDocument } from './fixtures';
import { expectInOrder, openDocx } from './docx';

describe('points under a standing item', () => {
  it('are numbered under "Informes" in the agenda, before "Pedidos"', async () => {
    const docx = await openDocx(
      buildAgenda({
        ...agendaDocument(),
        agenda: [
          { kind: 'quorum', title: 'Verificación del quórum', presenter: null },
          { kind: 'informes', title: 'Informes', presenter: null },
          { kind: 'informes', title: 'Informe de atenciones del trimestre', presenter: 'CEM' },
          { kind: 'informes', title: 'Informe del patrullaje integrado', presenter: null },
          { kind: 'pedidos', title: 'Pedidos', presenter: null },
        ],
      }),
    );
    expectInOrder(docx.text(), [
      '1.\tVerificación del quórum.',
      '2.\tInformes.',
      '2.1\tInforme de atenciones del trimestre (CEM).',
      '2.2\tInforme del patrullaje integrado.',
      '3.\tPedidos.',
    ]);
  });

  it('are sub-sections of their section in the acta, with what was said under each', async () => {
    const items = actaItems();
    const at = items.findIndex((item) => item.kind === 'informes');
    const heading = { ...items[at]!, number: '4', title: 'Informes', presenter: null, discussion: [] };
    const point = { ...items[at]!, number: '4.1' };
    const docx = await openDocx(buildActa({ ...acta(), items: [...items.slice(0, at), heading, point, ...items.slice(at + 1)] }));
    expectInOrder(docx.text(), ['IV.\tDESPACHO', 'V.\tINFORMES', '5.1\tINFORME DE ATENCIONES DEL PRIMER BIMESTRE', 'La coordinadora del CEM informó', 'VI.\tPEDIDOS']);
    expect(docx.text()).not.toContain('VI.\tINFORME DE ATENCIONES');
  });
});
