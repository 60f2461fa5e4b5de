// Builds the Node-side entry points as CommonJS. The preload is built alone (--mode preload) into
// one self-contained file, because a sandboxed preload cannot require a shared chunk.
import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

const external = ['electron', 'better-sqlite3', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const ENTRIES: Record<string, Record<string, string>> = {
  preload: { index: 'electron/preload/index.ts' },
  production: { 'main/index': 'electron/main/index.ts', 'webhost/index': 'electron/webhost/index.ts' },
};

export default defineConfig(({ mode }) => ({
  build: {
    ssr: true,
    target: 'node20',
    outDir: mode === 'preload' ? 'out/preload' : 'out',
    emptyOutDir: false,
    minify: false,
    sourcemap: true,
    rolldownOptions: {
      input: ENTRIES[mode] ?? ENTRIES.production,
      external,
      output: { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'chunks/[name]-[hash].cjs' },
    },
  },
  // Bundle every dependency except the native module and Electron itself.
  ssr: { noExternal: mode === 'preload' ? true : [/^(?!electron$|better-sqlite3$)/] },
}));
