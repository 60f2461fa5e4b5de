/** Gathers a protocol version for the Word builder, chapters in the order the protocol reads. */
import type { ParsedInput as In } from '../../../shared/contract';
import { CARE_GROUP_LABELS, type ProtocolVersion } from '../../../shared/domain/protocol';
import { isBlank } from '../../../shared/domain/richText';
import type { ExportedFile } from '../../../shared/domain/sessions';
import { AppError } from '../../../shared/result';
import type { ServiceContext } from '../context';
import { buildProtocol, renderDocument } from '../documents';
import type { ProtocolChapter } from '../documents';
import { exportedDocx } from '../files/exportedDocx';
import { letterheadLogo, letterheadText } from '../sessions/documentParts';
import { getTaskforce } from '../taskforce/service';
import { approvalText } from '../agreements/approval';
import { getVersion } from './service';

/** Sections that frame the protocol come before the institutions' functions; the rules of care after them. */
const BEFORE_FUNCTIONS = new Set(['presentation', 'scope', 'legal_framework', 'principles']);

export function protocolChapters(version: ProtocolVersion): ProtocolChapter[] {
  const text = (s: ProtocolVersion['sections'][number]): ProtocolChapter => ({ kind: 'text', title: s.title, body: s.body });
  const sections = version.sections.filter((s) => !isBlank(s.body));
  const functions: ProtocolChapter = {
    kind: 'functions',
    title: 'Funciones de las instituciones',
    entries: version.functions.filter((f) => !isBlank(f.functions)).map((f) => ({ institution: f.institutionName, functions: f.functions })),
  };
  const route: ProtocolChapter = {
    kind: 'route',
    title: 'Ruta de atención',
    steps: version.route.map((r) => ({
      step: r.step,
      institution: r.institutionName,
      action: r.action,
      timeframe: r.timeframe,
      contactPoint: r.contactPoint,
      victimInformation: r.victimInformation,
    })),
  };
  const groups: ProtocolChapter = {
    kind: 'groups',
    title: 'Atención diferenciada',
    entries: version.groups.filter((g) => !isBlank(g.guidance)).map((g) => ({ group: CARE_GROUP_LABELS[g.group], guidance: g.guidance })),
  };
  const nonEmpty = (c: ProtocolChapter) => c.kind === 'text' || (c.kind === 'route' ? c.steps.length > 0 : c.entries.length > 0);
  const framing = sections.filter((s) => BEFORE_FUNCTIONS.has(s.kind)).map(text);
  const rules = sections.filter((s) => s.kind === 'general_rules').map(text);
  const closing = sections.filter((s) => !BEFORE_FUNCTIONS.has(s.kind) && s.kind !== 'general_rules').map(text);
  return [...framing, functions, ...rules, route, groups, ...closing].filter(nonEmpty);
}

export async function exportProtocol(ctx: ServiceContext, input: In<'documents.protocol'>): Promise<ExportedFile> {
  const settings = await getTaskforce(ctx);
  if (!settings) throw new AppError('CONFLICT', 'documents.notConfigured');
  const version = await getVersion(ctx, input.versionId);
  const approval = version.approval;
  const date = approval?.approvedOn ?? ctx.clock.today();
  const doc = buildProtocol({
    letterhead: { ...letterheadText(settings, date), logo: await letterheadLogo(ctx, date) },
    titleUpper: 'PROTOCOLO LOCAL DE ACTUACIÓN CONJUNTA',
    title: version.title,
    versionLabel: `Versión ${version.versionNumber}`,
    taskforceName: settings.officialName,
    approvalText: approvalText(approval),
    draft: version.status === 'borrador',
    chapters: protocolChapters(version),
    date,
  });
  const draft = version.status === 'borrador' ? ' (borrador)' : '';
  return exportedDocx(`Protocolo Local de Actuación Conjunta - versión ${version.versionNumber}${draft}.docx`, await renderDocument(doc));
}
