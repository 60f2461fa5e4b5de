/**
 * The acta's canonical content: everything the printed acta says, gathered once. Its SHA-256 is
 * the acta's fingerprint (hash.ts); at approval the content is frozen as a snapshot, so an approved
 * acta exported years later prints (and hashes) exactly as it was approved.
 */
import { numberAgenda } from '../../../shared/rules/agenda';
import { nameKey } from '../../../shared/rules/text';
import type { Taskforce } from '../../../shared/domain/taskforce';
import type { ServiceContext } from '../context';
import type { ActaData, ActaItemData, LetterheadData, SignatoryData } from '../documents';
import { jurisdiction, letterheadText, presidencySignatory, secretariatSignatory, sessionHeading, titleUpper } from '../sessions/documentParts';
import type { SessionRow } from '../sessions/guards';
import { titleOf } from '../sessions/records';
import * as repo from '../sessions/repository';
import { loadRoster, quorumOf } from '../sessions/roster';
import { requireSettings } from '../taskforce/service';
import { loadAgenda } from './agenda';
import { followUpsOfSession } from './followUps';

export type ActaContent = Omit<ActaData, 'letterhead' | 'status' | 'contentHash' | 'errata'> & {
  letterhead: Omit<LetterheadData, 'logo'>;
};

const CONDITION = { titular: 'Titular', alterno: 'Alterno' } as const;

export async function gatherActaContent(ctx: ServiceContext, row: SessionRow, settings?: Taskforce): Promise<ActaContent> {
  const { db } = ctx;
  const taskforce = settings ?? (await requireSettings(ctx));
  const [agenda, roster, guests, approved, reports] = await Promise.all([
    loadAgenda(db, row.id),
    loadRoster(db, row),
    repo.listGuests(db, row.id),
    repo.listApprovedIn(db, row.id),
    followUpsOfSession(db, row.id),
  ]);
  const followUpItem = agenda.find((item) => item.kind === 'seguimiento_acuerdos');
  const quorum = quorumOf(roster, taskforce, row.call);
  const present = roster.filter((r) => r.status === 'titular' || r.status === 'alterno');
  const attendees = present.map((r) => ({
    institution: r.institutionName,
    name: r.attendeeName,
    post: r.attendeePost,
    condition: CONDITION[r.status as keyof typeof CONDITION],
    hasVote: r.hasVote,
  }));
  const numbers = new Map(numberAgenda(agenda).map(({ number, item }) => [item.id, number]));
  const items: ActaItemData[] = agenda.map((item) => ({
    number: numbers.get(item.id) ?? '',
    kind: item.kind,
    title: item.title,
    presenter: item.presenterName,
    startTime: item.startTime,
    endTime: item.endTime,
    discussion: item.discussion,
    agreements: item.agreements.map((a) => ({
      numberText: a.numberText,
      text: a.text,
      responsibles: a.responsibleNames,
      deadline: a.deadline,
      adoption: a.adoption,
      votesFor: a.votesFor,
      votesAgainst: a.votesAgainst,
      abstentions: a.abstentions,
    })),
    ...(item === followUpItem ? { followUps: reports } : {}),
  }));
  const chair: SignatoryData[] = [
    { ...presidencySignatory(taskforce), name: row.presided_by, post: row.presided_post },
    { ...secretariatSignatory(taskforce), name: row.secretary_name, post: row.secretary_post },
  ];
  // The presidency often also attends as its institution's titular: it signs once.
  const chairNames = new Set(chair.map((c) => nameKey(c.name)));
  const everyone: SignatoryData[] = attendees.map((a) => ({ name: a.name, post: a.post, organization: a.institution }));
  return {
    letterhead: letterheadText(taskforce, row.date),
    heading: row.acta_number_text ?? `ACTA DE LA ${titleUpper(row)}`,
    taskforceNameUpper: taskforce.officialName.toUpperCase(),
    jurisdiction: jurisdiction(taskforce),
    date: row.date,
    startTime: row.start_time,
    endTime: row.end_time,
    call: row.call,
    session: sessionHeading(row),
    presidedBy: row.presided_by,
    presidedPost: row.presided_post,
    secretaryName: row.secretary_name,
    secretaryPost: row.secretary_post,
    attendees,
    absent: roster.filter((r) => r.status === 'absent').map((r) => r.institutionName),
    excused: roster.filter((r) => r.status === 'excused').map((r) => r.institutionName),
    guests: guests.map((g) => ({ name: g.full_name, institution: g.institution_name, post: g.post })),
    quorum: { present: quorum.present, votingMembers: quorum.votingMembers, required: quorum.required, met: quorum.met },
    approvedActas: approved.map((s) => ({ title: titleOf(s), date: s.date, observations: s.approval_observations })),
    items,
    signatories: taskforce.actaSignatories === 'all_attendees' ? [...chair, ...everyone.filter((s) => s.name !== '' && !chairNames.has(nameKey(s.name)))] : chair,
  };
}
