import { Suspense } from 'react';
import { JoinPage } from './JoinPage.tsx';
import { HomePage, NotFoundPage } from './lazyPages.ts';
import { readMeetingId, usePath } from './router.ts';

export function App() {
  const path = usePath();
  const meetingId = readMeetingId(path);
  if (meetingId !== null) return <JoinPage key={meetingId} meetingId={meetingId} />;
  return <Suspense fallback={null}>{path === '/' ? <HomePage /> : <NotFoundPage />}</Suspense>;
}
