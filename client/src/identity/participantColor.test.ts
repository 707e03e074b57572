import { describe, expect, it } from 'vitest';
import { PARTICIPANT_COLORS, participantColor } from './participantColor.ts';

describe('participantColor', () => {
  it('gives the same id the same colour every time', () => {
    expect(participantColor('p-123')).toBe(participantColor('p-123'));
  });

  it('picks from the palette and spreads ids across it', () => {
    const colors = new Set(Array.from({ length: 200 }, (_, index) => participantColor(`p-${index}`)));
    for (const color of colors) expect(PARTICIPANT_COLORS).toContain(color);
    expect(colors.size).toBeGreaterThan(PARTICIPANT_COLORS.length / 2);
  });
});
