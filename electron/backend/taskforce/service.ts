/** The instancia's settings: one record, saved whole, plus its logo. */
import type { Selectable } from 'kysely';
import { installedAfter, quorumRule, LOGO_MAX_BYTES, type Logo, type Taskforce, type TaskforceSettings } from '../../../shared/domain/taskforce';
import { AppError, fieldError } from '../../../shared/result';
import type { ServiceContext } from '../context';
import type { DefaultAgendaItemTable, NumberingPatternTable, TaskforceTable } from '../db/schema';
import { sniffImage } from '../../../shared/rules/image';
import * as repo from './repository';

/** Logos smaller than this are icons, not letterhead material. */
const LOGO_MIN_PIXELS = 32;

export async function getTaskforce({ db, clock }: ServiceContext): Promise<Taskforce | null> {
  const row = await repo.findTaskforce(db);
  if (!row) return null;
  const [numbering, yearNames, agenda, logo] = await Promise.all([
    repo.listNumbering(db),
    repo.listYearNames(db),
    repo.listDefaultAgenda(db),
    repo.findLogoOn(db, clock.today()),
  ]);
  return toDto(row, { numbering, yearNames, agenda }, logo?.data != null);
}

/** The settings, for the operations that cannot run before the instancia is set up. */
export async function requireSettings(ctx: ServiceContext): Promise<Taskforce> {
  const settings = await getTaskforce(ctx);
  if (!settings) throw new AppError('CONFLICT', 'taskforce.notConfigured');
  return settings;
}

export async function saveTaskforce(ctx: ServiceContext, settings: TaskforceSettings): Promise<Taskforce> {
  if (installedAfter(settings.installationDate, ctx.clock.today())) throw fieldError('VALIDATION', 'installationDate', 'taskforce.installationInFuture');
  await ctx.db.transaction().execute(async (trx) => {
    await repo.upsertTaskforce(trx, toRow(settings, ctx.clock.now()));
    await repo.replaceNumbering(trx, settings.numbering.map((n) => ({ doc_type: n.docType, pattern: n.pattern })));
    await repo.replaceYearNames(
      trx,
      settings.yearNames.map((y) => ({ year: y.year, name: y.name, valid_from: y.validFrom, valid_to: y.validTo })),
    );
    await repo.replaceDefaultAgenda(trx, settings.defaultAgenda.map((item, index) => ({ position: index + 1, ...item })));
  });
  return (await getTaskforce(ctx)) as Taskforce;
}

/** The logo in force today, as the settings show it. */
export const getLogo = (ctx: ServiceContext): Promise<Logo | null> => getLogoOn(ctx, ctx.clock.today());

/** The logo in force on a document's date, so an old document keeps the letterhead it was issued with. */
export async function getLogoOn({ db }: ServiceContext, date: string): Promise<Logo | null> {
  const row = await repo.findLogoOn(db, date);
  if (!row?.data || !row.mime_type || !row.width || !row.height) return null;
  return { mimeType: row.mime_type, dataBase64: row.data.toString('base64'), width: row.width, height: row.height };
}

/**
 * A new logo is in force from today; the very first one since always, so documents of sessions
 * held before the app was set up carry it too. A second change the same day corrects the first.
 */
export async function setLogo(ctx: ServiceContext, dataBase64: string): Promise<Logo> {
  const bytes = Buffer.from(dataBase64, 'base64');
  if (bytes.length > LOGO_MAX_BYTES) throw fieldError('VALIDATION', 'dataBase64', 'taskforce.logoTooLarge', { max: LOGO_MAX_BYTES / 1024 });
  const image = sniffImage(bytes);
  if (!image) throw fieldError('VALIDATION', 'dataBase64', 'taskforce.logoNotImage');
  if (image.width < LOGO_MIN_PIXELS || image.height < LOGO_MIN_PIXELS) {
    throw fieldError('VALIDATION', 'dataBase64', 'taskforce.logoTooSmall', { min: LOGO_MIN_PIXELS });
  }
  await requireTaskforce(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.saveLogoVersion(trx, {
      valid_from: await versionDate(trx, ctx.clock.today()),
      mime_type: image.mimeType,
      data: bytes,
      width: image.width,
      height: image.height,
      set_on: ctx.clock.today(),
      updated_at: ctx.clock.now(),
    });
  });
  return { mimeType: image.mimeType, dataBase64: bytes.toString('base64'), width: image.width, height: image.height };
}

/** From today on, documents carry no logo; a logo uploaded today is simply taken back. */
export async function removeLogo(ctx: ServiceContext): Promise<null> {
  const today = ctx.clock.today();
  await ctx.db.transaction().execute(async (trx) => {
    const latest = await repo.findLatestLogo(trx);
    if (!latest) return;
    if (latest.set_on === today) {
      await repo.deleteLogoVersion(trx, latest.valid_from);
      return;
    }
    await repo.saveLogoVersion(trx, { valid_from: today, mime_type: null, data: null, width: null, height: null, set_on: today, updated_at: ctx.clock.now() });
  });
  return null;
}

const SINCE_ALWAYS = '0001-01-01';

/** Where a change made today starts: today, or over today's earlier change, or since always for the first logo. */
async function versionDate(db: Parameters<typeof repo.findLatestLogo>[0], today: string): Promise<string> {
  const latest = await repo.findLatestLogo(db);
  if (!latest) return SINCE_ALWAYS;
  return latest.set_on === today ? latest.valid_from : today;
}

async function requireTaskforce(ctx: ServiceContext): Promise<void> {
  if (!(await repo.findTaskforce(ctx.db))) throw new AppError('CONFLICT', 'taskforce.notConfigured');
}

function toRow(s: TaskforceSettings, now: string): Omit<TaskforceTable, 'id'> {
  return {
    official_name: s.officialName,
    short_name: s.shortName,
    level: s.level,
    district: s.district,
    province: s.province,
    region: s.region,
    ordinance_number: s.ordinanceNumber,
    ordinance_date: s.ordinanceDate,
    installation_date: s.installationDate,
    presidency_institution: s.presidencyInstitution,
    presidency_person: s.presidencyPerson,
    presidency_post: s.presidencyPost,
    secretariat_unit: s.secretariatUnit,
    secretariat_responsible: s.secretariatResponsible,
    secretariat_post: s.secretariatPost,
    secretariat_phone: s.secretariatPhone,
    secretariat_email: s.secretariatEmail,
    place_name: s.placeName,
    entity_acronym: s.entityAcronym,
    unit_acronym: s.unitAcronym,
    decade_line: s.decadeLine,
    quorum_json: JSON.stringify(s.quorum),
    acta_signatories: s.actaSignatories,
    updated_at: now,
  };
}

interface SettingsLists {
  numbering: NumberingPatternTable[];
  yearNames: { year: number; name: string; valid_from: string; valid_to: string | null }[];
  agenda: Pick<DefaultAgendaItemTable, 'title' | 'kind'>[];
}

function toDto(row: Selectable<TaskforceTable>, { numbering, yearNames, agenda }: SettingsLists, hasLogo: boolean): Taskforce {
  return {
    officialName: row.official_name,
    shortName: row.short_name,
    level: row.level,
    district: row.district,
    province: row.province,
    region: row.region,
    ordinanceNumber: row.ordinance_number,
    ordinanceDate: row.ordinance_date,
    installationDate: row.installation_date,
    presidencyInstitution: row.presidency_institution,
    presidencyPerson: row.presidency_person,
    presidencyPost: row.presidency_post,
    secretariatUnit: row.secretariat_unit,
    secretariatResponsible: row.secretariat_responsible,
    secretariatPost: row.secretariat_post,
    secretariatPhone: row.secretariat_phone,
    secretariatEmail: row.secretariat_email,
    placeName: row.place_name,
    entityAcronym: row.entity_acronym,
    unitAcronym: row.unit_acronym,
    decadeLine: row.decade_line,
    numbering: numbering.map((n) => ({ docType: n.doc_type, pattern: n.pattern })),
    yearNames: yearNames.map((y) => ({ year: y.year, name: y.name, validFrom: y.valid_from, validTo: y.valid_to })),
    quorum: quorumRule.parse(JSON.parse(row.quorum_json)),
    actaSignatories: row.acta_signatories,
    defaultAgenda: agenda.map((item) => ({ title: item.title, kind: item.kind })),
    hasLogo,
    updatedAt: row.updated_at,
  };
}
