import type { CheckOut } from '@debrief/shared';
import { participantColor } from '../../../identity/participantColor.ts';
import { Avatar } from '../../../presence/Avatar.tsx';

/** How one person leaves. Their rating stays off the card: ratings are only shown added up. */
export function CheckOutCard({ checkOut, isSelf }: { checkOut: CheckOut; isSelf: boolean }) {
  return (
    <li className="round-card">
      <div className="round-card__head">
        <Avatar name={checkOut.name} color={participantColor(checkOut.participantId)} />
        <span className="round-card__name">
          {checkOut.name}
          {isSelf && <span className="muted"> (you)</span>}
        </span>
      </div>
      {checkOut.note ? (
        <p className="round-card__note">{checkOut.note}</p>
      ) : (
        <p className="round-card__note round-card__note--quiet">Checked out without a note</p>
      )}
    </li>
  );
}
