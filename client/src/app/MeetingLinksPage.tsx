import type { Role } from '@debrief/shared';
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { DisplayNameField } from '../identity/DisplayNameField.tsx';
import { readDisplayName, saveDisplayName } from '../identity/displayNameStore.ts';
import { readJoinedName, rememberJoinedName } from '../identity/joinedNameStore.ts';
import { useMeetingSession } from '../sync/useMeetingSession.ts';
import { CopyableLink } from '../ui/CopyableLink.tsx';
import { Icon } from '../ui/Icon.tsx';
import { RoleBadge } from '../ui/RoleBadge.tsx';
import { SeverityBadge } from '../ui/SeverityBadge.tsx';
import { TopBar } from '../ui/TopBar.tsx';
import { BrokenLinkPage } from './lazyPages.ts';
import { findMyMeeting, rememberMeeting } from './myMeetingsStore.ts';
import { meetingPath, navigate, useHash } from './router.ts';
import './home.css';

const linkRows: readonly { role: Role; label: string; hint: string }[] = [
  {
    role: 'facilitator',
    label: 'Facilitator link',
    hint: 'Yours. Keep it private: whoever holds it runs the meeting. Open it again to come back.',
  },
  {
    role: 'participant',
    label: 'Participant link',
    hint: 'Share it with the people who were involved: they write in every stage of the meeting.',
  },
  {
    role: 'observer',
    label: 'Observer link',
    hint: 'Announce it company-wide: anyone can follow the meeting live, read only.',
  },
];

/**
 * `/m/<id>/links#<facilitator token>`: where the person who started a meeting lands, with its three links to hand
 * out and the way into the meeting. Any other link goes to the meeting itself.
 */
export function MeetingLinksPage({ meetingId }: { meetingId: string }) {
  const token = useHash();
  const session = useMeetingSession(meetingId, token);
  const ownPath = meetingPath(meetingId, token);
  const isFacilitator = session.status === 'ready' && session.session.role === 'facilitator';

  useEffect(() => {
    if (session.status === 'ready' && !isFacilitator) navigate(ownPath, { replace: true });
  }, [session.status, isFacilitator, ownPath]);

  if (session.status === 'malformed') return <BrokenLinkPage reason="malformed" />;
  if (session.status === 'failed' && session.reason !== 'unavailable')
    return <BrokenLinkPage reason={session.reason} />;
  if (session.status === 'failed') {
    return (
      <Frame>
        <div className="card notice__card">
          <h1>We couldn't open the meeting's links</h1>
          <p role="alert">{session.message}</p>
          <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
            Try again
          </button>
        </div>
      </Frame>
    );
  }
  if (session.status !== 'ready' || !isFacilitator) {
    return (
      <Frame>
        <p className="loading" role="status">
          Opening the meeting…
        </p>
      </Frame>
    );
  }

  const { meeting } = session.session;
  const links = session.session.links ?? findMyMeeting(meeting.id, 'facilitator')?.links ?? null;
  const open = (name: string) => {
    saveDisplayName(name);
    rememberJoinedName(meeting.id, name);
    const now = Date.now();
    rememberMeeting({
      id: meeting.id,
      title: meeting.title,
      role: 'facilitator',
      path: ownPath,
      createdAt: findMyMeeting(meeting.id, 'facilitator')?.createdAt ?? meeting.createdAt,
      lastOpenedAt: now,
    });
    navigate(ownPath);
  };

  return (
    <Frame>
      <section className="card meeting-links" aria-labelledby="meeting-links-heading">
        <p className="eyebrow">Your post-mortem is ready</p>
        <h1 id="meeting-links-heading">{meeting.title || 'Untitled meeting'}</h1>
        <div className="badge-row">
          <SeverityBadge severity={meeting.severity} />
          <RoleBadge role={session.session.role} />
        </div>
        <p className="meeting-links__lede">
          Send these links before the meeting. Each one opens the same meeting with different rights. You can copy them
          again later from the meeting room.
        </p>
        {links ? (
          linkRows.map(({ role, label, hint }) => (
            <LinkRow key={role} linkRole={role} label={label} hint={hint} link={links[role]} />
          ))
        ) : (
          <LinkRow
            linkRole="facilitator"
            label="Facilitator link"
            hint={linkRows[0]?.hint ?? ''}
            link={`${window.location.origin}${ownPath}`}
          />
        )}
      </section>
      <OpenMeetingForm joinedName={readJoinedName(meeting.id)} onOpen={open} />
    </Frame>
  );
}

function Frame({ children }: { children: ReactNode }) {
  return (
    <div className="page">
      <TopBar />
      <main className="content content--narrow meeting-links-page">{children}</main>
    </div>
  );
}

/** The next step: the name everyone will see, and the way in. */
function OpenMeetingForm({ joinedName, onOpen }: { joinedName: string | null; onOpen: (name: string) => void }) {
  const [name, setName] = useState(() => joinedName ?? readDisplayName());
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed) onOpen(trimmed);
  };
  return (
    <form className="card meeting-links__next" onSubmit={onSubmit} aria-labelledby="open-meeting-heading">
      <h2 id="open-meeting-heading" className="card__title">
        Next: open the meeting
      </h2>
      <p className="card__hint">
        Prepare the facts before everyone joins: what happened, when, and the timeline. People who open their link see
        the same meeting, live.
      </p>
      <DisplayNameField id="facilitator-name" value={name} onChange={setName} />
      <button type="submit" className="button button--primary button--block" disabled={!name.trim()}>
        Open the meeting
        <Icon name="arrow" />
      </button>
    </form>
  );
}

function LinkRow({ linkRole, label, hint, link }: { linkRole: Role; label: string; hint: string; link: string }) {
  return (
    <CopyableLink id={`new-meeting-link-${linkRole}`} label={label} hint={hint} link={link} block="meeting-link" />
  );
}
