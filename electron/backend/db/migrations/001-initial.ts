/** Frozen: the first schema. Never edit a released migration; add a new one instead. */
import { type Kysely, sql } from 'kysely';

const statements = [
  `CREATE TABLE taskforce (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    official_name TEXT NOT NULL,
    short_name TEXT NOT NULL,
    level TEXT NOT NULL CHECK (level IN ('distrital', 'provincial', 'regional')),
    district TEXT NOT NULL,
    province TEXT NOT NULL,
    region TEXT NOT NULL,
    ordinance_number TEXT NOT NULL,
    ordinance_date TEXT NOT NULL,
    installation_date TEXT,
    presidency_institution TEXT NOT NULL,
    presidency_person TEXT NOT NULL,
    presidency_post TEXT NOT NULL,
    secretariat_unit TEXT NOT NULL,
    secretariat_responsible TEXT NOT NULL,
    secretariat_post TEXT NOT NULL,
    secretariat_phone TEXT NOT NULL,
    secretariat_email TEXT NOT NULL,
    place_name TEXT NOT NULL,
    entity_acronym TEXT NOT NULL,
    unit_acronym TEXT NOT NULL,
    decade_line TEXT NOT NULL,
    quorum_json TEXT NOT NULL CHECK (json_valid(quorum_json)),
    acta_signatories TEXT NOT NULL CHECK (acta_signatories IN ('all_attendees', 'presidency_and_secretariat')),
    updated_at TEXT NOT NULL
  ) STRICT`,
  `CREATE TABLE taskforce_logo (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    mime_type TEXT NOT NULL CHECK (mime_type IN ('image/png', 'image/jpeg')),
    data BLOB NOT NULL,
    width INTEGER NOT NULL CHECK (width > 0),
    height INTEGER NOT NULL CHECK (height > 0),
    updated_at TEXT NOT NULL
  ) STRICT`,
  `CREATE TABLE numbering_pattern (
    doc_type TEXT PRIMARY KEY CHECK (doc_type IN ('acta', 'oficio_multiple', 'oficio', 'acuerdo', 'informe')),
    pattern TEXT NOT NULL
  ) STRICT`,
  `CREATE TABLE year_name (
    year INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    valid_from TEXT NOT NULL,
    valid_to TEXT,
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
  ) STRICT`,
  `CREATE TABLE institution (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    acronym TEXT NOT NULL,
    category TEXT NOT NULL CHECK (category IN ('municipality', 'state_justice', 'police', 'health', 'education',
      'civil_society', 'womens_organization', 'international_cooperation', 'other')),
    has_vote INTEGER NOT NULL CHECK (has_vote IN (0, 1)),
    in_network INTEGER NOT NULL CHECK (in_network IN (0, 1)),
    address TEXT NOT NULL,
    phone TEXT NOT NULL,
    email TEXT NOT NULL,
    active_from TEXT NOT NULL,
    active_to TEXT,
    notes TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (active_to IS NULL OR active_to >= active_from)
  ) STRICT`,
  `CREATE TABLE representative (
    id INTEGER PRIMARY KEY,
    institution_id INTEGER NOT NULL REFERENCES institution (id) ON DELETE RESTRICT,
    role TEXT NOT NULL CHECK (role IN ('titular', 'alterno')),
    full_name TEXT NOT NULL,
    post TEXT NOT NULL,
    dni TEXT NOT NULL CHECK (dni = '' OR (length(dni) = 8 AND dni NOT GLOB '*[^0-9]*')),
    phone TEXT NOT NULL,
    email TEXT NOT NULL,
    accreditation_number TEXT NOT NULL,
    accreditation_date TEXT,
    valid_from TEXT NOT NULL,
    valid_to TEXT,
    replaces_id INTEGER REFERENCES representative (id) ON DELETE RESTRICT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
  ) STRICT`,
  `CREATE INDEX representative_by_institution ON representative (institution_id, role, valid_from)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
