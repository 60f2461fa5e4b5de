import { describe, expect, it } from 'vitest';
import { isBlank, plainText } from '../../shared/domain/richText';
import { checkVotes, isActaLocked } from '../../shared/rules/acta';
import { groupAgenda } from '../../shared/rules/agenda';
import { findSensitiveText } from '../../shared/rules/confidentiality';
import { quorumStatus, type QuorumRule, type RollCallEntry, thresholdFor } from '../../shared/rules/quorum';
import { sessionName, sessionTitle } from '../../shared/rules/sessionTitle';
import { feminineOrdinal, hoursText, longDate, longDateWithWeekday, shortDate } from '../../shared/rules/spanish';

const roster = (present: number, absent: number, voiceOnlyPresent = 0): RollCallEntry[] => [
  ...Array.from({ length: present }, (_, i): RollCallEntry => ({ hasVote: true, status: i % 2 === 0 ? 'titular' : 'alterno' })),
  ...Array.from({ length: absent }, (_, i): RollCallEntry => ({ hasVote: true, status: i % 2 === 0 ? 'absent' : 'excused' })),
  ...Array.from({ length: voiceOnlyPresent }, (): RollCallEntry => ({ hasVote: false, status: 'titular' })),
];

describe('quorum status', () => {
  const majority: QuorumRule = { firstCall: { kind: 'majority' }, secondCall: null };
  const withSecond: QuorumRule = { firstCall: { kind: 'majority' }, secondCall: { kind: 'fraction', numerator: 1, denominator: 3 } };
  const fixed: QuorumRule = { firstCall: { kind: 'fixed', count: 7 }, secondCall: { kind: 'fixed', count: 5 } };

  it.each([
    ['majority, one short', majority, 'first', roster(9, 10), { votingMembers: 19, required: 10, present: 9, met: false, missing: 1 }],
    ['majority, reached', majority, 'first', roster(10, 9), { required: 10, met: true, missing: 0 }],
    ['even roster needs half plus one', majority, 'first', roster(9, 9), { votingMembers: 18, required: 10, met: false }],
    ['second call without a second rule uses the first', majority, 'second', roster(7, 12), { required: 10, met: false }],
    ['second call at a third', withSecond, 'second', roster(7, 12), { required: 7, met: true }],
    ['first call of the same rule', withSecond, 'first', roster(7, 12), { required: 10, met: false, missing: 3 }],
    ['fixed count', fixed, 'first', roster(6, 10), { required: 7, met: false, missing: 1 }],
    ['fixed count on second call', fixed, 'second', roster(5, 11), { required: 5, met: true }],
    ['fixed above the roster is capped', fixed, 'first', roster(3, 0), { votingMembers: 3, required: 3, met: true }],
    ['voice-only participants never count', majority, 'first', roster(2, 3, 4), { votingMembers: 5, present: 2, met: false }],
    ['an empty roster never has quorum', majority, 'first', [], { votingMembers: 0, required: 0, met: false }],
  ] as const)('%s', (_label, rule, call, entries, expected) => {
    expect(quorumStatus(entries, rule, call)).toMatchObject(expected);
  });

  it('picks the threshold of the call', () => {
    expect(thresholdFor(withSecond, 'second')).toEqual({ kind: 'fraction', numerator: 1, denominator: 3 });
    expect(thresholdFor(majority, 'second')).toEqual({ kind: 'majority' });
  });
});

describe('the acta lock and votes', () => {
  it('locks from approval on', () => {
    expect(isActaLocked('borrador')).toBe(false);
    expect(isActaLocked('aprobada')).toBe(true);
    expect(isActaLocked('firmada')).toBe(true);
  });

  it.each([
    [{ adoption: 'unanimity', votesFor: null, votesAgainst: null, abstentions: null }, 10, null],
    [{ adoption: 'unanimity', votesFor: 9, votesAgainst: 0, abstentions: 1 }, 10, null],
    [{ adoption: 'unanimity', votesFor: 9, votesAgainst: 1, abstentions: 0 }, 10, 'unanimityWithDissent'],
    [{ adoption: 'majority', votesFor: 6, votesAgainst: null, abstentions: 0 }, 10, 'votesRequired'],
    [{ adoption: 'majority', votesFor: 6, votesAgainst: 3, abstentions: 1 }, 10, null],
    [{ adoption: 'majority', votesFor: 4, votesAgainst: 4, abstentions: 2 }, 10, 'majorityNotReached'],
    [{ adoption: 'majority', votesFor: 8, votesAgainst: 2, abstentions: 1 }, 10, 'moreVotesThanPresent'],
    [{ adoption: 'casting_vote', votesFor: 4, votesAgainst: 4, abstentions: 2 }, 10, null],
    [{ adoption: 'casting_vote', votesFor: 5, votesAgainst: 4, abstentions: 1 }, 10, 'notATie'],
  ] as const)('%o with %i present → %s', (votes, present, problem) => {
    expect(checkVotes(votes, present)).toBe(problem);
  });
});

describe('the confidentiality guard', () => {
  it.each([
    ['La víctima María Pérez fue derivada al CEM', 'victimName', 'víctima María Pérez'],
    ['víctima: la señora Rosa Quispe Mamani', 'victimName', 'víctima: la señora Rosa Quispe Mamani'],
    ['Se identificó con DNI 45678912.', 'dni', '45678912'],
    ['Domicilio en Av. Los Próceres 1234, VES', 'address', 'Av. Los Próceres 1234'],
    ['Vive en Mz. B Lt. 12 del sector 3', 'address', 'Mz. B Lt. 12'],
    ['jr. Lima 450', 'address', 'jr. Lima 450'],
  ])('flags %s', (text, kind, match) => {
    expect(findSensitiveText(text)).toContainEqual({ kind, match });
  });

  it.each([
    'Se atendieron 45 víctimas en el CEM durante el trimestre.',
    'La víctima fue atendida por el equipo del CEM.',
    'Llamar al teléfono 987654321 de la comisaría.',
    'Presupuesto de 1.234.567 soles para el plan.',
    'Campaña casa por casa en la calle principal del sector.',
  ])('leaves institutional text alone: %s', (text) => {
    expect(findSensitiveText(text)).toEqual([]);
  });
});

describe('Spanish document wording', () => {
  it('writes dates and times as official documents do', () => {
    expect(longDate('2026-03-12')).toBe('12 de marzo de 2026');
    expect(longDate('2026-09-01')).toBe('1 de setiembre de 2026');
    expect(longDateWithWeekday('2026-03-12')).toBe('jueves 12 de marzo de 2026');
    expect(shortDate('2026-03-02')).toBe('02/03/2026');
    expect(hoursText('10:00')).toBe('10:00 horas');
  });

  it('names sessions with feminine ordinals', () => {
    expect(feminineOrdinal(1)).toBe('primera');
    expect(feminineOrdinal(12)).toBe('décima segunda');
    expect(feminineOrdinal(20)).toBe('vigésima');
    expect(feminineOrdinal(60)).toBeNull();
    expect(sessionName('ordinaria', 3)).toBe('Tercera Sesión Ordinaria');
    expect(sessionName('extraordinaria', 11)).toBe('Décima Primera Sesión Extraordinaria');
    expect(sessionName('instalacion', 1)).toBe('Sesión de Instalación');
    expect(sessionName('ordinaria', 75)).toBe('Sesión Ordinaria N° 75');
    expect(sessionTitle('ordinaria', 1, 2026, '2026-03-12')).toBe('Primera Sesión Ordinaria 2026');
    expect(sessionTitle('extraordinaria', null, 2026, '2026-03-12')).toBe('Sesión Extraordinaria del 12/03/2026');
  });
});

describe('agenda numbering', () => {
  it('groups consecutive order-of-the-day items under one number', () => {
    const kinds = ['quorum', 'aprobacion_acta', 'informes', 'seguimiento_acuerdos', 'orden_del_dia', 'otros', 'orden_del_dia'] as const;
    const groups = groupAgenda(kinds.map((kind, id) => ({ id, kind })));
    expect(groups.map((g) => (g.type === 'single' ? g.number : g.items.map((i) => i.number).join(',')))).toEqual([
      '1',
      '2',
      '3',
      '4.1,4.2',
      '5',
      '6.1',
    ]);
  });
});

describe('rich text', () => {
  it('reads back as plain text, one line per paragraph or list item', () => {
    const blocks = [
      { type: 'paragraph' as const, runs: [{ text: 'Hola ', bold: false, italic: false }, { text: 'mundo', bold: true, italic: false }] },
      { type: 'orderedList' as const, items: [[{ text: 'uno', bold: false, italic: false }], [{ text: 'dos', bold: false, italic: true }]] },
    ];
    expect(plainText(blocks)).toBe('Hola mundo\nuno\ndos');
    expect(isBlank(blocks)).toBe(false);
    expect(isBlank([{ type: 'paragraph', runs: [{ text: '  ', bold: false, italic: false }] }])).toBe(true);
  });
});
