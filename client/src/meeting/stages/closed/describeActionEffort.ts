import {
  type ActionCostSummary,
  formatHourlyRate,
  formatIncidentCost,
  formatMoney,
  type IncidentCost,
} from '@debrief/shared';

/** The actions' estimated effort beside what the incident cost, in a sentence or two for the record. */
export function describeActionEffort(costs: ActionCostSummary, incidentCost: IncidentCost | null): string {
  const counted = costs.estimatedCount + costs.unestimatedCount;
  const hours = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(costs.totalHours);
  const effort =
    counted === 0
      ? 'No action is planned any more.'
      : costs.estimatedCount === 0
        ? 'None of the actions has an estimate yet.'
        : `The actions are estimated at ${hours} ${costs.totalHours === 1 ? 'hour' : 'hours'} of work` +
          (costs.unestimatedCount > 0 ? ` (${costs.unestimatedCount} of ${counted} not estimated).` : '.');
  if (incidentCost === null) return `${effort} The incident’s cost was not estimated.`;
  const rate = formatHourlyRate(incidentCost);
  const inMoney =
    rate && costs.totalMoney !== null && costs.estimatedCount > 0
      ? ` At ${rate}, that is about ${formatMoney(Math.round(costs.totalMoney), incidentCost.currency)}.`
      : '';
  const incident = `${inMoney} The incident cost ${formatIncidentCost(incidentCost)}.`;
  return costs.exceedsIncident
    ? `${effort}${incident} The actions would cost more than the incident did.`
    : `${effort}${incident}`;
}
