/**
 * Frozen: the follow-up of agreements. An agreement's current status and progress are kept on its
 * row for fast registers, but they only ever change through a follow-up entry: entries are never
 * updated, and an entry reported in a session is part of that session's acta, locked with it.
 * Reminder letters keep their number and the content they were issued with. Needs the connection's
 * fold() function.
 */
import { type Kysely, sql } from 'kysely';

const STATUSES = `('pendiente', 'en_proceso', 'cumplido', 'no_cumplido', 'anulado')`;
/** Scans and photos, and Word, Excel and OpenDocument files: a means of verification is often a report. */
const FILE_TYPES = `('application/pdf', 'image/jpeg', 'image/png',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text', 'application/vnd.oasis.opendocument.spreadsheet')`;
const sessionLocked = (sessionId: string) =>
  `${sessionId} IS NOT NULL AND (SELECT acta_status FROM session WHERE id = ${sessionId}) <> 'borrador'`;

const statements = [
  `ALTER TABLE agreement ADD COLUMN status TEXT NOT NULL DEFAULT 'pendiente' CHECK (status IN ${STATUSES})`,
  `ALTER TABLE agreement ADD COLUMN progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100)`,
  `ALTER TABLE agreement ADD COLUMN last_report_on TEXT`,
  `ALTER TABLE agreement ADD COLUMN verification TEXT NOT NULL DEFAULT ''`,
  `ALTER TABLE agreement ADD COLUMN observations TEXT NOT NULL DEFAULT ''`,
  `ALTER TABLE agreement ADD COLUMN reminders_silenced INTEGER NOT NULL DEFAULT 0 CHECK (reminders_silenced IN (0, 1))`,
  // Number and text folded (no case, no accents) once, so a search does not fold every row each time.
  `ALTER TABLE agreement ADD COLUMN search_key TEXT NOT NULL DEFAULT ''`,
  `UPDATE agreement SET search_key = fold(number_text || ' ' || text)`,
  `CREATE INDEX agreement_by_session ON agreement (session_id, number)`,
  `CREATE INDEX agreement_by_deadline ON agreement (status, deadline)`,
  `CREATE TABLE agreement_verification_file (
    agreement_id INTEGER PRIMARY KEY REFERENCES agreement (id) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    mime_type TEXT NOT NULL CHECK (mime_type IN ${FILE_TYPES}),
    data BLOB NOT NULL,
    uploaded_at TEXT NOT NULL
  ) STRICT`,
  `CREATE TABLE agreement_follow_up (
    id INTEGER PRIMARY KEY,
    agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE RESTRICT,
    reported_on TEXT NOT NULL,
    institution_id INTEGER REFERENCES institution (id) ON DELETE RESTRICT,
    session_id INTEGER REFERENCES session (id) ON DELETE RESTRICT,
    text TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ${STATUSES}),
    progress INTEGER NOT NULL CHECK (progress BETWEEN 0 AND 100),
    evidence_name TEXT,
    evidence_type TEXT CHECK (evidence_type IS NULL OR evidence_type IN ${FILE_TYPES}),
    evidence_data BLOB,
    created_at TEXT NOT NULL,
    CHECK ((evidence_name IS NULL) = (evidence_data IS NULL))
  ) STRICT`,
  `CREATE INDEX follow_up_by_agreement ON agreement_follow_up (agreement_id, reported_on, id)`,
  `CREATE INDEX follow_up_by_session ON agreement_follow_up (session_id)`,
  `CREATE INDEX follow_up_by_institution ON agreement_follow_up (institution_id)`,
  // Nothing in the log is overwritten: a wrong entry is removed (while allowed) and reported again.
  `CREATE TRIGGER follow_up_no_update BEFORE UPDATE ON agreement_follow_up BEGIN SELECT RAISE(ABORT, 'follow_up_immutable'); END`,
  `CREATE TRIGGER follow_up_locked_insert BEFORE INSERT ON agreement_follow_up WHEN ${sessionLocked('NEW.session_id')}
    BEGIN SELECT RAISE(ABORT, 'acta_locked'); END`,
  `CREATE TRIGGER follow_up_locked_delete BEFORE DELETE ON agreement_follow_up WHEN ${sessionLocked('OLD.session_id')}
    BEGIN SELECT RAISE(ABORT, 'acta_locked'); END`,
  `CREATE TABLE reminder_letter (
    id INTEGER PRIMARY KEY,
    institution_id INTEGER NOT NULL REFERENCES institution (id) ON DELETE RESTRICT,
    year INTEGER NOT NULL,
    number INTEGER NOT NULL CHECK (number > 0),
    number_text TEXT NOT NULL,
    issued_on TEXT NOT NULL,
    content TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (year, number)
  ) STRICT`,
  `CREATE INDEX reminder_letter_by_institution ON reminder_letter (institution_id, issued_on)`,
  // An issued oficio keeps its number and its words for good.
  `CREATE TRIGGER reminder_letter_no_update BEFORE UPDATE ON reminder_letter BEGIN SELECT RAISE(ABORT, 'reminder_letter_issued'); END`,
  `CREATE TRIGGER reminder_letter_no_delete BEFORE DELETE ON reminder_letter BEGIN SELECT RAISE(ABORT, 'reminder_letter_issued'); END`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
