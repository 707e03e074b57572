import { type EvidenceKind, type EvidenceLink, evidenceKindLabels } from '@debrief/shared';
import { Icon } from '../ui/Icon.tsx';
import { SafeLink } from './SafeLink.tsx';

/** Kinds in a word, for the small links on a timeline event; the full name is read out. */
const shortKindLabels: Record<EvidenceKind, string> = {
  log: 'Log',
  'merge-request': 'PR / MR',
  'ci-run': 'CI',
  'chat-message': 'Chat',
  metric: 'Metric',
  document: 'Doc',
};

interface Props {
  readonly links: readonly EvidenceLink[];
  readonly readOnly: boolean;
  readonly onRemove: (id: string) => void;
  /** Names the list for assistive technology, e.g. 'Evidence for the event at 14:03'. */
  readonly label: string;
  readonly compact?: boolean;
}

/** Evidence links, each with its kind and host; only http(s) links become real links. */
export function EvidenceList({ links, readOnly, onRemove, label, compact = false }: Props) {
  if (links.length === 0) return null;
  return (
    <ul className={compact ? 'evidence-list evidence-list--compact' : 'evidence-list'} aria-label={label}>
      {links.map((link) => {
        const host = hostOf(link.url);
        const name = link.label || host || link.url;
        return (
          <li key={link.id} className={`evidence-item evidence-item--${link.kind}`}>
            {compact ? (
              <span className="evidence-item__kind">
                <span aria-hidden="true">{shortKindLabels[link.kind]}</span>
                <span className="visually-hidden">{evidenceKindLabels[link.kind]}</span>
              </span>
            ) : (
              <span className="evidence-item__kind">{evidenceKindLabels[link.kind]}</span>
            )}
            <SafeLink url={link.url} className="evidence-item__link">
              <Icon name="external" />
              <span className="evidence-item__label">{name}</span>
            </SafeLink>
            {link.label && host && <span className="evidence-item__host">{host}</span>}
            {!readOnly && (
              <button
                type="button"
                className="icon-button evidence-item__remove"
                aria-label={`Remove the link “${name}”`}
                title="Remove this link"
                onClick={() => onRemove(link.id)}
              >
                <Icon name="close" />
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return '';
  }
}
