import { type IncidentFacts, SEVERITIES, type Severity, setSeverity, severityLabels } from '@debrief/shared';
import { useState } from 'react';
import type * as Y from 'yjs';
import { EditingAvatars } from '../../../incident/EditingAvatars.tsx';
import { FieldError } from '../../../incident/FieldError.tsx';
import type { Person } from '../../../presence/collectPresence.ts';
import { SeverityBadge } from '../../../ui/SeverityBadge.tsx';
import { fieldPresence } from './fieldPresence.ts';
import { IncidentCostField } from './IncidentCostField.tsx';
import { IncidentTitleField } from './IncidentTitleField.tsx';
import { PrepareSection } from './PrepareSection.tsx';

interface Props {
  readonly doc: Y.Doc;
  readonly facts: IncidentFacts;
  readonly readOnly: boolean;
  readonly people: readonly Person[];
  readonly onFocusChange: (label: string | null, focusId?: string | null) => void;
}

/** The incident's title, severity and estimated cost. */
export function IncidentBasicsSection({ doc, facts, readOnly, people, onFocusChange }: Props) {
  const [error, setError] = useState<string | null>(null);
  const title = fieldPresence(people, onFocusChange, readOnly, 'Title', 'incident-fact:title');
  const cost = fieldPresence(people, onFocusChange, readOnly, 'Estimated cost', 'incident-fact:cost');

  return (
    <PrepareSection id="prepare-basics" title="The incident">
      {readOnly ? (
        <div className="basics-grid">
          <div className="field">
            <span className="field-label">Title</span>
            <p className="read-only-value">{facts.title || 'Untitled'}</p>
          </div>
          <div className="field">
            <span className="field-label">Severity</span>
            <p className="read-only-value">
              <SeverityBadge severity={facts.severity} />
            </p>
          </div>
        </div>
      ) : (
        <div className="basics-grid">
          <div className="basics-grid__title">
            <IncidentTitleField doc={doc} title={facts.title} onFocus={title.onFocus} onBlur={title.onBlur} />
            <EditingAvatars editors={title.editors} />
          </div>
          <div className="field">
            <label className="field-label" htmlFor="prepare-severity">
              Severity
            </label>
            <select
              id="prepare-severity"
              className="input"
              value={facts.severity}
              onChange={(event) => {
                const result = setSeverity(doc, event.currentTarget.value as Severity);
                setError(result.ok ? null : result.message);
              }}
            >
              {SEVERITIES.map((severity) => (
                <option key={severity} value={severity}>
                  {severityLabels[severity]}
                </option>
              ))}
            </select>
            <FieldError message={error} />
          </div>
        </div>
      )}
      <div className="cost-row">
        <IncidentCostField
          doc={doc}
          cost={facts.cost}
          readOnly={readOnly}
          onFocus={cost.onFocus}
          onBlur={cost.onBlur}
        />
        <EditingAvatars editors={cost.editors} />
      </div>
    </PrepareSection>
  );
}
