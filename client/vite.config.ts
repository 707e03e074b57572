import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const serverUrl = process.env.DEBRIEF_SERVER_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
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
    sourcemap: true,
  },
});
