/**
 * Probes of the layering allowlist (eslint.config.mjs, checked by tests/support/eslint/layering.mjs):
 * each case lints one import in a file at a made-up path, so a list that loosens or a rule that stops
 * resolving paths fails here rather than letting a wrong import through unnoticed.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
const violations = async (filePath: string, specifier: string) => {
  const code = `import * as imported from '${specifier}';\nexport const a = imported;\n`;
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'layering/allowed-imports').length;
};

describe('the layering rule', () => {
  it.each([
    // shared/: zod and itself only (the .mjs case: the lists cover every code file, not only .ts)
    ['shared/domain/x.ts', 'node:fs'],
    ['shared/domain/x.ts', 'kysely'],
    ['shared/domain/x.ts', 'react'],
    ['shared/domain/x.ts', '../../renderer/src/api'],
    ['shared/x.mjs', 'node:path'],
    // the renderer: renderer/, shared/ and the UI packages
    ['renderer/src/x.ts', 'electron'],
    ['renderer/src/x.ts', '../../electron/backend/handlers'],
    ['renderer/src/x.ts', 'node:fs'],
    // the Electron shells
    ['electron/backend/x.ts', 'electron'],
    ['electron/webhost/x.ts', 'electron'],
    ['electron/preload/x.ts', '../backend/handlers'],
    ['electron/main/x.ts', '../backend/handlers'], // main reaches the backend through its doors only
    ['electron/main/x.ts', '../../renderer/src/api'],
    ['electron/main/dev/x.mjs', '../index'], // the dev scripts run unbuilt: Node only
    // documents/: its own files, shared/, docx, exceljs
    ['electron/backend/documents/x.ts', 'node:fs'],
    ['electron/backend/documents/x.ts', '../db/schema'],
    ['electron/backend/documents/sessions/x.ts', 'kysely'],
    ['electron/backend/documents/kit/x.ts', '../acta/buildActa'], // the kit knows no document
    ['electron/backend/documents/sessions/x.ts', '../acta/buildActa'], // document folders follow BACKEND_ORDER
    // outside documents/, only through documents/index.ts
    ['electron/backend/acta/x.ts', '../documents/kit/render'],
    ['electron/backend/plan/x.ts', '../documents/plan/buildPlan'],
    // db/ imports no domain, and only db/ opens SQLite
    ['electron/backend/db/x.ts', '../sessions/repository'],
    ['electron/backend/db/x.ts', '../context'],
    ['electron/backend/db/x.ts', '../documents'],
    ['electron/backend/db/migrations/x.ts', '../schema'], // migrations are frozen
    ['electron/backend/sessions/x.ts', 'better-sqlite3'],
    ['electron/backend/sessions/x.ts', 'docx'],
    // BACKEND_ORDER: only rows below, never peers or rows above
    ['electron/backend/taskforce/x.ts', '../members/repository'],
    ['electron/backend/members/x.ts', '../sessions/service'],
    ['electron/backend/sessions/x.ts', '../agreements/service'],
    ['electron/backend/agreements/x.ts', '../acta/service'],
    ['electron/backend/plan/x.ts', '../protocol/service'],
    ['electron/backend/dashboard/x.ts', '../demo/seed'],
    ['electron/backend/demo/x.ts', '../workspace'],
    ['electron/backend/workspace.ts', './handlers'],
    ['electron/backend/confidentiality/x.ts', '../taskforce/service'],
    ['electron/backend/newdomain/x.ts', '../db/connection'], // a folder with no row imports nothing
    // renderer folders
    ['renderer/src/features/acta/x.ts', '../../app/nav'],
    ['renderer/src/features/acta/x.ts', '../agreements/status'], // another feature's inner file
    ['renderer/src/features/sessions/page/x.ts', '../../acta/ActaTab'],
    ['renderer/src/components/x.ts', '../features/agreements'],
    ['renderer/src/lib/x.ts', '../features/taskforce'],
    ['renderer/src/lib/x.ts', '../components/IconBadge'],
    ['renderer/src/lib/x.ts', '../app/nav'],
    ['renderer/src/platform/x.ts', '../api'],
    // tool configs and plain scripts
    ['vite.x.config.mts', './electron/backend/handlers'],
    ['x.config.mjs', 'left-pad'],
    ['tests/support/x.mjs', '../../shared/contract'],
    ['tests/support/x.mjs', 'vitest'],
  ])('refuses %s importing %s', async (file, specifier) => {
    expect(await violations(file, specifier)).toBe(1);
  });

  it.each([
    ['shared/domain/x.ts', 'zod'],
    ['shared/domain/x.ts', '../rules/dates'],
    ['renderer/src/x.ts', '../../shared/contract'],
    ['renderer/src/x.ts', '@mantine/core/styles.css'],
    ['electron/backend/x.ts', 'node:fs'],
    ['electron/main/x.ts', 'electron'],
    ['electron/main/x.ts', '../backend/dispatch'],
    ['electron/webhost/x.ts', '../backend/workspace'],
    ['electron/main/dev/x.mjs', 'node:child_process'],
    ['electron/backend/documents/protocol/x.ts', 'docx/layout'],
    ['electron/backend/documents/agreements/x.ts', 'exceljs'],
    ['electron/backend/documents/acta/x.ts', '../sessions/data'],
    ['electron/backend/documents/acta/x.ts', '../kit/styles'],
    ['electron/backend/acta/x.ts', '../documents'],
    ['electron/backend/acta/x.ts', '../sessions/repository'],
    ['electron/backend/acta/x.ts', 'node:crypto'],
    ['electron/backend/sessions/x.ts', '../db/transaction'],
    ['electron/backend/sessions/x.ts', '../files/exportedDocx'],
    ['electron/backend/sessions/x.ts', '../context'],
    ['electron/backend/db/x.ts', 'better-sqlite3'],
    ['electron/backend/db/migrations/x.ts', 'kysely'],
    ['electron/backend/version.ts', '../../package.json'],
    ['electron/backend/dispatch.ts', './handlers'],
    ['renderer/src/features/dashboard/x.ts', '../agreements'],
    ['renderer/src/features/acta/x.ts', '../../lib/commonQueries'],
    ['renderer/src/app/x.ts', '../features/sessions/page/SessionPage'],
    ['eslint.config.mjs', './tests/support/eslint/layering.mjs'],
    ['tests/support/x.mjs', 'node:fs'],
  ])('allows %s importing %s', async (file, specifier) => {
    expect(await violations(file, specifier)).toBe(0);
  });

  it('tells where a backend folder stands in the declared order', async () => {
    const [result] = await eslint.lintText("import { x } from '../sessions/service';\nexport const a = x;\n", { filePath: 'electron/backend/members/x.ts' });
    expect(result?.messages[0]?.message).toContain('members/ stands on row 3 of BACKEND_ORDER');
  });
});
