// Lint, including the layering rule of architecture.md: each folder may import only the layers
// below it, and only electron/main and electron/preload may import Electron.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_AND_NATIVE = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'better-sqlite3', 'kysely', 'docx'];

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const layer = (group, message) => ({ group, message });

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', '.cache/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict([
      layer(['**/electron/**', '**/renderer/**', 'electron', 'react', 'react-dom', ...NODE_AND_NATIVE], 'shared/ is pure TypeScript: no Node, Electron, database, React or docx.'),
    ]),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict([
      layer(['**/electron/**', 'electron', ...NODE_AND_NATIVE], 'The renderer reaches the backend only through window.acuerda (shared/contract.ts).'),
    ]),
  },
  {
    files: ['electron/backend/**/*.ts'],
    rules: restrict([
      layer(['electron', '**/main/**', '**/preload/**', '**/webhost/**', '**/renderer/**', 'react', 'react-dom'], 'The backend runs under plain Node: no Electron, no adapters, no UI.'),
    ]),
  },
  {
    files: ['electron/webhost/**/*.ts'],
    rules: restrict([layer(['electron', '**/main/**', '**/preload/**', '**/renderer/**'], 'The web host uses the backend and shared/ only.')]),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: restrict([layer(['**/backend/**', '**/main/**', '**/webhost/**', '**/renderer/**', ...NODE_AND_NATIVE], 'The preload only bridges the contract.')]),
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: restrict([layer(['**/webhost/**', '**/renderer/**', 'react', 'react-dom'], 'Electron main uses the backend and shared/ only.')]),
  },
);
