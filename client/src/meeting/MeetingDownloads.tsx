import { readMeetingSchedule } from '@debrief/shared';
import { useEffect, useId, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { onDocChange } from '../sync/onDocChange.ts';
import { Icon } from '../ui/Icon.tsx';
import { DownloadFile } from './stages/closed/DownloadFile.tsx';

interface Props {
  readonly doc: Y.Doc;
  readonly meetingId: string;
  /** this person's link token: every file is open to any link of the meeting */
  readonly token: string;
  /** the first button's text: the record says what it is in full, a menu names the file */
  readonly reportLabel?: string;
  readonly buttonClassName?: string;
}

/** The meeting's files: the report, the actions, everything, and the calendar file once the meeting has a time. */
export function MeetingDownloads({
  doc,
  meetingId,
  token,
  reportLabel = 'Download the report (Markdown)',
  buttonClassName,
}: Props) {
  const scheduled = useIsScheduled(doc);
  const file = (name: string, label: string) => (
    <DownloadFile meetingId={meetingId} token={token} file={name} label={label} className={buttonClassName} />
  );
  return (
    <>
      {file('report.md', reportLabel)}
      {file('actions.csv', 'Actions (CSV)')}
      {file('export.json', 'Everything (JSON)')}
      {scheduled && file('meeting.ics', 'Calendar (.ics)')}
    </>
  );
}

/** The same files behind a "Downloads" button for the facilitator's toolbar: Escape or a click elsewhere folds it. */
export function MeetingDownloadsMenu(props: Omit<Props, 'reportLabel' | 'buttonClassName'>) {
  const [open, setOpen] = useState(false);
  const menuRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!menuRef.current?.contains(event.target as Node)) setOpen(false);
    };
    // On the document, since a download's button is disabled while it fetches, and focus leaves it meanwhile.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      const focus = document.activeElement;
      if (focus !== null && focus !== document.body && !menuRef.current?.contains(focus)) return;
      event.preventDefault();
      setOpen(false);
      toggleRef.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  return (
    <div ref={menuRef} className="downloads-menu">
      <button
        ref={toggleRef}
        type="button"
        className="button downloads-menu__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
      >
        <Icon name="download" />
        Downloads
      </button>
      <div id={panelId} className="downloads-menu__panel" hidden={!open}>
        <p className="downloads-menu__hint">The meeting as it is now, for anyone with one of its links.</p>
        <MeetingDownloads
          {...props}
          reportLabel="Report (Markdown)"
          buttonClassName="button button--ghost downloads-menu__item"
        />
      </div>
    </div>
  );
}

/** Whether the meeting has a time, kept up to date as anyone chooses or clears it. */
function useIsScheduled(doc: Y.Doc): boolean {
  const [scheduled, setScheduled] = useState(() => readMeetingSchedule(doc) !== null);
  useEffect(() => {
    const update = () => setScheduled(readMeetingSchedule(doc) !== null);
    update();
    return onDocChange(doc, update);
  }, [doc]);
  return scheduled;
}
