import { type ActionCost, actionCostHours } from './actionCost.ts';
import type { ActionStatus } from './actionStatuses.ts';

/**
 * The incident's estimated cost, as the incident facts record it. Declared here, structurally, so the
 * lessons model does not depend on the incident model.
 */
export interface IncidentCostEstimate {
  readonly amount: number;
  readonly unit: 'money' | 'person-hours';
  readonly currency?: string;
}

export interface ActionCostSummary {
  /** hours of every action still meant to happen (not "won't do") that has an estimate */
  readonly totalHours: number;
  readonly estimatedCount: number;
  readonly unestimatedCount: number;
  /** the actions' hours over the incident's person-hours; null unless the incident's cost is in person-hours */
  readonly shareOfIncident: number | null;
  /** the actions would cost more than the incident did: worth a second look */
  readonly exceedsIncident: boolean;
  /** one or two plain sentences for the UI */
  readonly message: string;
}

/** Weighs the actions' estimated effort against what the incident cost. */
export function summariseActionCosts(
  actions: readonly { readonly cost: ActionCost | null; readonly status: ActionStatus }[],
  incidentCost: IncidentCostEstimate | null,
): ActionCostSummary {
  let totalHours = 0;
  let estimatedCount = 0;
  let unestimatedCount = 0;
  for (const action of actions) {
    if (action.status === 'wont-do') continue;
    const hours = actionCostHours(action.cost);
    if (hours === null) unestimatedCount++;
    else {
      estimatedCount++;
      totalHours += hours;
    }
  }
  const counted = estimatedCount + unestimatedCount;
  const knownIncident = incidentCost !== null && Number.isFinite(incidentCost.amount) && incidentCost.amount >= 0;
  const inPersonHours = knownIncident && incidentCost.unit === 'person-hours';
  const shareOfIncident = inPersonHours && incidentCost.amount > 0 ? totalHours / incidentCost.amount : null;
  const exceedsIncident = inPersonHours && totalHours > incidentCost.amount;

  const effort =
    counted === 0
      ? 'No actions yet.'
      : `The actions are estimated at ${formatHours(totalHours)}` +
        (unestimatedCount > 0 ? ` (${unestimatedCount} of ${counted} not estimated yet).` : '.');
  let incident = 'The incident’s cost is not estimated yet.';
  if (inPersonHours) {
    incident = `The incident cost about ${formatHours(incidentCost.amount, 'person-hour')}.`;
    if (exceedsIncident) incident += ' The actions would cost more than the incident did: check each one is worth it.';
  } else if (knownIncident) {
    const amount = incidentCost.currency ? `${incidentCost.amount} ${incidentCost.currency}` : `${incidentCost.amount}`;
    incident = `The incident cost about ${amount}; weigh the hours above at your team’s rate.`;
  }
  return {
    totalHours,
    estimatedCount,
    unestimatedCount,
    shareOfIncident,
    exceedsIncident,
    message: `${effort} ${incident}`,
  };
}

function formatHours(hours: number, unit = 'hour'): string {
  const rounded = Math.round(hours * 10) / 10;
  return `${rounded} ${rounded === 1 ? unit : `${unit}s`}`;
}
