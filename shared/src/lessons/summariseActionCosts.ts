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
  /** money per person-hour, when the incident's cost is in money */
  readonly hourlyRate?: number;
}

export interface ActionCostSummary {
  /** hours of every action still meant to happen (not "won't do") that has an estimate */
  readonly totalHours: number;
  readonly estimatedCount: number;
  readonly unestimatedCount: number;
  /**
   * the actions' cost over the incident's: in person-hours, or in money at the hourly rate; null when they cannot be
   * compared (no estimate of the incident, or money without an hourly rate)
   */
  readonly shareOfIncident: number | null;
  /** the actions' cost in the incident's money, at the hourly rate; null without one */
  readonly totalMoney: number | null;
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
  const rate = knownIncident && incidentCost.unit === 'money' ? (incidentCost.hourlyRate ?? null) : null;
  const totalMoney = rate === null ? null : totalHours * rate;
  const comparable = inPersonHours ? totalHours : totalMoney;
  const shareOfIncident =
    comparable !== null && knownIncident && incidentCost.amount > 0 ? comparable / incidentCost.amount : null;
  const exceedsIncident = comparable !== null && knownIncident && comparable > incidentCost.amount;

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
    const money = (value: number) => formatAmount(value, incidentCost.currency);
    if (totalMoney === null) {
      incident = `The incident cost about ${money(incidentCost.amount)}; add your team’s hourly rate in the Prepare stage to weigh the hours against it.`;
    } else {
      incident = `At the hourly rate, that is about ${money(totalMoney)}, against the incident’s ${money(incidentCost.amount)}.`;
      if (exceedsIncident)
        incident += ' The actions would cost more than the incident did: check each one is worth it.';
    }
  }
  return {
    totalHours,
    estimatedCount,
    unestimatedCount,
    shareOfIncident,
    totalMoney,
    exceedsIncident,
    message: `${effort} ${incident}`,
  };
}

function formatHours(hours: number, unit = 'hour'): string {
  const rounded = Math.round(hours * 10) / 10;
  return `${rounded} ${rounded === 1 ? unit : `${unit}s`}`;
}

/** '€4,400' with a currency, '4,400' without one. */
function formatAmount(value: number, currency: string | undefined): string {
  const rounded = Math.round(value);
  try {
    if (currency) {
      return new Intl.NumberFormat('en-GB', { style: 'currency', currency, maximumFractionDigits: 0 }).format(rounded);
    }
  } catch {
    // An unknown code is shown after the number instead.
    return `${new Intl.NumberFormat('en-GB').format(rounded)} ${currency}`;
  }
  return new Intl.NumberFormat('en-GB').format(rounded);
}
