import { HomePage } from './HomePage.tsx';
import { JoinPage } from './JoinPage.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { usePath } from './router.ts';

export function App() {
  const path = usePath();
  const meeting = /^\/m\/([^/]+)\/?$/.exec(path);
  if (meeting?.[1]) return <JoinPage key={meeting[1]} meetingId={decodePathPart(meeting[1])} />;
  if (path === '/') return <HomePage />;
  return <NotFoundPage />;
}

function decodePathPart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
