import { lazy, Suspense, useEffect, useState } from 'react';
import { saveDisplayName } from '../identity/displayNameStore.ts';
import { useMeetingSession } from '../sync/useMeetingSession.ts';
import { TopBar } from '../ui/TopBar.tsx';
import { BrokenLinkPage } from './BrokenLinkPage.tsx';
import { JoinMeetingForm } from './JoinMeetingForm.tsx';
import { findMyMeeting, rememberMeeting } from './myMeetingsStore.ts';
import { useHash } from './router.ts';

const loadMeetingPage = () => import('../meeting/MeetingPage.tsx');
// The room brings Yjs and the sync code; the home page does without them.
const MeetingPage = lazy(() => loadMeetingPage().then((module) => ({ default: module.MeetingPage })));

/** `/m/<id>#<token>`: checks the link, asks for a name, then opens the meeting room. */
export function JoinPage({ meetingId }: { meetingId: string }) {
  const token = useHash();
  // Remounting asks the server again, after a network failure.
  const [attempt, setAttempt] = useState(0);
  return (
    <JoinMeeting key={attempt} meetingId={meetingId} token={token} onRetry={() => setAttempt((count) => count + 1)} />
  );
}

function JoinMeeting({ meetingId, token, onRetry }: { meetingId: string; token: string; onRetry: () => void }) {
  const session = useMeetingSession(meetingId, token);
  // Fetch the room's code while the person types their name.
  useEffect(() => {
    void loadMeetingPage();
  }, []);
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
  return (
    <Suspense fallback={<LoadingPage />}>
      <MeetingPage session={session.session} token={token} name={name} />
    </Suspense>
  );
}

// A reload during the meeting goes straight back in; a new tab asks for the name again.
function readJoinedName(meetingId: string): string | null {
  try {
    return window.sessionStorage.getItem(`debrief:joined:${meetingId}`);
  } catch {
    return null;
  }
}

function rememberJoinedName(meetingId: string, name: string): void {
  try {
    window.sessionStorage.setItem(`debrief:joined:${meetingId}`, name);
  } catch {
    // Without session storage a reload asks for the name again; nothing else changes.
  }
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
