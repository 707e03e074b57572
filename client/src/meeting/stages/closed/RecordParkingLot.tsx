import type { ParkingLotItem } from '@debrief/shared';

/** Ideas set aside during the meeting, kept so they are not lost. */
export function RecordParkingLot({ items }: { items: readonly ParkingLotItem[] }) {
  const kept = items.filter((item) => item.text.trim() !== '');
  return (
    <section className="record-section" aria-labelledby="record-parking-heading">
      <h3 id="record-parking-heading" className="record-section__title">
        Parking lot
      </h3>
      {kept.length === 0 ? (
        <p className="record-missing">Nothing was set aside for later.</p>
      ) : (
        <ul className="record-parking">
          {kept.map((item) => (
            <li key={item.id} className="record-prose">
              {item.text.trim()}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
