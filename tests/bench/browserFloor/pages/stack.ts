// The stack as its guides use it: React, a Yjs document and y-websocket's provider, which connects once the script
// has run and shows the notes once the server's answer is in. The server and document come in the page's address.
import { createElement as h, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { NotesRoom } from './NotesRoom.ts';

const params = new URLSearchParams(location.search);
const doc = new Y.Doc();
const notes = doc.getText('notes');
const provider = new WebsocketProvider(params.get('server') ?? '', params.get('doc') ?? '', doc);

function SyncedRoom() {
  const [text, setText] = useState(() => notes.toString());
  const [synced, setSynced] = useState(provider.synced);
  useEffect(() => {
    const showNotes = () => setText(notes.toString());
    const showSynced = (isSynced: boolean) => setSynced(isSynced);
    notes.observe(showNotes);
    provider.on('sync', showSynced);
    return () => {
      notes.unobserve(showNotes);
      provider.off('sync', showSynced);
    };
  }, []);
  if (!synced) return h('p', null, 'Loading…');
  return h(NotesRoom, {
    notes: text,
    onNotesChange: (next) =>
      doc.transact(() => {
        notes.delete(0, notes.length);
        notes.insert(0, next);
      }),
  });
}

const root = document.getElementById('root');
if (!root) throw new Error('No #root');
createRoot(root).render(h(SyncedRoom));
