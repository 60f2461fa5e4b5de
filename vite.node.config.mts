// Builds the Node-side entry points as CommonJS. The preload is built alone (--mode preload) into
// one self-contained file, because a sandboxed preload cannot require a shared chunk.
import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

const external = ['electron', 'better-sqlite3', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
export default defineConfig(({ mode }) => {
  const preload = mode === 'preload';
  return {
  build: {
    ssr: true,
    target: 'node20',
    outDir: preload ? 'out/preload' : 'out',
    emptyOutDir: false,
    minify: false,
    sourcemap: true,
    rolldownOptions: {
      input: preload
        ? { index: 'electron/preload/index.ts' }
        : { 'main/index': 'electron/main/index.ts', 'webhost/index': 'electron/webhost/index.ts' },
      external,
      output: { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'chunks/[name]-[hash].cjs' },
    },
  },
  ssr: { noExternal: preload ? true : [/^(?!electron$|better-sqlite3$)/] },
  };
});
