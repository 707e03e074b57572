import { Icon } from '../../../ui/Icon.tsx';
import { useLessonsBoard } from './LessonsBoardContext.ts';

/** A card's vote total for everyone; for voters also a vote button, and a take-back button once they voted. */
export function VoteControl({ cardId, label }: { cardId: string; label: string }) {
  const { totals, votes } = useLessonsBoard();
  const total = totals[cardId] ?? 0;
  const mine = votes.ballot[cardId] ?? 0;
  const spoken = `${total} ${total === 1 ? 'vote' : 'votes'}${mine > 0 ? `, ${mine} of them yours` : ''}`;

  if (!votes.canVote) {
    if (total === 0) return null;
    return (
      <span className="vote vote--readonly" title={spoken}>
        <Icon name="up" />
        <span aria-hidden="true">{total}</span>
        <span className="visually-hidden">{spoken}</span>
      </span>
    );
  }
  const pending = votes.pendingCardId === cardId;
  const out = votes.remaining === 0;
  return (
    <span className="vote" data-mine={mine > 0 ? 'true' : undefined} data-pending={pending ? 'true' : undefined}>
      {mine > 0 && (
        <button
          type="button"
          className="vote__button vote__button--less"
          aria-label={`Take back a vote from: ${label}`}
          title="Take back one of your votes"
          onClick={() => votes.vote(cardId, -1)}
        >
          <Icon name="minus" />
        </button>
      )}
      <span className="vote__total" title={spoken}>
        <span aria-hidden="true">{total}</span>
        <span className="visually-hidden">{spoken}</span>
      </span>
      <button
        type="button"
        className="vote__button vote__button--more"
        aria-label={`Vote for: ${label}`}
        title={out ? 'You have used all your votes; take one back first' : 'Give this card one of your votes'}
        disabled={out}
        onClick={() => votes.vote(cardId, 1)}
      >
        <Icon name="up" />
      </button>
    </span>
  );
}
