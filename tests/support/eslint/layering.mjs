// The layering rule as an allowlist: a file may import only the folders, files and packages its
// layer names in eslint.config.mjs. ESLint's own no-restricted-imports matches the written string,
// so it cannot tell `../domain/x` in shared/ from `../domain/x` in the renderer; this rule resolves
// each relative import to a path from the repository root first, then looks it up in the list.
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../../..');
// Tried in this order, like the bundler does, to name the file an import without extension means.
const CANDIDATES = ['', '.ts', '.tsx', '.mts', '.mjs', '.js', '/index.ts', '/index.tsx'];

const isFile = (file) => fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;

/** `../documents` seen from electron/backend/acta/x.ts → 'electron/backend/documents/index.ts'. */
function resolveFromRoot(importer, specifier) {
  const target = path.resolve(path.dirname(importer), specifier.split('?')[0]);
  const file = CANDIDATES.map((ending) => target + ending).find(isFile) ?? target;
  return path.relative(ROOT, file).split(path.sep).join('/');
}

/** 'docx/layout' → 'docx', '@mantine/core/styles.css' → '@mantine/core'; built-ins keep 'node:'. */
function packageName(specifier) {
  if (specifier.startsWith('node:')) return 'node:';
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** A path entry ending in '/' allows its whole folder; any other allows that one file. */
const allowsPath = (entries, target) => entries.some((entry) => (entry.endsWith('/') ? target.startsWith(entry) : target === entry));

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Allow only the imports a folder’s layer lists (architecture.md, “Rules” 1).' },
    schema: [
      {
        type: 'object',
        properties: {
          paths: { type: 'array', items: { type: 'string' } },
          packages: { type: 'array', items: { type: 'string' } },
          message: { type: 'string' },
        },
        required: ['paths', 'packages', 'message'],
        additionalProperties: false,
      },
    ],
    messages: { outside: "'{{specifier}}' ({{target}}) is not on this folder's list. {{message}}" },
  },
  create(context) {
    const { paths, packages, message } = context.options[0];
    const check = (source) => {
      if (typeof source?.value !== 'string') return; // import(variable): nothing to resolve
      const specifier = source.value;
      const relative = specifier.startsWith('.');
      const target = relative ? resolveFromRoot(context.filename, specifier) : packageName(specifier);
      if (relative ? allowsPath(paths, target) : packages.includes(target)) return;
      context.report({ node: source, messageId: 'outside', data: { specifier, target, message } });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      TSImportType: (node) => check(node.source), // type-only: `typeof import('x')`
      TSExternalModuleReference: (node) => check(node.expression), // `import x = require('x')`
    };
  },
};

export const layering = { meta: { name: 'layering' }, rules: { 'allowed-imports': rule } };
