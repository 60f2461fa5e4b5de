/**
 * What changed between two protocol versions, part by part. Parts are matched by what they are,
 * not where they sit: a standard section by its kind, an added section by its title, a function
 * by its institution, a route step by its name, a group by its key. Moving a part is not a change.
 */
import type { ParsedInput as In } from '../../../shared/contract';
import { CARE_GROUP_LABELS, type ProtocolDiff, type ProtocolVersion } from '../../../shared/domain/protocol';
import { plainText } from '../../../shared/domain/richText';
import { nameKey } from '../../../shared/rules/text';
import type { ServiceContext } from '../context';
import { getVersion } from './service';

type Difference = ProtocolDiff['differences'][number];
type Area = Difference['area'];

interface Part {
  key: string;
  label: string;
  text: string;
  /** A section's title; only printed in the comparison when it changed. */
  title?: string;
}

function partsOf(version: ProtocolVersion): Record<Area, Part[]> {
  return {
    section: version.sections.map((s) => ({
      key: s.kind === 'other' ? `other:${nameKey(s.title)}` : s.kind,
      label: s.title,
      title: s.title,
      text: plainText(s.body),
    })),
    function: version.functions
      .filter((f) => plainText(f.functions).trim() !== '')
      .map((f) => ({ key: String(f.institutionId), label: f.institutionName, text: plainText(f.functions) })),
    route: version.route.map((r) => ({
      key: nameKey(r.step),
      label: r.step,
      text: [
        `Institución: ${r.institutionName}`,
        `Acción: ${r.action}`,
        `Plazo: ${r.timeframe}`,
        `Punto de contacto: ${r.contactPoint}`,
        `Qué se informa a la víctima: ${r.victimInformation}`,
      ].join('\n'),
    })),
    group: version.groups
      .filter((g) => plainText(g.guidance).trim() !== '')
      .map((g) => ({ key: g.group, label: CARE_GROUP_LABELS[g.group], text: plainText(g.guidance) })),
  };
}

function compare(area: Area, before: Part[], after: Part[]): Difference[] {
  const old = new Map(before.map((p) => [p.key, p]));
  const now = new Map(after.map((p) => [p.key, p]));
  const changes: Difference[] = [];
  for (const part of after) {
    const was = old.get(part.key);
    if (!was) changes.push({ area, label: part.label, change: 'added', before: '', after: part.text });
    else if (was.text !== part.text || was.title !== part.title) {
      const renamed = was.title !== part.title;
      const withTitle = (p: Part) => (renamed ? `${p.title}\n${p.text}` : p.text);
      changes.push({ area, label: part.label, change: 'changed', before: withTitle(was), after: withTitle(part) });
    }
  }
  for (const part of before) {
    if (!now.has(part.key)) changes.push({ area, label: part.label, change: 'removed', before: part.text, after: '' });
  }
  return changes;
}

export async function diffVersions(ctx: ServiceContext, input: In<'protocol.diff'>): Promise<ProtocolDiff> {
  const [from, to] = await Promise.all([getVersion(ctx, input.fromId), getVersion(ctx, input.toId)]);
  const before = partsOf(from);
  const after = partsOf(to);
  const summary = ({ sections: _s, functions: _f, route: _r, groups: _g, locked: _l, ...rest }: ProtocolVersion) => rest;
  return {
    from: summary(from),
    to: summary(to),
    differences: (['section', 'function', 'route', 'group'] as const).flatMap((area) => compare(area, before[area], after[area])),
  };
}
