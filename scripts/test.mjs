// `npm test`: install what is missing, then lint, type-check, build, and run every test (unit, integration, browser).
// Extra arguments go to vitest, e.g. `npm test -- tests/integration`.
import fs from 'node:fs';
import path from 'node:path';
import { ensureDebianPackages, ensurePackages, pnpm, pnpmOrExit, root } from './setup.mjs';

const started = Date.now();
ensureDebianPackages([
  { name: 'chromium', binary: process.env.CHROMIUM_PATH || '/usr/bin/chromium' },
  // Real engines for the tests of several instances: throw-away servers on free ports, started by the tests.
  { name: 'postgresql', binary: '/usr/bin/pg_ctlcluster' },
  { name: 'redis-server', binary: '/usr/bin/redis-server' },
]);
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
  // A test that passed with failure messages failed its first try and passed its second (see vitest.config.ts).
  const secondTries = results.testResults.flatMap((file) =>
    file.assertionResults
      .filter((test) => test.status === 'passed' && test.failureMessages.length > 0)
      .map((test) => ({
        name: `${path.relative(root, file.name)} › ${test.fullName}`,
        error: test.failureMessages[0],
      })),
  );
  for (const { name, error } of secondTries) {
    console.log(`\nFLAKY: passed only on its second try: ${name}\nIts first try failed with:\n${error}`);
  }
  summary = {
    passed: results.numPassedTests,
    failed: results.numFailedTests,
    skipped: results.numPendingTests + results.numTodoTests,
    flaky: secondTries.length,
  };
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (!summary) {
  console.error('\nThe test runner wrote no results.');
  process.exit(status || 1);
}
console.log(`\nFinished in ${seconds} s`);
console.log(
  `${summary.passed} passed${summary.flaky ? ` (${summary.flaky} of them on a second try)` : ''}, ${summary.failed} failed${summary.skipped ? `, ${summary.skipped} skipped` : ''}`,
);
process.exit(status !== 0 || summary.failed > 0 || summary.passed === 0 ? status || 1 : 0);
