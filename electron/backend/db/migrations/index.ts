/**
 * Every migration, listed statically: a packaged app cannot read a folder of migrations. The
 * database's `user_version` is the number of migrations applied.
 */
import type { Kysely } from 'kysely';
import * as initial from './001-initial';
import * as sessions from './002-sessions';
import * as planProtocol from './003-plan-protocol';
import * as letterheadVersions from './004-letterhead-versions';
import * as agreementFollowUp from './005-agreement-follow-up';

export interface Migration {
  name: string;
  up(db: Kysely<unknown>): Promise<void>;
}

export const MIGRATIONS: readonly Migration[] = [
  { name: '001-initial', up: initial.up },
  { name: '002-sessions', up: sessions.up },
  { name: '003-plan-protocol', up: planProtocol.up },
  { name: '004-letterhead-versions', up: letterheadVersions.up },
  { name: '005-agreement-follow-up', up: agreementFollowUp.up },
];
