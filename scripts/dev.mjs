// `npm run dev`: the server with reload on :3000 and Vite with hot reload on :5173, proxying the API and websocket.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensurePackages, pnpmCommand, pnpmEnv, root } from './setup.mjs';

ensurePackages();
const [command, ...prefix] = pnpmCommand();
const port = process.env.PORT || '3000';
const env = {
  ...pnpmEnv(),
  DATA_DIR: process.env.DATA_DIR || path.join(root, 'data'),
  DEBRIEF_SERVER_URL: `http://localhost:${port}`,
};
const children = [
  spawn(command, [...prefix, '--filter', '@debrief/server', 'dev'], { cwd: root, env, stdio: 'inherit' }),
  spawn(command, [...prefix, '--filter', '@debrief/client', 'dev'], { cwd: root, env, stdio: 'inherit' }),
];
console.log(`Open http://localhost:5173 (the server runs on :${port}).`);
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', (code) => code && stop());
