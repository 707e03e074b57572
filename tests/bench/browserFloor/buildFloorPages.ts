import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const FLOOR_PAGES = ['static', 'react', 'stack'] as const;
export type FloorPage = (typeof FLOOR_PAGES)[number];

const pagesDir = fileURLToPath(new URL('./pages/', import.meta.url));

/**
 * Builds the floor pages for production, as Debrief's client is built (Vite, minified, no source maps), into a new
 * folder, and returns it.
 */
export async function buildFloorPages(): Promise<string> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'debrief-bench-floor-'));
  await build({
    root: pagesDir,
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    build: {
      outDir,
      emptyOutDir: true,
      modulePreload: { polyfill: false },
      rolldownOptions: { input: Object.fromEntries(FLOOR_PAGES.map((page) => [page, `${pagesDir}${page}.html`])) },
    },
  });
  return outDir;
}
