// Lint, including the layering rule of architecture.md as an allowlist: each folder lists the
// folders, files and packages it may import, and anything else is an error. The rule that checks it
// is tests/support/eslint/layering.mjs; tests/unit/layering.test.ts pins every list with a probe.
// For one file the last layer that covers it wins, so each group goes from the general to the specific.
import fs from 'node:fs';
import path from 'node:path';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layering } from './tests/support/eslint/layering.mjs';

const CODE = '*.{ts,tsx,mts,cts,js,mjs,cjs}';
const NODE = 'node:'; // every Node built-in, written with its 'node:' prefix

/** A folder ('x/') stands for every code file below it; anything else is a glob or one file. */
const filesOf = (entry) => (entry.endsWith('/') ? `${entry}**/${CODE}` : entry);
const layer = (files, { paths, packages = [], message }) => ({
  files: [files].flat().map(filesOf),
  rules: { 'layering/allowed-imports': ['error', { paths, packages, message }] },
});
const foldersIn = (folder) =>
  fs
    .readdirSync(path.join(import.meta.dirname, folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${entry.name}/`);

// ── Backend ──────────────────────────────────────────────────────────────────────────────────────
const BACKEND = 'electron/backend/';
/**
 * The backend's folders and root files, from the bottom up. Each may import only what stands on an
 * earlier row; names on one row are peers and import none of each other. The first two rows are the
 * kernel every domain may use: leaves that import no backend folder (the database, stored files'
 * checks, the app's version, the built UI's files), then the services' context and the guard
 * against text that identifies a victim, which sessions, agreements and the acta all apply.
 */
const BACKEND_ORDER = [
  ['db/', 'files/', 'version.ts', 'rendererFiles.ts'],
  ['context.ts', 'confidentiality/'],
  ['taskforce/'],
  ['members/'],
  ['numbering/'],
  ['sessions/'],
  ['agreements/'],
  ['acta/'],
  ['plan/', 'protocol/'],
  ['dashboard/'],
  ['demo/'],
  ['workspace.ts'],
  ['handlers.ts'],
  ['dispatch.ts'],
];
/** What a few places need beyond Node, kysely and the rows below them. */
const BACKEND_EXTRAS = {
  'db/': { packages: ['better-sqlite3'] }, // only db/ opens the SQLite file
  'version.ts': { paths: ['package.json'] }, // the app's version, read from the one place it is written
};
/** documents/ sits outside the order: pure builders, reached only through their index. */
const DOCUMENTS = `${BACKEND}documents/`;
/** What Electron main and the web host may use of the backend: the API, the open database, the built UI. */
const BACKEND_DOORS = ['dispatch.ts', 'workspace.ts', 'rendererFiles.ts'].map((file) => BACKEND + file);

const backendLayers = () =>
  BACKEND_ORDER.flatMap((row, rank) => {
    const below = BACKEND_ORDER.slice(0, rank).flat();
    return row.map((entry) => {
      const extras = BACKEND_EXTRAS[entry] ?? {};
      const own = entry.endsWith('/') ? [BACKEND + entry] : [];
      return layer(BACKEND + entry, {
        paths: [...own, ...below.map((name) => BACKEND + name), ...(rank > 0 ? [`${DOCUMENTS}index.ts`] : []), 'shared/', ...(extras.paths ?? [])],
        packages: ['kysely', NODE, ...(extras.packages ?? [])],
        message: `${entry} stands on row ${rank} of BACKEND_ORDER (eslint.config.mjs): it may import only ${below.join(', ') || 'no other backend folder'}${rank > 0 ? ', documents/index.ts' : ''} and shared/.`,
      });
    });
  });

/** Inside documents/: the kit knows no document, and each document folder follows BACKEND_ORDER. */
const documentLayers = () => {
  const folders = foldersIn(DOCUMENTS).filter((folder) => folder !== 'kit/');
  const order = BACKEND_ORDER.map((row) => row.filter((entry) => folders.includes(entry))).filter((row) => row.length > 0);
  return order.flatMap((row, rank) =>
    row.map((folder) =>
      layer(DOCUMENTS + folder, {
        paths: [DOCUMENTS + folder, `${DOCUMENTS}kit/`, ...order.slice(0, rank).flat().map((name) => DOCUMENTS + name), 'shared/'],
        packages: ['docx', 'exceljs'],
        message: `documents/${folder} may import only its own files, the kit and the document folders below it in BACKEND_ORDER, shared/, docx and exceljs.`,
      }),
    ),
  );
};

const backend = [
  layer(BACKEND, {
    paths: ['shared/'],
    packages: ['kysely', NODE],
    message: 'A backend file outside BACKEND_ORDER (eslint.config.mjs) may import no other backend folder: give it a row there.',
  }),
  ...backendLayers(),
  layer(`${BACKEND}db/migrations/`, {
    paths: [`${BACKEND}db/migrations/`],
    packages: ['kysely'],
    message: 'Migrations are frozen: they import kysely and each other, never app code that may change later.',
  }),
  layer(DOCUMENTS, {
    paths: [DOCUMENTS, 'shared/'],
    packages: ['docx', 'exceljs'],
    // Pictures arrive as bytes inside the data, so no builder needs Node's file system.
    message: 'documents/ builds files from data alone: its own files, shared/, docx and exceljs; no database, Node or other backend folder.',
  }),
  layer(`${DOCUMENTS}kit/`, {
    paths: [`${DOCUMENTS}kit/`, 'shared/'],
    packages: ['docx'],
    message: 'The documents kit knows no document type: it imports only itself, shared/ and docx.',
  }),
  ...documentLayers(),
];

// ── Electron shells ──────────────────────────────────────────────────────────────────────────────
const shells = [
  layer('electron/main/', {
    paths: ['electron/main/', 'shared/', ...BACKEND_DOORS],
    packages: ['electron', NODE],
    message: 'Electron main is glue: the backend through dispatch.ts, workspace.ts and rendererFiles.ts, shared/, Electron and Node.',
  }),
  layer('electron/main/dev/', {
    paths: ['electron/main/dev/'],
    packages: [NODE],
    message: 'The dev scripts run with plain Node before anything is built: Node built-ins only.',
  }),
  layer('electron/webhost/', {
    paths: ['electron/webhost/', 'shared/', ...BACKEND_DOORS],
    packages: [NODE],
    message: 'The web host uses the backend through dispatch.ts, workspace.ts and rendererFiles.ts, shared/ and Node; never Electron.',
  }),
  layer('electron/preload/', { paths: ['electron/preload/', 'shared/'], packages: ['electron'], message: 'The preload only bridges the contract: shared/ and Electron.' }),
];

// ── Shared ───────────────────────────────────────────────────────────────────────────────────────
const shared = [
  layer('shared/', { paths: ['shared/'], packages: ['zod'], message: 'shared/ is pure TypeScript: only zod and shared/ itself; no Node, Electron, database, React or docx.' }),
];

// ── Renderer ─────────────────────────────────────────────────────────────────────────────────────
const SRC = 'renderer/src/';
const UI_PACKAGES = [
  'react', 'react-dom', 'react-router', 'i18next', 'react-i18next', '@tanstack/react-query', 'zod', 'dayjs', 'diff', 'recharts',
  '@mantine/core', '@mantine/dates', '@mantine/form', '@mantine/hooks', '@mantine/notifications', '@tabler/icons-react',
  '@tiptap/pm', '@tiptap/react', '@tiptap/starter-kit', '@dnd-kit/core', '@dnd-kit/sortable', '@dnd-kit/utilities',
];
const renderer = (files, paths, message) => layer(files, { paths: [...paths, 'shared/'], packages: UI_PACKAGES, message });
/** What every screen may build on, from the bottom up. */
const PLATFORM = [`${SRC}platform/`];
const API = [...PLATFORM, `${SRC}api.ts`];
const LIB = [...API, `${SRC}lib/`, `${SRC}i18n/`];
const COMPONENTS = [...LIB, `${SRC}components/`];

const features = foldersIn(`${SRC}features`);
const rendererLayers = [
  renderer('renderer/', ['renderer/'], 'The renderer reaches the backend only through window.acuerda (shared/contract.ts): renderer/, shared/ and the UI packages.'),
  renderer(`${SRC}platform/`, PLATFORM, 'platform/ talks to the host (Electron or the web host): only itself and shared/.'),
  renderer(`${SRC}api.ts`, API, 'api.ts sits on platform/ and shared/ only.'),
  renderer(`${SRC}i18n/`, [`${SRC}i18n/`], 'i18n/ holds the words only.'),
  renderer(`${SRC}lib/`, LIB, 'lib/ holds helpers for every screen: no component, feature or app code.'),
  renderer(`${SRC}components/`, COMPONENTS, 'components/ are shared UI: no feature or app code.'),
  ...features.map((feature) =>
    renderer(
      `${SRC}features/${feature}`,
      [...COMPONENTS, `${SRC}features/${feature}`, ...features.filter((other) => other !== feature).map((other) => `${SRC}features/${other}index.ts`)],
      `features/${feature} imports no app code, and another feature only through that feature's index.ts.`,
    ),
  ),
];

// ── Tools ────────────────────────────────────────────────────────────────────────────────────────
const tools = [
  layer('*.{ts,mts,mjs,cjs,js}', {
    paths: ['tests/support/'],
    packages: ['@eslint/js', 'globals', 'typescript-eslint', 'vite', '@vitejs/plugin-react', 'vitest', '@playwright/test', NODE],
    message: 'The tool configs at the root import their tools, Node and tests/support/ only, never app code.',
  }),
  layer('tests/support/**/*.{mjs,cjs,js}', {
    paths: ['tests/support/'],
    packages: [NODE],
    message: 'The plain scripts in tests/support/ run unbuilt under Node: Node built-ins and each other only.',
  }),
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', '.cache/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { layering },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  { files: [`renderer/**/${CODE}`], languageOptions: { globals: { ...globals.browser } } },
  ...shared,
  ...backend,
  ...shells,
  ...rendererLayers,
  ...tools,
);
