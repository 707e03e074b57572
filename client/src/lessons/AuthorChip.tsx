import { Avatar } from '../presence/Avatar.tsx';
import { Icon } from '../ui/Icon.tsx';

interface Props {
  /** null when the item is anonymous */
  readonly name: string | null;
  readonly color: string;
  /** shown to the author of an anonymous card only, from this browser's memory */
  readonly yours?: boolean;
}

/** Who wrote a card or an idea: their avatar and name, or "Anonymous" with no trace of the author. */
export function AuthorChip({ name, color, yours = false }: Props) {
  if (name === null) {
    return (
      <span
        className="lessons-author lessons-author--anonymous"
        title={yours ? 'You posted this anonymously. Only you can see that it is yours.' : 'Posted anonymously'}
      >
        <span className="lessons-author__mask">
          <Icon name="incognito" />
        </span>
        {yours ? 'Anonymous · yours' : 'Anonymous'}
      </span>
    );
  }
  return (
    <span className="lessons-author">
      <Avatar name={name} color={color} />
      <span className="lessons-author__name">{name}</span>
    </span>
  );
}
