import { Suspense } from 'react';
import { JoinPage } from './JoinPage.tsx';
import { HomePage, MeetingLinksPage, NotFoundPage } from './lazyPages.ts';
import { readMeetingId, readMeetingLinksId, usePath } from './router.ts';

export function App() {
  const path = usePath();
  const meetingId = readMeetingId(path);
  if (meetingId !== null) return <JoinPage key={meetingId} meetingId={meetingId} />;
  const linksMeetingId = readMeetingLinksId(path);
  return (
    <Suspense fallback={null}>
      {linksMeetingId !== null ? (
        <MeetingLinksPage key={linksMeetingId} meetingId={linksMeetingId} />
      ) : path === '/' ? (
        <HomePage />
      ) : (
        <NotFoundPage />
      )}
    </Suspense>
  );
}
