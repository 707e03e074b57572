import type { MoodValue } from '@debrief/shared';

// Drawn rather than emoji, so every mood looks the same on every system, in the line style of the app's icons.
const mouths: Record<MoodValue, string> = {
  1: 'M8 17.2c2.2-2.6 5.8-2.6 8 0',
  2: 'M8.2 16c1.3-.9 2.5-.9 3.8 0s2.5.9 3.8 0',
  3: 'M8.5 15.5h7',
  4: 'M8 14.3c2.2 2.8 5.8 2.8 8 0',
  5: 'M7.6 13.4h8.8c-.4 3.2-2.2 4.9-4.4 4.9s-4-1.7-4.4-4.9z',
};

const brows: Partial<Record<MoodValue, string>> = {
  1: 'M7.3 8.2l2.6 1.1M16.7 8.2l-2.6 1.1',
  2: 'M7.6 8.9l2.3-.6M16.4 8.9l-2.3-.6',
};

/** A face for a check-in mood; always beside the mood's word, so it is decorative. */
export function MoodFace({ value }: { value: MoodValue }) {
  return (
    <svg className={`mood-face mood-face--${value}`} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle className="mood-face__head" cx="12" cy="12" r="10" />
      <circle className="mood-face__eye" cx="9" cy="10.6" r="1.1" />
      <circle className="mood-face__eye" cx="15" cy="10.6" r="1.1" />
      {brows[value] && <path className="mood-face__line" d={brows[value]} />}
      <path className={value === 5 ? 'mood-face__open' : 'mood-face__line'} d={mouths[value]} />
    </svg>
  );
}
