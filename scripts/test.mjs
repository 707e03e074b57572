// `npm test`: install what is missing, then lint, type-check, build, and run every test (unit, integration, browser).
// Extra arguments go to vitest, e.g. `npm test -- tests/integration`.
import fs from 'node:fs';
import path from 'node:path';
import { ensureDebianPackages, ensurePackages, pnpm, pnpmOrExit, root } from './setup.mjs';

const started = Date.now();
ensureDebianPackages([{ name: 'chromium', binary: process.env.CHROMIUM_PATH || '/usr/bin/chromium' }]);
ensurePackages();

console.log('\n▸ Lint and format (Biome)');
pnpmOrExit(['exec', 'biome', 'ci', '.']);
console.log('\n▸ Type-check');
pnpmOrExit(['-r', '--workspace-concurrency=1', 'typecheck']);
console.log('\n▸ Build the web app');
pnpmOrExit(['--filter', '@debrief/client', 'build']);

console.log('\n▸ Tests');
const resultsFile = path.join(root, '.vitest-results.json');
fs.rmSync(resultsFile, { force: true });
const status = pnpm([
  'exec',
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${resultsFile}`,
  ...process.argv.slice(2),
]);

let summary = null;
if (fs.existsSync(resultsFile)) {
  const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  summary = {
    passed: results.numPassedTests,
    failed: results.numFailedTests,
    skipped: results.numPendingTests + results.numTodoTests,
  };
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (!summary) {
  console.error('\nThe test runner wrote no results.');
  process.exit(status || 1);
}
console.log(`\nFinished in ${seconds} s`);
console.log(
  `${summary.passed} passed, ${summary.failed} failed${summary.skipped ? `, ${summary.skipped} skipped` : ''}`,
);
process.exit(status !== 0 || summary.failed > 0 || summary.passed === 0 ? status || 1 : 0);
