/** Bundles pasteHarness.ts for a blank browser page, once per test run. */
import path from 'node:path';
import { build, type Rolldown } from 'vite';

let bundled: Promise<string> | undefined;

export function pasteHarnessScript(): Promise<string> {
  bundled ??= build({
    configFile: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      minify: false,
      lib: { entry: path.join(__dirname, 'pasteHarness.ts'), formats: ['iife'], name: 'pasteHarness', fileName: 'pasteHarness' },
    },
  }).then((output) => {
    const [result] = Array.isArray(output) ? output : [output];
    const chunk = (result as Rolldown.RolldownOutput).output[0];
    return chunk.code;
  });
  return bundled;
}
