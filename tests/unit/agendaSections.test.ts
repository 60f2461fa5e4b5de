import { describe, expect, it } from 'vitest';
import { type AgendaKind, insertionIndex, numberAgenda } from '../../shared/rules/agenda';

const agenda = (...kinds: AgendaKind[]) => kinds.map((kind, id) => ({ id, kind }));
const numbers = (kinds: AgendaKind[]) => numberAgenda(agenda(...kinds)).map(({ number }) => number);

describe('points under a standing item', () => {
  it('numbers the informes, despachos and pedidos after their heading, and nothing else', () => {
    expect(numbers(['quorum', 'despacho', 'despacho', 'informes', 'informes', 'informes', 'pedidos', 'otros', 'otros'])).toEqual([
      '1',
      '2',
      '2.1',
      '3',
      '3.1',
      '3.2',
      '4',
      '5',
      '6',
    ]);
    expect(numbers(['informes', 'seguimiento_acuerdos', 'orden_del_dia', 'informes'])).toEqual(['1', '2.1', '2.2', '3']);
  });

  it('places a new point after the last one it is numbered with, else at the end', () => {
    const standing = agenda('quorum', 'despacho', 'informes', 'pedidos', 'seguimiento_acuerdos', 'otros');
    expect(insertionIndex(standing, 'informes')).toBe(3);
    expect(insertionIndex(standing, 'orden_del_dia')).toBe(5);
    expect(insertionIndex(standing, 'otros')).toBe(6);
    expect(insertionIndex(standing, 'aprobacion_acta')).toBe(6);
  });
});
