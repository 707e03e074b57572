import { DEFAULT_SEVERITY, MAX_SUMMARY_LENGTH, MAX_TITLE_LENGTH, SEVERITIES, severityLabels } from '@debrief/shared';
import { type FormEvent, useState } from 'react';
import { createMeeting } from '../api/createMeeting.ts';
import { rebaseLinks } from '../api/rebaseLinks.ts';
import { getBrowserTimeZone } from '../incident/timeZones.ts';
import {
  type CreateMeetingField,
  createMeetingFields,
  describeCreateMeetingError,
} from './describeCreateMeetingError.ts';
import { rememberMeeting } from './myMeetingsStore.ts';
import { meetingLinksPath, meetingPath, navigate } from './router.ts';
import { toIsoWithOffset } from './toIsoWithOffset.ts';

const ERROR_ID = 'start-meeting-error';
const ZONE_HINT_ID = 'start-meeting-zone';

/** Creates a meeting, remembers it in this browser, and shows its creator the links to hand out. */
export function StartMeetingForm() {
  const [submitting, setSubmitting] = useState(false);
  const [timeZone] = useState(getBrowserTimeZone);
  const [error, setError] = useState<{ text: string; field: CreateMeetingField | null } | null>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const title = String(form.get('title') ?? '').trim();
    const occurredAtLocal = String(form.get('occurredAt') ?? '');
    setSubmitting(true);
    setError(null);
    const result = await createMeeting({
      title,
      incident: {
        summary: String(form.get('summary') ?? '').trim(),
        occurredAt: occurredAtLocal ? toIsoWithOffset(occurredAtLocal) : null,
        // Prepare shows the incident's start in the zone it was given in.
        timeZone,
        severity: String(form.get('severity') ?? DEFAULT_SEVERITY),
      },
    });
    setSubmitting(false);
    if (!result.ok) {
      const described = describeCreateMeetingError(result.message);
      setError(described);
      if (described.field) document.getElementById(createMeetingFields[described.field].id)?.focus();
      return;
    }
    const { id, tokens } = result.meeting;
    const links = rebaseLinks(result.meeting.links, window.location.origin);
    const now = Date.now();
    rememberMeeting({
      id,
      title,
      role: 'facilitator',
      path: meetingPath(id, tokens.facilitator),
      links,
      createdAt: now,
      lastOpenedAt: now,
    });
    navigate(meetingLinksPath(id, tokens.facilitator));
  };

  const fieldProps = (field: CreateMeetingField) => ({
    id: createMeetingFields[field].id,
    'aria-invalid': error?.field === field ? true : undefined,
    'aria-describedby': error?.field === field ? ERROR_ID : undefined,
  });

  return (
    <form className="card start-form" onSubmit={onSubmit} aria-labelledby="start-form-heading">
      <h2 id="start-form-heading" className="card__title">
        Start a post-mortem
      </h2>
      <p className="card__hint">
        One meeting per incident. You will get a link to share with your team, a read-only link to announce, and your
        own link to run the meeting.
      </p>

      <div className="field">
        <label className="field-label" htmlFor={createMeetingFields.title.id}>
          Title <span className="field-required">(required)</span>
        </label>
        <input
          {...fieldProps('title')}
          className="input"
          name="title"
          required
          maxLength={MAX_TITLE_LENGTH}
          autoComplete="off"
          placeholder="Checkout outage after database failover"
        />
      </div>

      <div className="field">
        <label className="field-label" htmlFor={createMeetingFields['incident.summary'].id}>
          What happened, in one line
        </label>
        <input
          {...fieldProps('incident.summary')}
          className="input"
          name="summary"
          maxLength={MAX_SUMMARY_LENGTH}
          autoComplete="off"
          placeholder="Customers could not pay for 38 minutes"
        />
      </div>

      <div className="field-row">
        <div className="field">
          <label className="field-label" htmlFor={createMeetingFields['incident.occurredAt'].id}>
            When it happened
          </label>
          <input
            {...fieldProps('incident.occurredAt')}
            className="input"
            name="occurredAt"
            type="datetime-local"
            aria-describedby={error?.field === 'incident.occurredAt' ? ERROR_ID : ZONE_HINT_ID}
          />
          <p className="field-hint" id={ZONE_HINT_ID}>
            In your time zone, {timeZone.replaceAll('_', ' ')}. It fills in when the incident started.
          </p>
        </div>
        <div className="field">
          <label className="field-label" htmlFor={createMeetingFields['incident.severity'].id}>
            Severity
          </label>
          <select
            {...fieldProps('incident.severity')}
            className="input"
            name="severity"
            defaultValue={DEFAULT_SEVERITY}
          >
            {SEVERITIES.map((severity) => (
              <option key={severity} value={severity}>
                {severityLabels[severity]}
              </option>
            ))}
          </select>
        </div>
      </div>

      {error && (
        <p id={ERROR_ID} className="form-error" role="alert">
          {error.text}
        </p>
      )}

      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={submitting}>
          {submitting ? 'Starting…' : 'Start the post-mortem'}
        </button>
      </div>
    </form>
  );
}
