import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const rootDir = fileURLToPath(new URL('../../..', import.meta.url));
const clientDir = path.join(rootDir, 'client');
export const clientDistDir = path.join(clientDir, 'dist');

export interface EntryScript {
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

export interface EntryScriptsResult {
  readonly scripts: readonly EntryScript[];
  readonly gzipBytes: number;
  readonly bytes: number;
}

/** Builds the web app for production, as `pnpm build` does. */
export function buildClient(log: (line: string) => void): void {
  log('Building the web app…');
  const started = Date.now();
  let result = spawnSync('pnpm', ['--filter', '@debrief/client', 'build'], { cwd: rootDir, encoding: 'utf8' });
  if (result.error) {
    // No pnpm on the PATH: run the client's own Vite.
    const vite = path.join(
      path.dirname(createRequire(path.join(clientDir, 'package.json')).resolve('vite/package.json')),
      'bin',
      'vite.js',
    );
    result = spawnSync(process.execPath, [vite, 'build'], { cwd: clientDir, encoding: 'utf8' });
  }
  if (result.status !== 0) throw new Error(`The web app did not build:\n${result.stdout}\n${result.stderr}`);
  log(`  built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * The JavaScript the meeting page loads before it can work: every script and modulepreload that the built
 * index.html names, gzipped at level 9. Chunks loaded later (tldraw) are not named there, so they do not count.
 */
export function measureEntryScripts(distDir = clientDistDir): EntryScriptsResult {
  const html = fs.readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const files = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isScript = tag.startsWith('<script') && /\bsrc=/.test(tag);
    const isPreload = tag.startsWith('<link') && /\brel=["']?modulepreload/.test(tag);
    if (!isScript && !isPreload) continue;
    const url = /\b(?:src|href)=["']?([^"' >]+)/.exec(tag)?.[1];
    if (url && !/^[a-z]+:/i.test(url)) files.add(url.replace(/^\//, '').split(/[?#]/)[0] ?? url);
  }
  return measureScriptFiles([...files], distDir);
}

/** Sizes of built files, raw and gzipped at level 9. */
export function measureScriptFiles(files: readonly string[], distDir = clientDistDir): EntryScriptsResult {
  const scripts = files.map((file) => {
    const content = fs.readFileSync(path.join(distDir, file));
    return { file, bytes: content.byteLength, gzipBytes: gzipSync(content, { level: 9 }).byteLength };
  });
  return {
    scripts,
    gzipBytes: scripts.reduce((sum, script) => sum + script.gzipBytes, 0),
    bytes: scripts.reduce((sum, script) => sum + script.bytes, 0),
  };
}
