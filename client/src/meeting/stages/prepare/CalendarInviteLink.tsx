import { type MeetingSchedule, renderMeetingIcs } from '@debrief/shared';
import { useEffect, useMemo, useState } from 'react';
import { Icon } from '../../../ui/Icon.tsx';
import { buildInviteText } from './buildInviteText.ts';

interface Props {
  readonly meetingId: string;
  readonly schedule: MeetingSchedule;
  readonly title: string;
  readonly summary: string;
  readonly participantLink: string;
}

/** The calendar invite (.ics) to download: the meeting's time, with the participant link. */
export function CalendarInviteLink({ meetingId, schedule, title, summary, participantLink }: Props) {
  const invite = useMemo(
    () =>
      buildInviteText(() =>
        renderMeetingIcs({ meetingId, title, summary, schedule, participantLink, now: Date.now() }),
      ),
    [meetingId, schedule, title, participantLink, summary],
  );

  const [inviteHref, setInviteHref] = useState<string | null>(null);
  const inviteText = invite.ok ? invite.value : null;
  useEffect(() => {
    if (inviteText === null) {
      setInviteHref(null);
      return;
    }
    const url = URL.createObjectURL(new Blob([inviteText], { type: 'text/calendar;charset=utf-8' }));
    setInviteHref(url);
    return () => URL.revokeObjectURL(url);
  }, [inviteText]);

  if (!invite.ok) {
    return (
      <p className="field-error" role="alert">
        <Icon name="alert" />
        {invite.message}
      </p>
    );
  }
  return (
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
  );
}
