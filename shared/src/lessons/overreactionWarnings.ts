/** Kinds of overreaction the actions stage warns about. */
export const OverreactionKind = {
  manualGate: 'manual-gate',
  freeze: 'freeze',
  tooSpecific: 'too-specific',
} as const;

export type OverreactionKind = (typeof OverreactionKind)[keyof typeof OverreactionKind];

export interface OverreactionWarning {
  readonly kind: OverreactionKind;
  readonly message: string;
}

const heuristics: readonly { kind: OverreactionKind; patterns: readonly RegExp[]; message: string }[] = [
  {
    kind: OverreactionKind.manualGate,
    patterns: [
      /\bmanual(ly)?\s+(approv|review|check|sign|gate|verif)/i,
      /\bapprov(e|es|ed|al|als|ing)\b/i,
      /\bsign[- ]?offs?\b/i,
      /\bgate(s|d|keep\w*)?\b/i,
      /\bchange advisory board\b|\bCAB\b/,
      /\b(two|2)[- ](person|people|man)\b|\bsecond pair of eyes\b|\bfour[- ]eyes\b/i,
      /\b(ask|asks|asking|require|requires|required)\s+(for\s+)?permission\b/i,
    ],
    message:
      'A manual approval or gate slows every change and rarely catches the next problem. Could an automated check or a safer default do the job?',
  },
  {
    kind: OverreactionKind.freeze,
    patterns: [
      /\bfreez(e|es|ing)\b|\bfrozen\b|\bmoratorium\b/i,
      /\b(ban|stop|halt|block|pause|forbid|no)\s+(all\s+|any\s+)?(deploy\w*|releas\w*|changes?|merg\w*)\b/i,
      /\block(ing)?\s+down\b|\blockdown\b/i,
    ],
    message:
      'Freezing changes delays fixes and piles up risk for later. Is there a way to make changes safer rather than rarer?',
  },
  {
    kind: OverreactionKind.tooSpecific,
    patterns: [
      /\b(this|that)\s+(exact|specific|particular|same|one)\b/i,
      /\bspecial[- ]?cas(e|es|ed|ing)\b/i,
      /\bhard[- ]?cod(e|es|ed|ing)\b/i,
      /\bone[- ]off\b/i,
      /\b[A-Z][A-Z0-9]+-\d+\b/,
      /\b\d{1,3}(\.\d{1,3}){3}\b/,
    ],
    message:
      'This sounds tailored to this one incident. Would a broader change also make similar incidents less likely?',
  },
];

/** Plain-English hints when an action's title suggests manual gates, freezes, or a fix for this incident alone. */
export function overreactionWarnings(action: { readonly title: string }): OverreactionWarning[] {
  return heuristics
    .filter(({ patterns }) => patterns.some((pattern) => pattern.test(action.title)))
    .map(({ kind, message }) => ({ kind, message }));
}
