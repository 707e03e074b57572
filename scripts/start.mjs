// `npm start`: install what is missing, build the web app, and serve Debrief on http://localhost:3000.
import path from 'node:path';
import { ensurePackages, pnpmOrExit, root, run } from './setup.mjs';

ensurePackages();
console.log('Building the web app…');
pnpmOrExit(['--filter', '@debrief/client', 'build']);
const env = { ...process.env, DATA_DIR: process.env.DATA_DIR || path.join(root, 'data') };
const serverDir = path.join(root, 'server');
process.exit(run(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: serverDir, env }));
