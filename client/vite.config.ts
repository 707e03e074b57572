import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const serverUrl = process.env.DEBRIEF_SERVER_URL ?? 'http://localhost:3000';

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

export default defineConfig({
  plugins: [react(), preloadMeetingRoom()],
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
    sourcemap: true,
    rolldownOptions: {
      // shared/ holds only pure functions (no I/O, no globals), so the modules a page does not use can be left out.
      treeshake: { moduleSideEffects: (id: string) => !id.includes('/shared/src/') },
    },
  },
});
