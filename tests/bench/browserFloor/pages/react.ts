// React renders the room's heading and notes, with the notes already in the page: no data to fetch.
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { NotesRoom } from './NotesRoom.ts';

const root = document.getElementById('root');
if (!root) throw new Error('No #root');
createRoot(root).render(h(NotesRoom, { notes: document.body.dataset.notes ?? '' }));
