/**
 * Frozen: the letterhead's logo becomes dated versions. Letterheads change with each
 * administration; a document re-exported years later must carry the logo that was in force on
 * its date (domain.md §6). The logo set before this migration is in force "since always".
 */
import { type Kysely, sql } from 'kysely';

const statements = [
  `CREATE TABLE letterhead_logo (
    valid_from TEXT PRIMARY KEY,
    mime_type TEXT CHECK (mime_type IS NULL OR mime_type IN ('image/png', 'image/jpeg')),
    data BLOB,
    width INTEGER CHECK (width IS NULL OR width > 0),
    height INTEGER CHECK (height IS NULL OR height > 0),
    set_on TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK ((data IS NULL) = (mime_type IS NULL))
  ) STRICT`,
  `INSERT INTO letterhead_logo (valid_from, mime_type, data, width, height, set_on, updated_at)
    SELECT '0001-01-01', mime_type, data, width, height, substr(updated_at, 1, 10), updated_at FROM taskforce_logo`,
  `DROP TABLE taskforce_logo`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
