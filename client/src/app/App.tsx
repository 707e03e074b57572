import { NotesPage } from '../notes/NotesPage.tsx';
import { HomePage } from './HomePage.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { usePath } from './router.ts';

export function App() {
  const path = usePath();
  const notes = /^\/notes\/([\w-]{1,64})\/?$/.exec(path);
  if (notes?.[1]) return <NotesPage padName={notes[1]} />;
  if (path === '/') return <HomePage />;
  return <NotFoundPage />;
}
