import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
const violations = async (filePath: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').length;
};

describe('the layering rule', () => {
  it.each([
    ['shared/domain/x.ts', "import fs from 'node:fs';\nexport const a = fs;\n"],
    ['shared/domain/x.ts', "import { Kysely } from 'kysely';\nexport const a = Kysely;\n"],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n"],
    ['renderer/src/x.ts', "import { handlers } from '../../electron/backend/handlers';\nexport const a = handlers;\n"],
    ['electron/backend/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['electron/webhost/x.ts', "import { BrowserWindow } from 'electron';\nexport const a = BrowserWindow;\n"],
    ['electron/preload/x.ts', "import { handlers } from '../backend/handlers';\nexport const a = handlers;\n"],
  ])('refuses %s importing across layers', async (file, code) => {
    expect(await violations(file, code)).toBe(1);
  });

  it.each([
    ['renderer/src/x.ts', "import { contract } from '../../shared/contract';\nexport const a = contract;\n"],
    ['electron/backend/x.ts', "import fs from 'node:fs';\nexport const a = fs;\n"],
    ['electron/main/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
  ])('allows %s importing what its layer may', async (file, code) => {
    expect(await violations(file, code)).toBe(0);
  });
});
