import type { CreateMeetingResponse } from '@debrief/shared';
import { useId, useState } from 'react';
import { NETWORK_ERROR_MESSAGE, readApiError } from '../api/readApiError.ts';
import { rebaseLinks } from '../api/rebaseLinks.ts';
import { Icon } from '../ui/Icon.tsx';
import { rememberMeeting } from './myMeetingsStore.ts';
import { meetingLinksPath, meetingPath, navigate } from './router.ts';

/** Makes a new meeting from an `export.json` saved from another meeting or another Debrief, and opens it. */
export function ImportMeetingForm() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const text = await file.text();
      const response = await fetch('/api/meetings/import', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: text,
      });
      if (response.status !== 201) {
        setError(await readApiError(response));
        return;
      }
      const meeting = (await response.json()) as CreateMeetingResponse;
      const now = Date.now();
      // The server accepted the file, so it is an export with a title.
      const title = (JSON.parse(text) as { meeting: { title: string } }).meeting.title;
      rememberMeeting({
        id: meeting.id,
        title,
        role: 'facilitator',
        path: meetingPath(meeting.id, meeting.tokens.facilitator),
        links: rebaseLinks(meeting.links, window.location.origin),
        createdAt: now,
        lastOpenedAt: now,
      });
      navigate(meetingLinksPath(meeting.id, meeting.tokens.facilitator));
    } catch {
      setError(NETWORK_ERROR_MESSAGE);
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="card home-import">
      <summary className="home-import__summary">
        <Icon name="download" />
        Import a post-mortem from a Debrief export
      </summary>
      <label className="field-label" htmlFor={id}>
        Export file (JSON)
      </label>
      <p className="field-hint" id={`${id}-hint`}>
        “Everything (JSON)” in a meeting’s record saves one. Importing makes a new meeting with its facts, timeline,
        lessons, votes and actions; you get its facilitator link.
      </p>
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        aria-describedby={`${id}-hint`}
        disabled={busy}
        onChange={(event) => void importFile(event.currentTarget.files?.[0])}
      />
      {busy && (
        <p className="loading" role="status">
          Importing…
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </details>
  );
}
