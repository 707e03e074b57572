import {
  type EvidenceLink,
  type IncidentFacts,
  type MeetingMeta,
  type MeetingSchedule,
  observeIncidentFacts,
  readIncidentEvidence,
  readIncidentFacts,
  readMeetingMeta,
  readMeetingSchedule,
} from '@debrief/shared';
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { docVersion } from '../sync/docVersion.ts';
import { onNextFrame } from './onNextFrame.ts';

/** Everything prepared about the incident, as plain values. */
export interface IncidentRecord {
  readonly facts: IncidentFacts;
  readonly evidence: readonly EvidenceLink[];
  readonly schedule: MeetingSchedule | null;
  readonly meta: MeetingMeta;
}

function readIncidentRecord(doc: Y.Doc): IncidentRecord {
  return {
    facts: readIncidentFacts(doc),
    evidence: readIncidentEvidence(doc),
    schedule: readMeetingSchedule(doc),
    meta: readMeetingMeta(doc),
  };
}

/** The incident facts, evidence, meeting schedule and meta, read again once per frame while anyone changes them. */
export function useIncidentFacts(doc: Y.Doc): IncidentRecord {
  const [initial] = useState(() => ({ doc, version: docVersion(doc), record: readIncidentRecord(doc) }));
  const [record, setRecord] = useState(initial.record);

  useEffect(() => {
    let cancel: (() => void) | null = null;
    const refresh = () => {
      cancel = null;
      setRecord(readIncidentRecord(doc));
    };
    if (initial.doc !== doc || initial.version !== docVersion(doc)) refresh();
    const stop = observeIncidentFacts(doc, () => {
      cancel ??= onNextFrame(refresh);
    });
    return () => {
      stop();
      cancel?.();
    };
  }, [doc, initial]);

  return record;
}
