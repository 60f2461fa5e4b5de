/**
 * Frozen: sessions, their convocation, attendance, minutes and agreements, and the lock that keeps
 * an approved acta as it was approved. The triggers repeat the service's LOCKED rule inside the
 * database, so no code path (or a hand-edited file) can change an approved acta unnoticed.
 */
import { type Kysely, sql } from 'kysely';

const AGENDA_KINDS = `('quorum', 'aprobacion_acta', 'despacho', 'informes', 'pedidos', 'orden_del_dia', 'seguimiento_acuerdos', 'otros')`;

/** True when the acta of the session with this id is no longer a draft. */
const locked = (sessionId: string) => `(SELECT acta_status FROM session WHERE id = ${sessionId}) <> 'borrador'`;

const tables = [
  `CREATE TABLE default_agenda_item (
    position INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ${AGENDA_KINDS})
  ) STRICT`,
  `CREATE TABLE document_counter (
    series TEXT NOT NULL,
    year INTEGER NOT NULL,
    last_number INTEGER NOT NULL CHECK (last_number > 0),
    PRIMARY KEY (series, year)
  ) STRICT`,
  `CREATE TABLE session (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('ordinaria', 'extraordinaria', 'instalacion')),
    year INTEGER NOT NULL,
    number INTEGER CHECK (number IS NULL OR number > 0),
    acta_number_text TEXT,
    date TEXT NOT NULL,
    first_call_time TEXT NOT NULL,
    second_call_time TEXT,
    mode TEXT NOT NULL CHECK (mode IN ('presencial', 'virtual', 'mixta')),
    place TEXT NOT NULL,
    virtual_link TEXT NOT NULL,
    presided_by TEXT NOT NULL,
    presided_post TEXT NOT NULL,
    secretary_name TEXT NOT NULL,
    secretary_post TEXT NOT NULL,
    convocation_number_text TEXT,
    convocation_date TEXT,
    convocation_signer TEXT CHECK (convocation_signer IS NULL OR convocation_signer IN ('presidency', 'secretariat')),
    convocation_reference TEXT NOT NULL DEFAULT '',
    convocation_enclosures TEXT NOT NULL DEFAULT '',
    call TEXT NOT NULL DEFAULT 'first' CHECK (call IN ('first', 'second')),
    start_time TEXT,
    end_time TEXT,
    acta_status TEXT NOT NULL DEFAULT 'borrador' CHECK (acta_status IN ('borrador', 'aprobada', 'firmada')),
    approved_in_session_id INTEGER REFERENCES session (id) ON DELETE RESTRICT,
    approval_observations TEXT NOT NULL DEFAULT '',
    acta_snapshot TEXT CHECK (acta_snapshot IS NULL OR json_valid(acta_snapshot)),
    acta_hash TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (kind, year, number),
    CHECK ((number IS NULL) = (convocation_number_text IS NULL)),
    CHECK ((acta_status = 'borrador') = (acta_hash IS NULL)),
    CHECK ((acta_status = 'borrador') = (acta_snapshot IS NULL)),
    CHECK ((acta_status = 'borrador') = (approved_in_session_id IS NULL))
  ) STRICT`,
  `CREATE INDEX session_by_date ON session (date)`,
  `CREATE TABLE agenda_item (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ${AGENDA_KINDS}),
    presenter_institution_id INTEGER REFERENCES institution (id) ON DELETE RESTRICT,
    notes TEXT NOT NULL,
    discussion_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(discussion_json)),
    start_time TEXT,
    end_time TEXT,
    updated_at TEXT NOT NULL
  ) STRICT`,
  `CREATE INDEX agenda_item_by_session ON agenda_item (session_id, position)`,
  `CREATE TABLE attendance (
    session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    institution_id INTEGER NOT NULL REFERENCES institution (id) ON DELETE RESTRICT,
    has_vote INTEGER NOT NULL CHECK (has_vote IN (0, 1)),
    status TEXT NOT NULL DEFAULT 'absent' CHECK (status IN ('titular', 'alterno', 'absent', 'excused')),
    attendee_name TEXT NOT NULL DEFAULT '',
    attendee_post TEXT NOT NULL DEFAULT '',
    arrival_time TEXT,
    PRIMARY KEY (session_id, institution_id)
  ) STRICT`,
  `CREATE INDEX attendance_by_institution ON attendance (institution_id)`,
  `CREATE TABLE guest (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    full_name TEXT NOT NULL,
    institution_name TEXT NOT NULL,
    post TEXT NOT NULL
  ) STRICT`,
  `CREATE TABLE addressee (
    session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    institution_id INTEGER NOT NULL REFERENCES institution (id) ON DELETE RESTRICT,
    delivered_on TEXT,
    received_by TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (session_id, institution_id)
  ) STRICT`,
  `CREATE TABLE agreement (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE RESTRICT,
    agenda_item_id INTEGER NOT NULL REFERENCES agenda_item (id) ON DELETE RESTRICT,
    year INTEGER NOT NULL,
    number INTEGER NOT NULL CHECK (number > 0),
    number_text TEXT NOT NULL,
    text TEXT NOT NULL,
    secretariat_responsible INTEGER NOT NULL CHECK (secretariat_responsible IN (0, 1)),
    deadline TEXT,
    adoption TEXT NOT NULL CHECK (adoption IN ('unanimity', 'majority', 'casting_vote')),
    votes_for INTEGER CHECK (votes_for IS NULL OR votes_for >= 0),
    votes_against INTEGER CHECK (votes_against IS NULL OR votes_against >= 0),
    abstentions INTEGER CHECK (abstentions IS NULL OR abstentions >= 0),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (year, number)
  ) STRICT`,
  `CREATE INDEX agreement_by_item ON agreement (agenda_item_id, number)`,
  `CREATE TABLE agreement_responsible (
    agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    institution_id INTEGER NOT NULL REFERENCES institution (id) ON DELETE RESTRICT,
    position INTEGER NOT NULL,
    PRIMARY KEY (agreement_id, institution_id)
  ) STRICT`,
  `CREATE INDEX agreement_responsible_by_institution ON agreement_responsible (institution_id)`,
  `CREATE TABLE acta_erratum (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE RESTRICT,
    recorded_on TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at TEXT NOT NULL
  ) STRICT`,
  `CREATE TABLE signed_acta (
    session_id INTEGER PRIMARY KEY REFERENCES session (id) ON DELETE RESTRICT,
    file_name TEXT NOT NULL,
    mime_type TEXT NOT NULL CHECK (mime_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    data BLOB NOT NULL,
    uploaded_at TEXT NOT NULL
  ) STRICT`,
];

/** The session columns that are part of the acta; none may change once it is approved. */
const SESSION_CONTENT = [
  'kind', 'year', 'number', 'acta_number_text', 'date', 'first_call_time', 'second_call_time', 'mode', 'place',
  'virtual_link', 'presided_by', 'presided_post', 'secretary_name', 'secretary_post', 'call', 'start_time',
  'end_time', 'approved_in_session_id', 'approval_observations', 'acta_snapshot', 'acta_hash',
];

const abort = `SELECT RAISE(ABORT, 'acta_locked')`;

/** Insert, update and delete on a child table of a locked session are all refused. */
const childLock = (table: string, sessionOf: (row: 'NEW' | 'OLD') => string) => [
  `CREATE TRIGGER ${table}_locked_insert BEFORE INSERT ON ${table} WHEN ${locked(sessionOf('NEW'))} BEGIN ${abort}; END`,
  `CREATE TRIGGER ${table}_locked_update BEFORE UPDATE ON ${table} WHEN ${locked(sessionOf('OLD'))} BEGIN ${abort}; END`,
  `CREATE TRIGGER ${table}_locked_delete BEFORE DELETE ON ${table} WHEN ${locked(sessionOf('OLD'))} BEGIN ${abort}; END`,
];

const triggers = [
  `CREATE TRIGGER session_locked_update BEFORE UPDATE ON session
    WHEN OLD.acta_status <> 'borrador' AND (NEW.acta_status = 'borrador' OR ${SESSION_CONTENT.map((c) => `NEW.${c} IS NOT OLD.${c}`).join(' OR ')})
    BEGIN ${abort}; END`,
  `CREATE TRIGGER session_locked_delete BEFORE DELETE ON session WHEN OLD.acta_status <> 'borrador' BEGIN ${abort}; END`,
  ...childLock('agenda_item', (row) => `${row}.session_id`),
  ...childLock('attendance', (row) => `${row}.session_id`),
  ...childLock('guest', (row) => `${row}.session_id`),
  ...childLock('agreement_responsible', (row) => `(SELECT session_id FROM agreement WHERE id = ${row}.agreement_id)`),
  // An agreement's follow-up goes on after the lock; only what the acta says about it is frozen.
  `CREATE TRIGGER agreement_locked_insert BEFORE INSERT ON agreement WHEN ${locked('NEW.session_id')} BEGIN ${abort}; END`,
  `CREATE TRIGGER agreement_locked_update BEFORE UPDATE OF session_id, agenda_item_id, year, number, number_text, text,
    secretariat_responsible, deadline, adoption, votes_for, votes_against, abstentions ON agreement
    WHEN ${locked('OLD.session_id')} BEGIN ${abort}; END`,
  `CREATE TRIGGER agreement_locked_delete BEFORE DELETE ON agreement WHEN ${locked('OLD.session_id')} BEGIN ${abort}; END`,
];

/** An instancia set up before sessions existed starts with the usual standing agenda. */
const seedDefaultAgenda = `INSERT INTO default_agenda_item (position, title, kind)
  SELECT column1, column2, column3 FROM (VALUES
    (1, 'Verificación del quórum', 'quorum'),
    (2, 'Lectura y aprobación del acta de la sesión anterior', 'aprobacion_acta'),
    (3, 'Despacho', 'despacho'),
    (4, 'Informes', 'informes'),
    (5, 'Pedidos', 'pedidos'),
    (6, 'Seguimiento de acuerdos', 'seguimiento_acuerdos'))
  WHERE EXISTS (SELECT 1 FROM taskforce)`;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of [...tables, ...triggers, seedDefaultAgenda]) await sql.raw(statement).execute(db);
}
