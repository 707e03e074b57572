import { HomePage } from './HomePage.tsx';
import { JoinPage } from './JoinPage.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { readMeetingId, usePath } from './router.ts';

export function App() {
  const path = usePath();
  const meetingId = readMeetingId(path);
  if (meetingId !== null) return <JoinPage key={meetingId} meetingId={meetingId} />;
  if (path === '/') return <HomePage />;
  return <NotFoundPage />;
}
