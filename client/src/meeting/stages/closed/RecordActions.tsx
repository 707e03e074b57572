import {
  ACTION_SIZE_HOURS,
  type Action,
  type ActionCostSummary,
  actionListWarnings,
  actionStatusLabels,
  actionTypeLabels,
  type IncidentCost,
  overreactionKindLabels,
  overreactionWarnings,
} from '@debrief/shared';
import { describeActionEffort } from './describeActionEffort.ts';
import { describeActionCost, formatDueDate } from './formatRecordValues.ts';

interface Props {
  readonly actions: readonly Action[];
  readonly costs: ActionCostSummary;
  readonly incidentCost: IncidentCost | null;
  readonly lessonTexts: Readonly<Record<string, string>>;
  /** the facilitator's limit on the list, for its warning */
  readonly maxActions: number;
}

/** The actions we agreed, each with its one owner, type, due date, status and estimate, weighed against the incident. */
export function RecordActions({ actions, costs, incidentCost, lessonTexts, maxActions }: Props) {
  const listWarnings = actionListWarnings(actions, incidentCost, maxActions);
  return (
    <section className="record-section" aria-labelledby="record-actions-heading">
      <h3 id="record-actions-heading" className="record-section__title">
        Actions
      </h3>
      {actions.length === 0 ? (
        <p className="record-missing">No actions were agreed.</p>
      ) : (
        <>
          <table className="record-actions">
            <thead>
              <tr>
                <th scope="col">Action</th>
                <th scope="col">Owner</th>
                <th scope="col">Type</th>
                <th scope="col">Due</th>
                <th scope="col">Status</th>
                <th scope="col">Estimate</th>
              </tr>
            </thead>
            <tbody>
              {actions.map((action) => {
                const answers = action.lessonCardIds.map((id) => lessonTexts[id]).filter(Boolean);
                const warnings = overreactionWarnings(action, incidentCost);
                return (
                  <tr key={action.id}>
                    <th scope="row" className="record-actions__title">
                      {action.title.trim() || 'Untitled action'}
                      {answers.length > 0 && (
                        <span className="record-actions__answers">Answers: {answers.join(' · ')}</span>
                      )}
                      {warnings.length > 0 && (
                        <ul className="record-warnings" aria-label="Worth a second look">
                          {warnings.map((warning) => (
                            <li key={warning.kind}>
                              <strong className="record-warnings__kind">{overreactionKindLabels[warning.kind]}:</strong>{' '}
                              {warning.message}
                            </li>
                          ))}
                        </ul>
                      )}
                    </th>
                    <td data-label="Owner">
                      {action.owner ? action.owner.name : <span className="record-missing">No owner</span>}
                    </td>
                    <td data-label="Type">
                      {action.type ? actionTypeLabels[action.type] : <span className="record-missing">—</span>}
                    </td>
                    <td data-label="Due">
                      {action.dueDate ? formatDueDate(action.dueDate) : <span className="record-missing">No date</span>}
                    </td>
                    <td data-label="Status">
                      <span className={`record-status record-status--${action.status}`}>
                        {actionStatusLabels[action.status]}
                      </span>
                    </td>
                    <td data-label="Estimate">
                      {action.cost ? (
                        describeActionCost(action.cost, ACTION_SIZE_HOURS)
                      ) : (
                        <span className="record-missing">Not estimated</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <p className="record-actions__costs" data-warning={costs.exceedsIncident ? 'true' : undefined}>
            {describeActionEffort(costs, incidentCost)}
          </p>
          {listWarnings.length > 0 && (
            <ul className="record-warnings record-warnings--list" aria-label="About the list of actions">
              {listWarnings.map((warning) => (
                <li key={warning.kind}>
                  <strong className="record-warnings__kind">{overreactionKindLabels[warning.kind]}:</strong>{' '}
                  {warning.message}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
