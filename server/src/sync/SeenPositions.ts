/**
 * Which stored positions of a document a room holds. Positions come in runs (a write of its own, one heard from
 * another instance) and not always in order; `known` is the end of the unbroken run from the start, the position up
 * to which the room is sure to hold every stored update.
 */
export class SeenPositions {
  /** Runs held beyond `known`, as [from, to], sorted and not touching each other or `known`. */
  private readonly ahead: [number, number][] = [];

  constructor(private knownUpTo = 0) {}

  get known(): number {
    return this.knownUpTo;
  }

  /** Whether some position after `known` is held while one before it is not. */
  get hasGap(): boolean {
    return this.ahead.length > 0;
  }

  /** Records that positions `from` to `to`, inclusive, are held. */
  add(from: number, to: number): void {
    if (to <= this.knownUpTo) return;
    if (from <= this.knownUpTo + 1) {
      this.knownUpTo = to;
    } else {
      this.ahead.push([from, to]);
      this.ahead.sort((a, b) => a[0] - b[0]);
    }
    while (this.ahead.length > 0) {
      const [nextFrom, nextTo] = this.ahead[0] as [number, number];
      if (nextFrom > this.knownUpTo + 1) break;
      this.ahead.shift();
      if (nextTo > this.knownUpTo) this.knownUpTo = nextTo;
    }
  }
}
