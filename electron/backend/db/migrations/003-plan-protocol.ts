/**
 * Frozen: the local action plan (lines → objectives → activities → indicators, targets and the
 * progress reported) and the versioned joint action protocol. Every structure row carries its
 * plan or version id so the triggers can refuse changes to an approved plan's structure or to an
 * approved protocol version without walking the tree.
 */
import { type Kysely, sql } from 'kysely';

const abort = (message: string) => `SELECT RAISE(ABORT, '${message}')`;

const planLocked = (row: 'NEW' | 'OLD') => `(SELECT status FROM plan WHERE id = ${row}.plan_id) <> 'borrador'`;
const versionLocked = (row: 'NEW' | 'OLD') => `(SELECT status FROM protocol_version WHERE id = ${row}.version_id) <> 'borrador'`;

const lockTriggers = (table: string, locked: (row: 'NEW' | 'OLD') => string, message: string) => [
  `CREATE TRIGGER ${table}_locked_insert BEFORE INSERT ON ${table} WHEN ${locked('NEW')} BEGIN ${abort(message)}; END`,
  `CREATE TRIGGER ${table}_locked_update BEFORE UPDATE ON ${table} WHEN ${locked('OLD')} BEGIN ${abort(message)}; END`,
  `CREATE TRIGGER ${table}_locked_delete BEFORE DELETE ON ${table} WHEN ${locked('OLD')} BEGIN ${abort(message)}; END`,
];

const planTables = [
  `CREATE TABLE plan (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    start_year INTEGER NOT NULL,
    end_year INTEGER NOT NULL,
    reporting_unit TEXT NOT NULL CHECK (reporting_unit IN ('year', 'semester')),
    status TEXT NOT NULL DEFAULT 'borrador' CHECK (status IN ('borrador', 'aprobado', 'cerrado')),
    approved_on TEXT,
    approval_agreement_id INTEGER REFERENCES agreement (id) ON DELETE RESTRICT,
    approval_reference TEXT NOT NULL DEFAULT '',
    presentation_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(presentation_json)),
    monitoring_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(monitoring_json)),
    copied_from_id INTEGER REFERENCES plan (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (end_year >= start_year),
    CHECK ((status = 'borrador') = (approved_on IS NULL))
  ) STRICT`,
  `CREATE TABLE plan_line (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL
  ) STRICT`,
  `CREATE TABLE plan_objective (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    line_id INTEGER NOT NULL REFERENCES plan_line (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL
  ) STRICT`,
  `CREATE TABLE plan_activity (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    objective_id INTEGER NOT NULL REFERENCES plan_objective (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    description TEXT NOT NULL,
    lead_institution_id INTEGER NOT NULL REFERENCES institution (id) ON DELETE RESTRICT,
    schedule_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(schedule_json)),
    verification TEXT NOT NULL
  ) STRICT`,
  `CREATE TABLE plan_activity_institution (
    activity_id INTEGER NOT NULL REFERENCES plan_activity (id) ON DELETE CASCADE,
    plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    institution_id INTEGER NOT NULL REFERENCES institution (id) ON DELETE RESTRICT,
    position INTEGER NOT NULL,
    PRIMARY KEY (activity_id, institution_id)
  ) STRICT`,
  `CREATE TABLE plan_activity_budget (
    id INTEGER PRIMARY KEY,
    activity_id INTEGER NOT NULL REFERENCES plan_activity (id) ON DELETE CASCADE,
    plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('municipal', 'participatory', 'cooperation', 'own_resources', 'other')),
    amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
    note TEXT NOT NULL
  ) STRICT`,
  `CREATE TABLE plan_activity_agreement (
    activity_id INTEGER NOT NULL REFERENCES plan_activity (id) ON DELETE CASCADE,
    plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE RESTRICT,
    PRIMARY KEY (activity_id, agreement_id)
  ) STRICT`,
  `CREATE TABLE plan_indicator (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    activity_id INTEGER NOT NULL REFERENCES plan_activity (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    unit TEXT NOT NULL,
    baseline REAL NOT NULL CHECK (baseline >= 0)
  ) STRICT`,
  `CREATE TABLE plan_target (
    indicator_id INTEGER NOT NULL REFERENCES plan_indicator (id) ON DELETE CASCADE,
    plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    period TEXT NOT NULL,
    value REAL NOT NULL CHECK (value >= 0),
    PRIMARY KEY (indicator_id, period)
  ) STRICT`,
  `CREATE TABLE plan_progress (
    indicator_id INTEGER NOT NULL REFERENCES plan_indicator (id) ON DELETE CASCADE,
    plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    period TEXT NOT NULL,
    achieved REAL NOT NULL CHECK (achieved >= 0),
    comment TEXT NOT NULL,
    reported_on TEXT NOT NULL,
    evidence_name TEXT,
    evidence_type TEXT CHECK (evidence_type IS NULL OR evidence_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    evidence_data BLOB,
    PRIMARY KEY (indicator_id, period),
    CHECK ((evidence_name IS NULL) = (evidence_data IS NULL))
  ) STRICT`,
  `CREATE INDEX plan_line_by_plan ON plan_line (plan_id, position)`,
  `CREATE INDEX plan_activity_by_lead ON plan_activity (lead_institution_id)`,
  `CREATE INDEX plan_activity_institution_by_institution ON plan_activity_institution (institution_id)`,
];

const PLAN_CONTENT = ['title', 'start_year', 'end_year', 'reporting_unit', 'presentation_json', 'monitoring_json', 'approval_agreement_id', 'approval_reference', 'approved_on'];

const planTriggers = [
  `CREATE TRIGGER plan_locked_update BEFORE UPDATE ON plan
    WHEN OLD.status <> 'borrador' AND (NEW.status = 'borrador' OR ${PLAN_CONTENT.map((c) => `NEW.${c} IS NOT OLD.${c}`).join(' OR ')})
    BEGIN ${abort('plan_locked')}; END`,
  `CREATE TRIGGER plan_locked_delete BEFORE DELETE ON plan WHEN OLD.status <> 'borrador' BEGIN ${abort('plan_locked')}; END`,
  ...['plan_line', 'plan_objective', 'plan_activity', 'plan_activity_institution', 'plan_activity_budget', 'plan_activity_agreement', 'plan_indicator', 'plan_target'].flatMap(
    (table) => lockTriggers(table, planLocked, 'plan_locked'),
  ),
];

const protocolTables = [
  `CREATE TABLE protocol_version (
    id INTEGER PRIMARY KEY,
    version_number INTEGER NOT NULL UNIQUE CHECK (version_number > 0),
    title TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'borrador' CHECK (status IN ('borrador', 'aprobado', 'reemplazado')),
    approved_on TEXT,
    approval_agreement_id INTEGER REFERENCES agreement (id) ON DELETE RESTRICT,
    approval_reference TEXT NOT NULL DEFAULT '',
    based_on_id INTEGER REFERENCES protocol_version (id) ON DELETE RESTRICT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK ((status = 'borrador') = (approved_on IS NULL))
  ) STRICT`,
  // One draft at a time: a new version starts from the latest, and two drafts would diverge.
  `CREATE UNIQUE INDEX protocol_single_draft ON protocol_version (status) WHERE status = 'borrador'`,
  `CREATE TABLE protocol_section (
    id INTEGER PRIMARY KEY,
    version_id INTEGER NOT NULL REFERENCES protocol_version (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('presentation', 'scope', 'legal_framework', 'principles', 'general_rules', 'final_provisions', 'other')),
    title TEXT NOT NULL,
    body_json TEXT NOT NULL CHECK (json_valid(body_json))
  ) STRICT`,
  `CREATE TABLE protocol_function (
    version_id INTEGER NOT NULL REFERENCES protocol_version (id) ON DELETE CASCADE,
    institution_id INTEGER NOT NULL REFERENCES institution (id) ON DELETE RESTRICT,
    functions_json TEXT NOT NULL CHECK (json_valid(functions_json)),
    PRIMARY KEY (version_id, institution_id)
  ) STRICT`,
  `CREATE TABLE protocol_route_step (
    id INTEGER PRIMARY KEY,
    version_id INTEGER NOT NULL REFERENCES protocol_version (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    step TEXT NOT NULL,
    institution_id INTEGER NOT NULL REFERENCES institution (id) ON DELETE RESTRICT,
    action TEXT NOT NULL,
    timeframe TEXT NOT NULL,
    contact_point TEXT NOT NULL,
    victim_information TEXT NOT NULL
  ) STRICT`,
  `CREATE TABLE protocol_group_care (
    version_id INTEGER NOT NULL REFERENCES protocol_version (id) ON DELETE CASCADE,
    group_key TEXT NOT NULL CHECK (group_key IN ('children', 'older_adults', 'disabilities', 'migrants', 'lgbti', 'indigenous_afro')),
    guidance_json TEXT NOT NULL CHECK (json_valid(guidance_json)),
    PRIMARY KEY (version_id, group_key)
  ) STRICT`,
  `CREATE INDEX protocol_function_by_institution ON protocol_function (institution_id)`,
  `CREATE INDEX protocol_route_by_institution ON protocol_route_step (institution_id)`,
];

const protocolTriggers = [
  `CREATE TRIGGER protocol_version_locked_update BEFORE UPDATE ON protocol_version
    WHEN OLD.status <> 'borrador' AND (NEW.status = 'borrador' OR (OLD.status = 'reemplazado' AND NEW.status <> 'reemplazado')
      OR NEW.title IS NOT OLD.title OR NEW.version_number IS NOT OLD.version_number OR NEW.approved_on IS NOT OLD.approved_on
      OR NEW.approval_agreement_id IS NOT OLD.approval_agreement_id OR NEW.approval_reference IS NOT OLD.approval_reference)
    BEGIN ${abort('protocol_locked')}; END`,
  `CREATE TRIGGER protocol_version_locked_delete BEFORE DELETE ON protocol_version WHEN OLD.status <> 'borrador' BEGIN ${abort('protocol_locked')}; END`,
  ...['protocol_section', 'protocol_function', 'protocol_route_step', 'protocol_group_care'].flatMap((table) =>
    lockTriggers(table, versionLocked, 'protocol_locked'),
  ),
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of [...planTables, ...planTriggers, ...protocolTables, ...protocolTriggers]) await sql.raw(statement).execute(db);
}
