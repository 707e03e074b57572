import {
  createAnnouncement,
  createMeetingInvite,
  type MeetingMeta,
  type MeetingSchedule,
  type Role,
} from '@debrief/shared';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Icon } from '../../../ui/Icon.tsx';
import { useCopyToClipboard } from '../../../ui/useCopyToClipboard.ts';

interface Props {
  readonly meetingId: string;
  readonly schedule: MeetingSchedule | null;
  readonly title: string;
  readonly meta: MeetingMeta;
  /** Known only to the facilitator's browser; the invite and the announcement carry them. */
  readonly links: Readonly<Record<Role, string>> | null;
}

type Built<T> = { ok: true; value: T } | { ok: false; message: string };

function build<T>(make: () => T): Built<T> {
  try {
    return { ok: true, value: make() };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : 'Something went wrong' };
  }
}

/** The calendar invite (.ics, with the participant link) and the open announcement (with the observer link). */
export function MeetingInvite({ meetingId, schedule, title, meta, links }: Props) {
  const participantLink = links?.participant ?? null;
  const observerLink = links?.observer ?? null;
  const summary = meta.incidentSummary;

  const invite = useMemo(() => {
    if (!schedule || !participantLink) return null;
    return build(() =>
      createMeetingInvite({
        uid: `${meetingId}@debrief`,
        title: `Post-mortem: ${title}`,
        start: schedule.at,
        durationMinutes: schedule.durationMinutes,
        participantLink,
        description: [
          `A blameless post-mortem of "${title}". We look at what happened and how our systems and processes can improve, not at who did what.`,
          summary,
        ]
          .filter(Boolean)
          .join('\n\n'),
        now: Date.now(),
      }),
    );
  }, [meetingId, schedule, title, participantLink, summary]);

  const announcement = useMemo(() => {
    if (!schedule || !observerLink) return null;
    return build(() =>
      createAnnouncement({
        title,
        severity: meta.severity,
        start: schedule.at,
        timeZone: schedule.timeZone,
        observerLink,
        summary,
        durationMinutes: schedule.durationMinutes,
      }),
    );
  }, [schedule, title, observerLink, summary, meta.severity]);

  const [inviteHref, setInviteHref] = useState<string | null>(null);
  const inviteText = invite?.ok ? invite.value : null;
  useEffect(() => {
    if (inviteText === null) {
      setInviteHref(null);
      return;
    }
    const url = URL.createObjectURL(new Blob([inviteText], { type: 'text/calendar;charset=utf-8' }));
    setInviteHref(url);
    return () => URL.revokeObjectURL(url);
  }, [inviteText]);

  const onlyFacilitator = 'which only the browser holding the facilitator link knows.';

  return (
    <div className="invite">
      <div className="invite__block">
        <h4 className="invite__title">
          <Icon name="calendar" />
          Calendar invite
        </h4>
        {!schedule ? (
          <p className="field-hint">Choose a time first; the invite carries it with the participant link.</p>
        ) : !links ? (
          <p className="field-hint invite__note">
            The invite carries the participant link, {onlyFacilitator} The facilitator can download it from this page.
          </p>
        ) : invite && !invite.ok ? (
          <p className="field-error" role="alert">
            <Icon name="alert" />
            {invite.message}
          </p>
        ) : (
          <>
            <p className="field-hint">
              Send it to the people involved, or add it to a shared calendar. It carries the participant link.
            </p>
            {inviteHref && (
              <a className="button" href={inviteHref} download="post-mortem.ics">
                <Icon name="download" />
                Download invite (.ics)
              </a>
            )}
          </>
        )}
      </div>
      <div className="invite__block">
        <h4 className="invite__title">
          <Icon name="message" />
          Announcement
        </h4>
        {!schedule ? (
          <p className="field-hint">Choose a time first; the announcement invites anyone to watch.</p>
        ) : !links ? (
          <p className="field-hint invite__note">
            The announcement carries the open watch link, {onlyFacilitator} The facilitator can copy it from this page.
          </p>
        ) : announcement && !announcement.ok ? (
          <p className="field-error" role="alert">
            <Icon name="alert" />
            {announcement.message}
          </p>
        ) : (
          announcement && <AnnouncementBox text={announcement.value} />
        )}
      </div>
    </div>
  );
}

function AnnouncementBox({ text }: { text: string }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const { feedback, copy } = useCopyToClipboard(text, ref);

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
