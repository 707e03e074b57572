import { type ReactElement, Suspense } from 'react';
import { JoinPage } from './JoinPage.tsx';
import { ActionsPage, HomePage, LibraryPage, MeetingLinksPage, NotFoundPage } from './lazyPages.ts';
import { readMeetingId, readMeetingLinksId, usePath } from './router.ts';

/** The pages outside a meeting, by path. */
const pages: Readonly<Record<string, () => ReactElement>> = {
  '/': () => <HomePage />,
  '/library': () => <LibraryPage />,
  '/actions': () => <ActionsPage />,
};

export function App() {
  const path = usePath();
  const meetingId = readMeetingId(path);
  if (meetingId !== null) return <JoinPage key={meetingId} meetingId={meetingId} />;
  const linksMeetingId = readMeetingLinksId(path);
  const page = pages[path.replace(/(.)\/$/, '$1')];
  return (
    <Suspense fallback={null}>
      {linksMeetingId !== null ? (
        <MeetingLinksPage key={linksMeetingId} meetingId={linksMeetingId} />
      ) : page ? (
        page()
      ) : (
        <NotFoundPage />
      )}
    </Suspense>
  );
}
