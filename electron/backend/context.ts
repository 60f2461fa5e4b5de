import type { Kysely } from 'kysely';
import { localToday } from '../../shared/rules/dates';
import type { Database } from './db/schema';

/** What every service call gets: the open database and the time, injectable for tests. */
export interface ServiceContext {
  db: Kysely<Database>;
  clock: Clock;
}

export interface Clock {
  /** Today's calendar date in the office, `YYYY-MM-DD`. */
  today(): string;
  /** The current instant, ISO-8601 UTC, for created/updated stamps. */
  now(): string;
}

export const systemClock: Clock = {
  today: () => localToday(),
  now: () => new Date().toISOString(),
};
