import { Suspense, useState } from 'react';
import { saveDisplayName } from '../identity/displayNameStore.ts';
import { readJoinedName, rememberJoinedName } from '../identity/joinedNameStore.ts';
import { useMeetingSession } from '../sync/useMeetingSession.ts';
import { TopBar } from '../ui/TopBar.tsx';
import { BrokenLinkPage, JoinMeetingForm } from './lazyPages.ts';
import { useMeetingPage } from './loadMeetingPage.ts';
import { findMyMeeting, rememberMeeting } from './myMeetingsStore.ts';
import { useHash } from './router.ts';

/** `/m/<id>#<token>`: checks the link, asks for a name, then opens the meeting room. */
export function JoinPage({ meetingId }: { meetingId: string }) {
  const token = useHash();
  // Remounting asks the server again, after a network failure.
  const [attempt, setAttempt] = useState(0);
  return (
    <Suspense fallback={<LoadingPage />}>
      <JoinMeeting key={attempt} meetingId={meetingId} token={token} onRetry={() => setAttempt((count) => count + 1)} />
    </Suspense>
  );
}

function JoinMeeting({ meetingId, token, onRetry }: { meetingId: string; token: string; onRetry: () => void }) {
  const session = useMeetingSession(meetingId, token);
  // The room's code loads while the person types their name.
  const room = useMeetingPage();
  const [name, setName] = useState<string | null>(() => readJoinedName(meetingId));

  if (session.status === 'malformed') return <BrokenLinkPage reason="malformed" />;
  if (session.status === 'loading') return <LoadingPage />;
  if (session.status === 'failed') {
    if (session.reason !== 'unavailable') return <BrokenLinkPage reason={session.reason} />;
    return <UnavailablePage message={session.message} onRetry={onRetry} />;
  }

  const { meeting, role } = session.session;
  if (name === null) {
    return (
      <JoinMeetingForm
        session={session.session}
        onJoin={(joinedName) => {
          saveDisplayName(joinedName);
          rememberJoinedName(meetingId, joinedName);
          const now = Date.now();
          rememberMeeting({
            id: meeting.id,
            title: meeting.title,
            role,
            path: `/m/${meeting.id}#${token}`,
            createdAt: findMyMeeting(meeting.id, role)?.createdAt ?? meeting.createdAt,
            lastOpenedAt: now,
          });
          setName(joinedName);
        }}
      />
    );
  }
  if (room.status === 'failed') {
    return (
      <UnavailablePage
        message="The meeting room could not be loaded. Check your connection and try again."
        onRetry={onRetry}
      />
    );
  }
  if (room.status === 'loading') return <LoadingPage />;
  return <room.MeetingPage session={session.session} token={token} name={name} />;
}

function LoadingPage() {
  return (
    <div className="page">
      <TopBar />
      <main className="content notice">
        <p className="loading" role="status">
          Opening the meeting…
        </p>
      </main>
    </div>
  );
}

function UnavailablePage({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div className="page">
      <TopBar />
      <main className="content content--narrow notice">
        <div className="card notice__card">
          <h1>We couldn't open the meeting</h1>
          <p role="alert">{message}</p>
          <button type="button" className="button button--primary" onClick={onRetry}>
            Try again
          </button>
        </div>
      </main>
    </div>
  );
}
