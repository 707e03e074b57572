import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const serverUrl = process.env.DEBRIEF_SERVER_URL ?? 'http://localhost:3000';

/**
 * lib0's DOM helpers, which Yjs's logging imports, build four type checks with lib0's schema module at load time,
 * and so bring all of it (2.3 kB gzip) into every page, where nothing uses them. They get this one-line stand-in.
 */
function lightLib0Schema(): Plugin {
  const id = '\0debrief:lib0-dom-schema';
  return {
    name: 'debrief:light-lib0-schema',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      return source === './schema.js' && importer?.replaceAll('\\', '/').endsWith('/lib0/dom.js') ? id : null;
    },
    load(loaded) {
      return loaded === id ? 'export const $custom = (check) => ({ check });' : null;
    },
    transform(code, module) {
      if (!module.replaceAll('\\', '/').endsWith('/lib0/dom.js')) return null;
      // A newer lib0 that calls more of the schema module must not get a stand-in that lacks it.
      const calls = new Set([...code.matchAll(/\$\.(\$?\w+)\(/g)].map((match) => match[1]));
      const missing = [...calls].filter((name) => name !== '$custom');
      if (missing.length > 0) this.error(`lib0/dom.js now calls schema.${missing.join(', ')}: update lightLib0Schema`);
      return null;
    },
  };
}

/**
 * Names the meeting room's chunk in index.html as a module preload, so it downloads beside the entry instead of
 * after it has run: a meeting link needs it at once, and the home page leads to a meeting.
 */
function preloadMeetingRoom(): Plugin {
  return {
    name: 'debrief:preload-meeting-room',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunks = Object.values(context.bundle ?? {});
        const room = chunks.find(
          (chunk) => chunk.type === 'chunk' && chunk.facadeModuleId?.endsWith('/src/meeting/MeetingPage.tsx'),
        );
        if (room?.type !== 'chunk') return [];
        const entries = new Set(
          chunks.filter((chunk) => chunk.type === 'chunk' && chunk.isEntry).map((c) => c.fileName),
        );
        const scripts = [room.fileName, ...room.imports].filter((file) => !entries.has(file));
        const styles = [...(room.viteMetadata?.importedCss ?? [])];
        return [
          ...scripts.map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
            injectTo: 'head' as const,
          })),
          ...styles.map((file) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `/${file}` },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}

/**
 * Writes the document schema version into index.html, whose inline script opens a meeting's sync connections before
 * the app's code has loaded and must ask for them exactly as the app does.
 */
function docSchemaVersionInHtml(): Plugin {
  const schema = fs.readFileSync(new URL('../shared/src/doc/docSchema.ts', import.meta.url), 'utf8');
  const version = /export const DOC_SCHEMA_VERSION = (\d+);/.exec(schema)?.[1];
  if (version === undefined) throw new Error('DOC_SCHEMA_VERSION not found in shared/src/doc/docSchema.ts');
  return {
    name: 'debrief:doc-schema-version-in-html',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html.replaceAll('%DEBRIEF_DOC_SCHEMA_VERSION%', version),
    },
  };
}

/**
 * Writes a brotli and a gzip copy beside each built script, style and other text asset, once, at build time: the
 * server sends the one the browser accepts (a third of the bytes, or less) without compressing on every request.
 */
function precompressAssets(): Plugin {
  let outDir = 'dist';
  return {
    name: 'debrief:precompress-assets',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const assets = path.join(outDir, 'assets');
      if (!fs.existsSync(assets)) return;
      for (const name of fs.readdirSync(assets)) {
        if (!/\.(js|css|json|svg|txt)$/.test(name)) continue;
        const file = path.join(assets, name);
        const bytes = fs.readFileSync(file);
        if (bytes.byteLength < 1024) continue;
        // The board's megabytes would take seconds at brotli's best; its next level down is nearly as small.
        const quality = bytes.byteLength > 1_000_000 ? 9 : zlib.constants.BROTLI_MAX_QUALITY;
        fs.writeFileSync(
          `${file}.br`,
          zlib.brotliCompressSync(bytes, {
            params: {
              [zlib.constants.BROTLI_PARAM_QUALITY]: quality,
              [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
            },
          }),
        );
        fs.writeFileSync(`${file}.gz`, zlib.gzipSync(bytes, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), lightLib0Schema(), preloadMeetingRoom(), docSchemaVersionInHtml(), precompressAssets()],
  // Its JSON and font imports are for the bundler to turn into URLs, not for the dev server to pre-bundle.
  optimizeDeps: { exclude: ['@tldraw/assets'] },
  server: {
    port: 5173,
    proxy: {
      '/api': serverUrl,
      '/health': serverUrl,
      '/sync': { target: serverUrl, ws: true },
    },
  },
  build: {
    outDir: 'dist',
    // Every browser Debrief supports preloads modules itself.
    modulePreload: { polyfill: false },
    // The board's fonts, icons and translations stay files: tldraw fetches translations, and the page may fetch only
    // from its own origin, not from inlined data: addresses.
    assetsInlineLimit: (file: string) => (file.replaceAll('\\', '/').includes('/@tldraw/assets/') ? false : undefined),
    // Source maps would publish the source to anyone; a production build ships none.
    sourcemap: false,
    rolldownOptions: {
      // shared/ holds only pure functions (no I/O, no globals), so the modules a page does not use can be left out.
      treeshake: { moduleSideEffects: (id: string) => !id.includes('/shared/src/') },
      output: {
        // The entry and everything it imports statically are one chunk: the page loads all of it before it is usable
        // anyway, and otherwise each module a lazy chunk (such as the board) shares with it becomes a chunk of its own.
        codeSplitting: { groups: [{ name: 'index', test: /[\\/]client[\\/]src[\\/]main\.tsx$/ }] },
      },
    },
  },
});
