import { createAnnouncement, type MeetingSchedule, type Severity } from '@debrief/shared';
import { useMemo, useRef } from 'react';
import { Icon } from '../../../ui/Icon.tsx';
import { useCopyToClipboard } from '../../../ui/useCopyToClipboard.ts';
import { buildInviteText } from './buildInviteText.ts';

interface Props {
  readonly schedule: MeetingSchedule;
  readonly title: string;
  readonly summary: string;
  readonly severity: Severity;
  readonly observerLink: string;
}

/** The open announcement, with the observer link, ready to copy into a company-wide channel. */
export function AnnouncementBox({ schedule, title, summary, severity, observerLink }: Props) {
  const announcement = useMemo(
    () =>
      buildInviteText(() =>
        createAnnouncement({
          title,
          severity,
          start: schedule.at,
          timeZone: schedule.timeZone,
          observerLink,
          summary,
          durationMinutes: schedule.durationMinutes,
        }),
      ),
    [schedule, title, observerLink, summary, severity],
  );
  const text = announcement.ok ? announcement.value : '';
  const ref = useRef<HTMLTextAreaElement>(null);
  const { feedback, copy } = useCopyToClipboard(text, ref);

  if (!announcement.ok) {
    return (
      <p className="field-error" role="alert">
        <Icon name="alert" />
        {announcement.message}
      </p>
    );
  }
  return (
    <>
      <label className="field-hint invite__label" htmlFor="prepare-announcement">
        Ready to paste in a company-wide channel. It carries the observer link: watching is read only.
      </label>
      <textarea
        ref={ref}
        id="prepare-announcement"
        className="input invite__announcement"
        readOnly
        rows={8}
        value={text}
        onFocus={(event) => event.currentTarget.select()}
      />
      <div className="invite__actions">
        <button type="button" className="button" onClick={copy}>
          <Icon name={feedback === 'copied' ? 'check' : 'copy'} />
          {feedback === 'copied' ? 'Copied' : 'Copy announcement'}
        </button>
        <p className="invite__feedback" aria-live="polite">
          {feedback === 'copied' && 'Announcement copied'}
          {feedback === 'selected' && 'Selected: press Ctrl+C (or ⌘C) to copy'}
        </p>
      </div>
    </>
  );
}
