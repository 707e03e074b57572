import {
  ACTION_SIZE_HOURS,
  ACTION_SIZES,
  type Action,
  formatHourlyRate,
  formatIncidentCost,
  formatMoney,
  type IncidentCost,
  summariseActionCosts,
} from '@debrief/shared';
import { Icon } from '../../../ui/Icon.tsx';
import { formatHours } from './formatHours.ts';

interface Props {
  readonly actions: readonly Action[];
  readonly incidentCost: IncidentCost | null;
}

/** The actions' estimated effort next to what the incident cost, so nobody spends more on the cure than the illness. */
export function CostOverview({ actions, incidentCost }: Props) {
  const summary = summariseActionCosts(actions, incidentCost);
  const counted = summary.estimatedCount + summary.unestimatedCount;
  const share = summary.shareOfIncident;
  const rate = incidentCost ? formatHourlyRate(incidentCost) : null;
  // With the team's hourly rate, the actions are weighed in the incident's own money, so both sides read alike.
  const inMoney =
    rate !== null && summary.totalMoney !== null
      ? formatMoney(Math.round(summary.totalMoney), incidentCost?.currency)
      : null;

  return (
    <section className="cost-overview" data-exceeds={summary.exceedsIncident ? 'true' : undefined} aria-label="Cost">
      <div className="cost-overview__figures">
        <div className="cost-figure">
          <span className="cost-figure__label">The actions would cost</span>
          <strong className="cost-figure__value">
            {inMoney !== null ? `about ${inMoney}` : formatHours(summary.totalHours)}
          </strong>
          <span className="cost-figure__note">
            {inMoney !== null && `${formatHours(summary.totalHours)} at ${rate} · `}
            {counted === 0 ? 'No actions yet' : `${summary.estimatedCount} of ${counted} estimated`}
          </span>
        </div>
        <span className="cost-overview__versus" aria-hidden="true">
          <Icon name="scale" />
        </span>
        <div className="cost-figure">
          <span className="cost-figure__label">The incident cost</span>
          <strong className="cost-figure__value">
            {incidentCost ? formatIncidentCost(incidentCost) : 'Not estimated'}
          </strong>
          <span className="cost-figure__note">
            {incidentCost ? 'From the Prepare stage' : 'Add it in the Prepare stage'}
          </span>
        </div>
      </div>
      {share !== null && (
        <div
          className="cost-bar"
          role="img"
          aria-label={`The actions are ${Math.round(share * 100)}% of the incident's cost`}
        >
          <span className="cost-bar__fill" style={{ width: `${Math.min(share, 1) * 100}%` }} />
        </div>
      )}
      <p className="cost-overview__message">
        {summary.message}
        {incidentCost === null &&
          ' Add an estimate of the incident’s cost in the Prepare stage, with the other incident facts, to weigh the actions against it.'}
      </p>
      <p className="cost-overview__sizes">
        Sizes: {ACTION_SIZES.map((size) => `${size} ≈ ${formatHours(ACTION_SIZE_HOURS[size])}`).join(' · ')}. Actions
        marked won’t do are not counted.
      </p>
    </section>
  );
}
