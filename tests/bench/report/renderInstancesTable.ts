import type { FanOutScenario } from '../workloads/runFanOut.ts';
import { DEPLOYMENTS, type Deployment, type DeploymentFanOut, deploymentLabels } from '../workloads/runTwoInstances.ts';
import { latencyCell, latencyRatio, numberCell, ratio } from './renderTable.ts';

/**
 * Fan-out by way of deployment, as a Markdown table: one instance on SQLite and on PostgreSQL, and two instances
 * sharing meetings through Redis with each room's writer on one and its readers on the other.
 */
export function renderInstancesTable(
  scenarios: readonly FanOutScenario[],
  results: readonly DeploymentFanOut[],
): string {
  const find = (scenario: string, deployment: Deployment) =>
    results.find((result) => result.scenario === scenario && result.deployment === deployment) ?? null;
  const rows = scenarios.map((scenario) => {
    const stats = (deployment: Deployment) => find(scenario.id, deployment)?.stats?.allReceived ?? null;
    return [
      `${scenario.label} (ms, p50 / p95 / p99 / max)`,
      ...DEPLOYMENTS.map((deployment) => latencyCell(stats(deployment))),
      latencyRatio(stats('two-instances'), stats('sqlite')),
    ];
  });
  const cpuPer1000 = (deployment: Deployment) => {
    const runs = results.filter((result) => result.deployment === deployment && result.stats);
    const deliveries = runs.reduce((sum, run) => sum + (run.stats?.deliveries ?? 0), 0);
    const cpuMs = runs.reduce((sum, run) => sum + (run.serverCpuMs ?? 0), 0);
    return deliveries > 0 ? (cpuMs * 1000) / deliveries : null;
  };
  rows.push([
    'server CPU per 1,000 deliveries, every instance added up (ms)',
    ...DEPLOYMENTS.map((deployment) => numberCell(cpuPer1000(deployment))),
    ratio(cpuPer1000('two-instances'), cpuPer1000('sqlite')),
  ]);
  const header = ['workload', ...DEPLOYMENTS.map((deployment) => deploymentLabels[deployment]), 'two ÷ one (SQLite)'];
  return [header, ['---', '---:', '---:', '---:', '---:'], ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
}
