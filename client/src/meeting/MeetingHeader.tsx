import type { Role, Severity } from '@debrief/shared';
import type { Presence } from '../presence/collectPresence.ts';
import type { Facilitation } from '../presence/Facilitation.ts';
import { PresenceBar } from '../presence/PresenceBar.tsx';
import { formatDateTime } from '../ui/formatDate.ts';
import { Icon } from '../ui/Icon.tsx';
import { RoleBadge } from '../ui/RoleBadge.tsx';
import { SeverityBadge } from '../ui/SeverityBadge.tsx';

interface Props {
  readonly title: string;
  readonly incidentSummary: string;
  readonly occurredAt: string | null;
  readonly severity: Severity;
  /** this person's role, counting a promotion to facilitator */
  readonly role: Role;
  readonly presence: Presence;
  readonly leadId?: string | null;
  /** for facilitators: sharing the facilitation and handing it over, from the list of people */
  readonly facilitation?: Facilitation;
}

/** The meeting's title and incident facts, this person's role, and who is here. */
export function MeetingHeader(props: Props) {
  const { title, incidentSummary, occurredAt, severity, role, presence, leadId, facilitation } = props;
  return (
    <section className="meeting-header" aria-labelledby="meeting-title">
      <div className="badge-row">
        <SeverityBadge severity={severity} />
        {role === 'observer' ? (
          <span className="badge badge--watching">
            <Icon name="eye" />
            You are watching — read only
          </span>
        ) : (
          <RoleBadge role={role} />
        )}
      </div>
      <h1 id="meeting-title" className="meeting-header__title">
        {title || 'Untitled meeting'}
      </h1>
      {(incidentSummary || occurredAt) && (
        <p className="meeting-header__facts">
          {incidentSummary}
          {incidentSummary && occurredAt && <span aria-hidden="true"> · </span>}
          {occurredAt && <span className="muted">Happened {formatDateTime(occurredAt)}</span>}
        </p>
      )}
      <PresenceBar presence={presence} leadId={leadId} facilitation={facilitation} />
    </section>
  );
}
