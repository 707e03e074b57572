import { formatDuration, type KeyMoments, type TimelineEvent } from '@debrief/shared';
import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import type * as Y from 'yjs';
import type { PersonalRequester } from '../../api/callPersonalEndpoint.ts';
import type { Person } from '../../presence/collectPresence.ts';
import { Icon } from '../../ui/Icon.tsx';
import { useListWindow } from '../../ui/useListWindow.ts';
import { groupEditorsByFocus } from '../editingPeople.ts';
import { formatSinceStart, formatZoned } from '../formatZoned.ts';
import { keyMomentLabels } from '../keyMomentNames.ts';
import { AddToTimeline } from './AddToTimeline.tsx';
import type { PasteDefaults } from './pasteDefaults.ts';
import { TIMELINE_EVENT_FOCUS, TimelineEventRow } from './TimelineEventRow.tsx';
import { buildTimelineRows, type TimelineRow } from './timelineRows.ts';
import './timeline.css';

interface Props {
  readonly doc: Y.Doc;
  readonly events: readonly TimelineEvent[];
  readonly keyMoments: KeyMoments;
  readonly defaults: PasteDefaults;
  readonly browserZone: string;
  readonly readOnly: boolean;
  readonly actorId: string;
  readonly actorName: string;
  readonly people: readonly Person[];
  readonly onFocusChange: (label: string | null, focusId?: string | null) => void;
  /** Keeps ids unique: 'prepare' or 'timeline'. */
  readonly idPrefix: string;
  /** Adding comes first while drafting (prepare), after the events while reviewing them (timeline). */
  readonly addFirst?: boolean;
  /** Events the server added from an outside tool, by id, with the tool's name. */
  readonly imported?: ReadonlyMap<string, string>;
  /** who asks the server to import a file of events; left out, there is no import */
  readonly requester?: PersonalRequester;
}

const noEditors: readonly never[] = [];
/** From this many events on, only the rows on screen and near it are rendered. */
const LONG_TIMELINE = 150;
/** Rows rendered at once when the timeline first shows; the rest follow in an interruptible transition. */
const FIRST_ROWS = 60;

/** The incident's events in time order, with the key moments among them, and the ways to add more. */
export function Timeline({
  doc,
  events,
  keyMoments,
  defaults,
  browserZone,
  readOnly,
  actorId,
  actorName,
  people,
  onFocusChange,
  idPrefix,
  addFirst = false,
  imported,
  requester,
}: Props) {
  const rows = useMemo(() => buildTimelineRows(events, keyMoments), [events, keyMoments]);
  const windowed = events.length > LONG_TIMELINE;
  const listRef = useRef<HTMLOListElement>(null);
  const rowKeys = useMemo(() => rows.map((row) => row.key), [rows]);
  const listWindow = useListWindow(listRef, rowKeys, windowed);
  // A timeline of a hundred events or so shows the first ones at once and the others a moment later.
  const [rowLimit, setRowLimit] = useState(FIRST_ROWS);
  useEffect(() => {
    if (!windowed && rows.length > rowLimit) startTransition(() => setRowLimit(Number.POSITIVE_INFINITY));
  }, [windowed, rows.length, rowLimit]);
  const shownRows = rows.length > rowLimit ? rows.slice(0, rowLimit) : rows;
  const editorsByEvent = useMemo(() => groupEditorsByFocus(people, TIMELINE_EVENT_FOCUS), [people]);
  const summary = useMemo(() => summarize(events), [events]);

  const renderRow = (row: TimelineRow) =>
    row.type === 'event' ? (
      <TimelineEventRow
        key={row.key}
        doc={doc}
        event={row.event}
        moments={row.moments}
        sinceStartMs={row.sinceStartMs}
        editors={editorsByEvent.get(row.event.id) ?? noEditors}
        readOnly={readOnly}
        actorId={actorId}
        actorName={actorName}
        browserZone={browserZone}
        idPrefix={idPrefix}
        onFocusChange={onFocusChange}
        importedFrom={imported?.get(row.event.id)}
      />
    ) : (
      <TimelineMarker key={row.key} row={row} />
    );

  const adding = readOnly ? null : (
    <AddToTimeline
      doc={doc}
      idPrefix={idPrefix}
      defaults={defaults}
      browserZone={browserZone}
      createdBy={actorId}
      requester={requester}
    />
  );

  return (
    <div className={`timeline${readOnly ? ' timeline--read-only' : ''}`}>
      {addFirst && adding}
      {events.length === 0 ? (
        <div className="empty-state timeline__empty">
          <Icon name="clock" />
          <p>
            {readOnly
              ? 'No events recorded yet. They appear here, in time order, as the team adds them.'
              : 'No events yet. Paste lines like “14:03 deploy started” into the box, one event per line, add them one at a time, or import a file from Slack, a spreadsheet, PagerDuty or your alerts. They sort themselves by time.'}
          </p>
        </div>
      ) : (
        <>
          <p className="timeline__summary">{summary}</p>
          <ol
            ref={listRef}
            className="timeline__list"
            aria-label="Timeline events"
            onFocus={listWindow.onFocus}
            onBlur={listWindow.onBlur}
          >
            {listWindow.segments
              ? // One flat list, so that a row keeps its element (and its focus) as gaps come and go around it.
                listWindow.segments.flatMap((segment) =>
                  segment.kind === 'gap' ? (
                    <li
                      key={segment.key}
                      className="timeline-gap"
                      data-list-gap=""
                      aria-hidden="true"
                      style={{ height: segment.px }}
                    />
                  ) : (
                    rows.slice(segment.from, segment.to + 1).map(renderRow)
                  ),
                )
              : shownRows.map(renderRow)}
          </ol>
        </>
      )}
      {!addFirst && adding}
    </div>
  );
}

/** A day heading, or a key moment from the incident facts. */
function TimelineMarker({ row }: { row: Exclude<TimelineRow, { type: 'event' }> }) {
  if (row.type === 'day') {
    return (
      <li className="timeline-day">
        <span className="timeline-day__label">{formatZoned(row.at, row.timeZone, 'weekdayDate')}</span>
      </li>
    );
  }
  return (
    <li className={`timeline-moment timeline-moment--${row.name}`}>
      <div className="timeline-event__when">
        <time className="timeline-event__time" dateTime={row.at}>
          {formatZoned(row.at, row.timeZone, 'time')}
        </time>
        <span className="timeline-event__zone">{formatZoned(row.at, row.timeZone, 'zone')}</span>
        {row.sinceStartMs !== null && row.name !== 'started' && (
          <span className="timeline-event__since">{formatSinceStart(row.sinceStartMs, formatDuration)}</span>
        )}
      </div>
      <span className="timeline-moment__dot" aria-hidden="true" />
      <p className="timeline-moment__label">
        <strong>{keyMomentLabels[row.name]}</strong>
        <span className="timeline-moment__source">from the incident facts</span>
      </p>
    </li>
  );
}

function summarize(events: readonly TimelineEvent[]): string {
  let openQuestions = 0;
  let learnedLater = 0;
  for (const event of events) {
    if (!event.knownAtTheTime) learnedLater++;
    for (const comment of event.comments) if (comment.kind === 'question' && !comment.resolved) openQuestions++;
  }
  const parts = [events.length === 1 ? '1 event' : `${events.length} events`];
  if (openQuestions > 0) parts.push(openQuestions === 1 ? '1 open question' : `${openQuestions} open questions`);
  if (learnedLater > 0) parts.push(`${learnedLater} learned later`);
  return parts.join(' · ');
}
