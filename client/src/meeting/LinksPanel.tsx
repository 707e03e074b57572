import type { Role } from '@debrief/shared';
import { CopyableLink } from '../ui/CopyableLink.tsx';

const linkRows: readonly { role: Role; label: string; hint: string }[] = [
  { role: 'participant', label: 'Participant link', hint: 'Share it with your team: they can write in every stage.' },
  { role: 'observer', label: 'Observer link', hint: 'Announce it company-wide; read only.' },
  {
    role: 'facilitator',
    label: 'Facilitator link',
    hint: 'Keep it private: it lets whoever holds it run the meeting.',
  },
];

/** The meeting's links for the facilitator to hand out, each with a Copy button. */
export function LinksPanel({ links, ownLink }: { links: Readonly<Record<Role, string>> | null; ownLink: string }) {
  return (
    <section className="card links-panel" aria-labelledby="links-heading">
      <h2 id="links-heading" className="card__title card__title--small">
        Invite people
      </h2>
      {links ? (
        linkRows.map(({ role, label, hint }) => (
          <LinkRow key={role} linkRole={role} label={label} hint={hint} link={links[role]} />
        ))
      ) : (
        <>
          <LinkRow linkRole="facilitator" label="Facilitator link" hint={linkRows[2]?.hint ?? ''} link={ownLink} />
          <p className="field-hint">
            The participant and observer links are kept in the browser that started this meeting. Open the meeting there
            to copy them.
          </p>
        </>
      )}
    </section>
  );
}

function LinkRow({ linkRole, label, hint, link }: { linkRole: Role; label: string; hint: string; link: string }) {
  return <CopyableLink id={`link-${linkRole}`} label={label} hint={hint} link={link} block="link-row" />;
}
