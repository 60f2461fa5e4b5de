import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema';

/** What repositories run on: the open database, or a transaction on it. */
export type Db = Kysely<Database> | Transaction<Database>;
