import * as Y from 'yjs';
import { ContentRoot, getContentMap, getMetaMap } from '../doc/docSchema.ts';
import { readMeetingMeta } from '../doc/meetingMeta.ts';
import type { Severity } from '../protocol/httpApi.ts';
import { replaceText } from '../text/replaceText.ts';
import { type IncidentCost, parseIncidentCost } from './incidentCost.ts';
import { type IncidentWriteResult, refused, written } from './incidentWriteResult.ts';
import { parseZonedInstant, type ZonedInstant } from './zonedInstant.ts';

/** The four moments of an incident people record. */
export const IncidentMoment = {
  started: 'started',
  detected: 'detected',
  mitigated: 'mitigated',
  resolved: 'resolved',
} as const;

export type IncidentMoment = (typeof IncidentMoment)[keyof typeof IncidentMoment];

/** Every incident moment, in the order they happen. */
export const INCIDENT_MOMENTS: readonly IncidentMoment[] = Object.values(IncidentMoment);

/** Plain-English names of the incident moments. */
export const incidentMomentLabels: Record<IncidentMoment, string> = {
  started: 'Started',
  detected: 'Detected (we became aware)',
  mitigated: 'Mitigated',
  resolved: 'Resolved',
};

/** The incident facts people type into together, each a Y.Text. */
export const IncidentFactText = {
  howWeBecameAware: 'howWeBecameAware',
  impact: 'impact',
  howItWasSolved: 'howItWasSolved',
} as const;

export type IncidentFactText = (typeof IncidentFactText)[keyof typeof IncidentFactText];

/** Every collaborative incident text, in the order the prepare view asks for them. */
export const INCIDENT_FACT_TEXTS: readonly IncidentFactText[] = Object.values(IncidentFactText);

/** The questions each incident text answers. */
export const incidentFactTextLabels: Record<IncidentFactText, string> = {
  howWeBecameAware: 'How did we become aware?',
  impact: 'Impact: who and what was affected, and for how long?',
  howItWasSolved: 'How and when was it solved?',
};

/** Keys of the facts map: one plain `{ at, timeZone }` per moment, a Y.Text per text, and the cost record. */
const FactKey = {
  started: 'startedAt',
  detected: 'detectedAt',
  mitigated: 'mitigatedAt',
  resolved: 'resolvedAt',
  cost: 'cost',
} as const;

/** Everything prepared about the incident, as plain values. */
export interface IncidentFacts {
  /** From the meeting meta, where the title lives. */
  readonly title: string;
  /** From the meeting meta, where the severity lives. */
  readonly severity: Severity;
  readonly started: ZonedInstant | null;
  readonly detected: ZonedInstant | null;
  readonly mitigated: ZonedInstant | null;
  readonly resolved: ZonedInstant | null;
  readonly howWeBecameAware: string;
  readonly impact: string;
  readonly howItWasSolved: string;
  readonly cost: IncidentCost | null;
}

/** The longest incident text accepted, in characters. */
export const MAX_INCIDENT_TEXT_LENGTH = 20_000;

/** Reads the incident facts (and title and severity from the meta) as plain values. */
export function readIncidentFacts(doc: Y.Doc): IncidentFacts {
  const facts = getContentMap(doc, ContentRoot.facts);
  const meta = readMeetingMeta(doc);
  const cost = parseIncidentCost(facts.get(FactKey.cost));
  return {
    title: meta.title,
    severity: meta.severity,
    started: parseZonedInstant(facts.get(FactKey.started)),
    detected: parseZonedInstant(facts.get(FactKey.detected)),
    mitigated: parseZonedInstant(facts.get(FactKey.mitigated)),
    resolved: parseZonedInstant(facts.get(FactKey.resolved)),
    howWeBecameAware: readFactText(facts.get(IncidentFactText.howWeBecameAware)),
    impact: readFactText(facts.get(IncidentFactText.impact)),
    howItWasSolved: readFactText(facts.get(IncidentFactText.howItWasSolved)),
    cost: cost.ok ? cost.cost : null,
  };
}

/** Sets (or clears, with null) when the incident started, was detected, mitigated or resolved. */
export function setIncidentTime(doc: Y.Doc, moment: IncidentMoment, value: ZonedInstant | null): IncidentWriteResult {
  if (!INCIDENT_MOMENTS.includes(moment)) return refused('Unknown incident moment');
  const key = FactKey[moment];
  const facts = getContentMap(doc, ContentRoot.facts);
  if (value === null) {
    doc.transact(() => facts.delete(key));
    return written;
  }
  const instant = parseZonedInstant(value);
  if (instant === null) return refused('Give a date, a time and a time zone such as Europe/Berlin');
  doc.transact(() => facts.set(key, { at: instant.at, timeZone: instant.timeZone }));
  return written;
}

/** Sets (or clears, with null) the estimated cost of the incident. */
export function setIncidentCost(doc: Y.Doc, cost: IncidentCost | null): IncidentWriteResult {
  const facts = getContentMap(doc, ContentRoot.facts);
  if (cost === null) {
    doc.transact(() => facts.delete(FactKey.cost));
    return written;
  }
  const parsed = parseIncidentCost(cost);
  if (!parsed.ok) return refused(parsed.message);
  doc.transact(() => facts.set(FactKey.cost, { ...parsed.cost }));
  return written;
}

/**
 * Creates the incident's Y.Texts that do not exist yet (keeping any plain text found there). Two clients
 * creating the same text at once keep only one of them, so the server should call this when it creates a
 * meeting; clients that may write call it after their first sync. Observers must not call it.
 */
export function ensureIncidentFactTexts(doc: Y.Doc): void {
  const facts = getContentMap(doc, ContentRoot.facts);
  const missing = INCIDENT_FACT_TEXTS.filter((field) => !(facts.get(field) instanceof Y.Text));
  if (missing.length === 0) return;
  doc.transact(() => {
    for (const field of missing) {
      const previous = facts.get(field);
      facts.set(field, new Y.Text(typeof previous === 'string' ? previous : ''));
    }
  });
}

/**
 * The Y.Text of an incident text for binding to an editor, or null before ensureIncidentFactTexts ran.
 * Look it up again when the facts change: a concurrent creation elsewhere may replace it.
 */
export function getIncidentFactText(doc: Y.Doc, field: IncidentFactText): Y.Text | null {
  const text = getContentMap(doc, ContentRoot.facts).get(field);
  return text instanceof Y.Text ? text : null;
}

/** Replaces an incident text with `value`, editing only the span that changed so concurrent typing merges. */
export function replaceIncidentFactText(doc: Y.Doc, field: IncidentFactText, value: string): IncidentWriteResult {
  if (!INCIDENT_FACT_TEXTS.includes(field)) return refused('Unknown incident text');
  if (typeof value !== 'string') return refused('The text must be text');
  if (value.length > MAX_INCIDENT_TEXT_LENGTH) {
    return refused(`This text can be at most ${MAX_INCIDENT_TEXT_LENGTH} characters long`);
  }
  doc.transact(() => {
    ensureIncidentFactTexts(doc);
    const text = getIncidentFactText(doc, field);
    if (text) replaceText(text, value);
  });
  return written;
}

/** Calls `listener` after every change to the incident facts, evidence, schedule or meta; returns the unsubscribe. */
export function observeIncidentFacts(doc: Y.Doc, listener: () => void): () => void {
  const maps = [
    getContentMap(doc, ContentRoot.facts),
    getContentMap(doc, ContentRoot.evidence),
    getContentMap(doc, ContentRoot.schedule),
    getMetaMap(doc),
  ];
  const onChange = () => listener();
  for (const map of maps) map.observeDeep(onChange);
  return () => {
    for (const map of maps) map.unobserveDeep(onChange);
  };
}

function readFactText(value: unknown): string {
  if (value instanceof Y.Text) return value.toString();
  return typeof value === 'string' ? value : '';
}
