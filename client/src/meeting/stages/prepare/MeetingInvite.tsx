import type { MeetingMeta, MeetingSchedule, Role } from '@debrief/shared';
import { useEffect } from 'react';
import { Icon } from '../../../ui/Icon.tsx';
import { lazyComponent } from '../../../ui/lazyComponent.tsx';

// Only the facilitator's browser holds the links these carry, so nobody else fetches their code.
const CalendarInviteLink = lazyComponent(() =>
  import('./CalendarInviteLink.tsx').then((module) => module.CalendarInviteLink),
);
const AnnouncementBox = lazyComponent(() => import('./AnnouncementBox.tsx').then((module) => module.AnnouncementBox));

interface Props {
  readonly meetingId: string;
  readonly schedule: MeetingSchedule | null;
  readonly title: string;
  readonly meta: MeetingMeta;
  /** Known only to the facilitator's browser; the invite and the announcement carry them. */
  readonly links: Readonly<Record<Role, string>> | null;
}

/** The calendar invite (.ics, with the participant link) and the open announcement (with the observer link). */
export function MeetingInvite({ meetingId, schedule, title, meta, links }: Props) {
  const summary = meta.incidentSummary;
  const known = links !== null;
  useEffect(() => {
    if (!known) return;
    // Here before a meeting time is chosen, so choosing one shows them at once.
    CalendarInviteLink.preload();
    AnnouncementBox.preload();
  }, [known]);

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
        ) : (
          <CalendarInviteLink
            meetingId={meetingId}
            schedule={schedule}
            title={title}
            summary={summary}
            participantLink={links.participant}
          />
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
        ) : (
          <AnnouncementBox
            schedule={schedule}
            title={title}
            summary={summary}
            severity={meta.severity}
            observerLink={links.observer}
          />
        )}
      </div>
    </div>
  );
}
