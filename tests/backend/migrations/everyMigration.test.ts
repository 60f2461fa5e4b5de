/** Each migration ships with its upgrade test, named after it, in this folder. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/backend/db/migrations';

describe('upgrade tests', () => {
  it.each(MIGRATIONS.map((migration) => migration.name))('migration %s has one', (name) => {
    expect(existsSync(join(__dirname, `${name}.test.ts`))).toBe(true);
  });
});
