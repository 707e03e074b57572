import {
  addEventEvidence,
  deleteTimelineEvent,
  formatDuration,
  getTimelineEventText,
  removeEventEvidence,
  TIMELINE_EVENT_KINDS,
  type TimelineEvent,
  type TimelineEventKind,
  timelineEventKindLabels,
  updateTimelineEvent,
} from '@debrief/shared';
import { type CSSProperties, type FocusEvent, memo, useEffect, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { CoachedTextArea } from '../../coach/CoachedTextArea.tsx';
import { Icon } from '../../ui/Icon.tsx';
import { lazyComponent } from '../../ui/lazyComponent.tsx';
import { EditingAvatars } from '../EditingAvatars.tsx';
import { EvidenceForm } from '../EvidenceForm.tsx';
import { EvidenceList } from '../EvidenceList.tsx';
import { type Editor, sameEditors } from '../editingPeople.ts';
import { FieldError } from '../FieldError.tsx';
import { formatSinceStart, formatZoned } from '../formatZoned.ts';
import { type KeyMomentName, keyMomentLabels } from '../keyMomentNames.ts';
import { EventThread } from './EventThread.tsx';
import { isSameTimelineEvent } from './sameTimelineEvent.ts';

// Forms that open behind a row's buttons: fetched when someone points at or tabs to the buttons.
const EventTimeForm = lazyComponent(() => import('./EventTimeForm.tsx').then((module) => module.EventTimeForm));
const EventCommentForm = lazyComponent(() =>
  import('./EventCommentForm.tsx').then((module) => module.EventCommentForm),
);

export interface TimelineEventRowProps {
  readonly doc: Y.Doc;
  readonly event: TimelineEvent;
  readonly moments: readonly KeyMomentName[];
  readonly sinceStartMs: number | null;
  /** The others editing this event right now. */
  readonly editors: readonly Editor[];
  readonly readOnly: boolean;
  readonly actorId: string;
  readonly actorName: string;
  readonly browserZone: string;
  /** Keeps ids unique when two timelines are on one page. */
  readonly idPrefix: string;
  readonly onFocusChange: (label: string | null, focusId?: string | null) => void;
  /** The outside tool the server added this event from, such as 'Alertmanager'; undefined when people added it. */
  readonly importedFrom?: string;
}

type Panel = 'time' | 'evidence' | 'comment' | 'delete' | null;

/** Presence focus ids of timeline events start with this, followed by the event id. */
export const TIMELINE_EVENT_FOCUS = 'timeline-event:';

/**
 * One event: its time, kind, what happened (typed together), whether it was known at the time, its evidence and
 * its thread. Rendered again only when something it shows changes: the description updates itself as people type.
 */
export const TimelineEventRow = memo(function TimelineEventRow({
  doc,
  event,
  moments,
  sinceStartMs,
  editors,
  readOnly,
  actorId,
  actorName,
  browserZone,
  idPrefix,
  onFocusChange,
  importedFrom,
}: TimelineEventRowProps) {
  const [panel, setPanel] = useState<Panel>(null);
  // The action whose button gets the focus back when its form closes, for people using a keyboard.
  const [returnTo, setReturnTo] = useState<Panel>(null);
  const [error, setError] = useState<string | null>(null);
  const actionsRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (panel !== null || returnTo === null) return;
    actionsRef.current?.querySelector<HTMLButtonElement>(`[data-action="${returnTo}"]`)?.focus();
    setReturnTo(null);
  }, [panel, returnTo]);
  const text = getTimelineEventText(doc, event.id);
  const time = formatZoned(event.at, event.timeZone, 'time');
  const zone = formatZoned(event.at, event.timeZone, 'zone');
  const eventName = `the event at ${time}`;
  const id = `${idPrefix}-event-${event.id}`;
  const openQuestions = event.comments.filter((comment) => comment.kind === 'question' && !comment.resolved).length;

  const write = (result: { ok: boolean; message?: string }) => setError(result.ok ? null : (result.message ?? null));
  const close = () => {
    setReturnTo(panel);
    setPanel(null);
  };

  const reportFocus = () => {
    if (!readOnly) onFocusChange(`event at ${time}`, `${TIMELINE_EVENT_FOCUS}${event.id}`);
  };
  const reportBlur = (focusEvent: FocusEvent<HTMLElement>) => {
    if (!readOnly && !focusEvent.currentTarget.contains(focusEvent.relatedTarget as Node | null)) onFocusChange(null);
  };

  const classes = [
    'timeline-event',
    `kind--${event.kind}`,
    moments.length > 0 ? 'timeline-event--key' : '',
    editors.length > 0 ? 'timeline-event--edited' : '',
    event.knownAtTheTime ? '' : 'timeline-event--learned-later',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <li
      className={classes}
      data-event-id={event.id}
      style={editors[0] ? ({ '--editor-color': editors[0].color } as CSSProperties) : undefined}
      onFocus={reportFocus}
      onBlur={reportBlur}
    >
      <div className="timeline-event__when">
        <time className="timeline-event__time" dateTime={event.at}>
          {time}
        </time>
        <span className="timeline-event__zone">{zone}</span>
        {sinceStartMs !== null && (
          <span className="timeline-event__since" title="Time since the incident started">
            {formatSinceStart(sinceStartMs, formatDuration)}
          </span>
        )}
      </div>
      <span className="timeline-event__dot" aria-hidden="true" />
      <div className="timeline-event__body">
        <div className="timeline-event__meta">
          {moments.map((moment) => (
            <span key={moment} className={`key-tag key-tag--${moment}`}>
              <Icon name="clock" />
              {keyMomentLabels[moment]}
            </span>
          ))}
          {readOnly ? (
            <>
              <span className="kind-pill">{timelineEventKindLabels[event.kind]}</span>
              <span className={`known-pill${event.knownAtTheTime ? '' : ' known-pill--later'}`}>
                {event.knownAtTheTime ? 'Known at the time' : 'Learned later'}
              </span>
            </>
          ) : (
            <>
              <select
                className="pill-select kind-pill"
                value={event.kind}
                aria-label={`Kind of ${eventName}`}
                onChange={(change) =>
                  write(updateTimelineEvent(doc, event.id, { kind: change.currentTarget.value as TimelineEventKind }))
                }
              >
                {TIMELINE_EVENT_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {timelineEventKindLabels[kind]}
                  </option>
                ))}
              </select>
              <select
                className={`pill-select known-pill${event.knownAtTheTime ? '' : ' known-pill--later'}`}
                value={event.knownAtTheTime ? 'known' : 'later'}
                aria-label={`Was ${eventName} known at the time?`}
                onChange={(change) =>
                  write(updateTimelineEvent(doc, event.id, { knownAtTheTime: change.currentTarget.value === 'known' }))
                }
              >
                <option value="known">Known at the time</option>
                <option value="later">Learned later</option>
              </select>
            </>
          )}
          {importedFrom && (
            <span className="imported-badge" title={`Added by the server from ${importedFrom}`}>
              <Icon name="bell" />
              Imported from {importedFrom}
            </span>
          )}
          {openQuestions > 0 && (
            <span className="question-count">
              <Icon name="message" />
              {openQuestions === 1 ? '1 open question' : `${openQuestions} open questions`}
            </span>
          )}
          <EditingAvatars editors={editors} />
        </div>

        <label className="visually-hidden" htmlFor={`${id}-description`}>
          What happened at {time}
        </label>
        {text ? (
          <CoachedTextArea
            hintKey={`event:${event.id}`}
            id={`${id}-description`}
            text={text}
            rows={1}
            readOnly={readOnly}
            placeholder={readOnly ? '' : 'What happened? Describe what people saw and did, not who is to blame.'}
          />
        ) : (
          <p className="timeline-event__text">{event.description}</p>
        )}

        <EvidenceList
          links={event.evidence}
          readOnly={readOnly}
          compact
          label={`Evidence for ${eventName}`}
          onRemove={(evidenceId) => write(removeEventEvidence(doc, event.id, evidenceId))}
        />
        <EventThread doc={doc} eventId={event.id} comments={event.comments} readOnly={readOnly} eventName={eventName} />

        {panel === 'time' && (
          <EventTimeForm
            doc={doc}
            event={event}
            id={`${id}-time`}
            browserZone={browserZone}
            eventName={eventName}
            onDone={close}
          />
        )}
        {panel === 'evidence' && (
          <EvidenceForm
            id={`${id}-evidence`}
            compact
            autoFocus
            addedBy={actorId}
            onAdd={(link) => {
              const result = addEventEvidence(doc, event.id, link);
              if (result.ok) close();
              return result;
            }}
            onCancel={close}
          />
        )}
        {panel === 'comment' && (
          <EventCommentForm
            doc={doc}
            eventId={event.id}
            id={`${id}-comment`}
            authorId={actorId}
            authorName={actorName}
            eventName={eventName}
            onDone={close}
          />
        )}
        {panel === 'delete' && (
          <div className="inline-form inline-form--danger">
            <p>Delete this event with its evidence and its questions? Everyone will see it disappear.</p>
            <div className="inline-form__actions">
              <button
                type="button"
                className="button button--small button--danger"
                onClick={() => write(deleteTimelineEvent(doc, event.id))}
              >
                <Icon name="trash" />
                Delete event
              </button>
              <button type="button" className="button button--ghost button--small" onClick={close}>
                Keep it
              </button>
            </div>
          </div>
        )}
        <FieldError message={error} />

        {!readOnly && panel === null && (
          <div className="timeline-event__actions" ref={actionsRef}>
            <button
              type="button"
              className="button button--small button--ghost"
              aria-label={`Add evidence to ${eventName}`}
              data-action="evidence"
              onClick={() => setPanel('evidence')}
            >
              <Icon name="link" />
              <span className="timeline-event__action-text">Add evidence</span>
            </button>
            <button
              type="button"
              className="button button--small button--ghost"
              aria-label={`Ask or comment on ${eventName}`}
              data-action="comment"
              onPointerEnter={EventCommentForm.preload}
              onFocus={EventCommentForm.preload}
              onClick={() => setPanel('comment')}
            >
              <Icon name="message" />
              <span className="timeline-event__action-text">Ask or comment</span>
            </button>
            <button
              type="button"
              className="button button--small button--ghost"
              aria-label={`Change the time of ${eventName}`}
              data-action="time"
              onPointerEnter={EventTimeForm.preload}
              onFocus={EventTimeForm.preload}
              onClick={() => setPanel('time')}
            >
              <Icon name="clock" />
              <span className="timeline-event__action-text">Change time</span>
            </button>
            <button
              type="button"
              className="button button--small button--ghost button--quiet-danger timeline-event__delete"
              aria-label={`Delete ${eventName}`}
              data-action="delete"
              onClick={() => setPanel('delete')}
            >
              <Icon name="trash" />
              <span className="timeline-event__action-text">Delete</span>
            </button>
          </div>
        )}
      </div>
    </li>
  );
}, areRowPropsEqual);

/** The description is left out: the row's editor follows it, so typing there renders nothing else. */
function areRowPropsEqual(a: TimelineEventRowProps, b: TimelineEventRowProps): boolean {
  return (
    a.doc === b.doc &&
    isSameTimelineEvent(a.event, b.event, true) &&
    a.moments.length === b.moments.length &&
    a.moments.every((moment, index) => moment === b.moments[index]) &&
    a.sinceStartMs === b.sinceStartMs &&
    sameEditors(a.editors, b.editors) &&
    a.readOnly === b.readOnly &&
    a.actorId === b.actorId &&
    a.actorName === b.actorName &&
    a.browserZone === b.browserZone &&
    a.idPrefix === b.idPrefix &&
    a.onFocusChange === b.onFocusChange &&
    a.importedFrom === b.importedFrom
  );
}
