import { addIncidentEvidence, type EvidenceLink, removeIncidentEvidence } from '@debrief/shared';
import { useState } from 'react';
import type * as Y from 'yjs';
import { EvidenceForm } from '../../../incident/EvidenceForm.tsx';
import { EvidenceList } from '../../../incident/EvidenceList.tsx';
import { FieldError } from '../../../incident/FieldError.tsx';
import { PrepareSection } from './PrepareSection.tsx';

interface Props {
  readonly doc: Y.Doc;
  readonly evidence: readonly EvidenceLink[];
  readonly readOnly: boolean;
  readonly addedBy: string;
}

/** Links to what shows what happened: logs, merge requests, CI runs, chat messages, dashboards, documents. */
export function IncidentEvidenceSection({ doc, evidence, readOnly, addedBy }: Props) {
  const [error, setError] = useState<string | null>(null);
  return (
    <PrepareSection
      id="prepare-evidence"
      title="Evidence"
      hint="Links to what shows what happened. Attach links about one moment to that event in the timeline."
    >
      {evidence.length === 0 ? (
        <p className="empty-state evidence-empty">
          {readOnly
            ? 'No evidence attached yet.'
            : 'No evidence yet. Add links to the logs, merge or pull requests, CI runs, chat messages, dashboards or documents that show what happened.'}
        </p>
      ) : (
        <EvidenceList
          links={evidence}
          readOnly={readOnly}
          label="Evidence for the incident"
          onRemove={(id) => {
            const result = removeIncidentEvidence(doc, id);
            setError(result.ok ? null : result.message);
          }}
        />
      )}
      <FieldError message={error} />
      {!readOnly && (
        <EvidenceForm id="prepare-evidence" addedBy={addedBy} onAdd={(link) => addIncidentEvidence(doc, link)} />
      )}
    </PrepareSection>
  );
}
