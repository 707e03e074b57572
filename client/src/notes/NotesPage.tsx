import { getNotesText } from '@debrief/shared';
import { ConnectionBadge } from '../sync/ConnectionBadge.tsx';
import { useConnectionStatus } from '../sync/useConnectionStatus.ts';
import { useSyncedDoc } from '../sync/useSyncedDoc.ts';
import { CollaborativeTextArea } from './CollaborativeTextArea.tsx';

/** A shared notepad: everyone with the link types into the same text, live. */
export function NotesPage({ padName }: { padName: string }) {
  const synced = useSyncedDoc(`notes-${padName}`);
  const status = useConnectionStatus(synced?.provider);

  return (
    <div className="page">
      <header className="topbar">
        <a className="brand" href="/">
          <span className="brand__mark" aria-hidden="true">
            D
          </span>{' '}
          Debrief
        </a>
        <ConnectionBadge status={status} />
      </header>
      <main className="content">
        <h1>Shared notes</h1>
        <p className="lede">
          Everyone who opens this page's link types into the same notes, live. Copy the address to invite someone.
        </p>
        <label className="field-label" htmlFor="shared-notes">
          Notes
        </label>
        {synced ? (
          <CollaborativeTextArea
            id="shared-notes"
            text={getNotesText(synced.doc)}
            rows={14}
            placeholder="Start typing: what happened, who was around, what you noticed…"
          />
        ) : (
          <p>Opening the notes…</p>
        )}
      </main>
    </div>
  );
}
