import type { Role } from '@debrief/shared';
import { type FormEvent, useState } from 'react';
import type { MeetingSession } from '../api/getMeetingSession.ts';
import { DisplayNameField } from '../identity/DisplayNameField.tsx';
import { readDisplayName } from '../identity/displayNameStore.ts';
import { formatDateTime } from '../ui/formatDate.ts';
import { RoleBadge } from '../ui/RoleBadge.tsx';
import { SeverityBadge } from '../ui/SeverityBadge.tsx';
import { TopBar } from '../ui/TopBar.tsx';
import './home.css';

const roleExplanations: Record<Role, string> = {
  facilitator: 'You lead the meeting: you move the agenda on, keep time, and close the meeting at the end.',
  participant: 'You write together with everyone else in every stage of the meeting.',
  observer: 'You follow everything live, read only. The people in the meeting see how many are watching.',
};

/** Asks for the name everyone else will see, before entering the meeting room. */
export function JoinMeetingForm({ session, onJoin }: { session: MeetingSession; onJoin: (name: string) => void }) {
  const [name, setName] = useState(readDisplayName);
  const { meeting, role } = session;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed) onJoin(trimmed);
  };

  return (
    <div className="page">
      <TopBar />
      <main className="content content--narrow">
        <form className="card join-card" onSubmit={onSubmit} aria-labelledby="join-heading">
          <p className="eyebrow">You're invited to a post-mortem</p>
          <h1 id="join-heading">{meeting.title || 'Untitled meeting'}</h1>
          <div className="badge-row">
            <SeverityBadge severity={meeting.severity} />
            {meeting.occurredAt && <span className="muted">Happened {formatDateTime(meeting.occurredAt)}</span>}
          </div>
          {meeting.incidentSummary && <p className="join-card__summary">{meeting.incidentSummary}</p>}

          <div className="join-card__role">
            <RoleBadge role={role} />
            <span>{roleExplanations[role]}</span>
          </div>

          <DisplayNameField id="display-name" value={name} onChange={setName} autoFocus />

          <button type="submit" className="button button--primary button--block" disabled={!name.trim()}>
            {role === 'observer' ? 'Start watching' : 'Join the meeting'}
          </button>
          <p className="blameless-note">
            This meeting is blameless: we look for what in our process let the incident happen, not for who to blame.
          </p>
        </form>
      </main>
    </div>
  );
}
