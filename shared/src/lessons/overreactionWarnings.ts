import { type ActionCost, actionCostHours } from './actionCost.ts';
import type { ActionStatus } from './actionStatuses.ts';
import type { IncidentCostEstimate } from './summariseActionCosts.ts';

/** Kinds of overreaction the actions stage warns about. */
export const OverreactionKind = {
  manualGate: 'manual-gate',
  freeze: 'freeze',
  tooSpecific: 'too-specific',
  costlierThanIncident: 'costlier-than-incident',
  togetherCostlier: 'together-costlier',
  tooMany: 'too-many',
} as const;

export type OverreactionKind = (typeof OverreactionKind)[keyof typeof OverreactionKind];

export interface OverreactionWarning {
  readonly kind: OverreactionKind;
  readonly message: string;
}

/** Short names of the kinds, for the record. */
export const overreactionKindLabels: Record<OverreactionKind, string> = {
  'manual-gate': 'Manual gate',
  freeze: 'Freeze',
  'too-specific': 'Only this incident',
  'costlier-than-incident': 'Costs more than the incident',
  'together-costlier': 'The list costs more than the incident',
  'too-many': 'Too many actions',
};

interface Heuristic {
  readonly kind: OverreactionKind;
  readonly patterns: readonly RegExp[];
  /** the action takes such a step away or automates it, rather than adding one: no warning */
  readonly unless?: RegExp;
  readonly message: string;
}

const heuristics: readonly Heuristic[] = [
  {
    kind: OverreactionKind.manualGate,
    patterns: [
      /\bmanual(ly)?\s+(approv|review|check|sign|gate|verif|step|test)/i,
      /\b(always|every ?time|each time)\s+(\w+\s+){0,2}manually\b|\bmanually\s+(\w+\s+){0,3}(every|each|all|always)\b/i,
      /\b(every|each|all)\s+(\w+\s+){0,3}(must|should|has to|have to|needs? to)\s+(be\s+)?(reviewed|approved|checked|signed off|verified)\s+by\b/i,
      // Approval by a person, not the automatic kind ("auto-approve", "automated approval").
      /(?<!\bauto[- ]?|\bautomat(ic|ed)(ally)?\s+)\bapprov(e|es|ed|al|als|ing)\b/i,
      /\bsign[- ]?offs?\b/i,
      /\b(manual|human|approval|sign-?off)\s+gates?\b|\bgatekeep\w*\b/i,
      // Gated on people ("on the DBA team"), not on tests or checks.
      /\bgate[sd]?\s+(all\s+)?(releases|deploy\w*|changes|merges|rollouts?)\s+on\b(?!\s+(\w+\s+){0,2}(tests?|ci|checks?|canar(y|ies)|smoke|health|metrics|slos?)\b)/i,
      /\bchange advisory board\b|\bCAB\b/,
      /\b(two|2)[- ](person|people|man)\s+(rule|review\w*|approv\w*|sign\w*|checks?|deploy\w*|changes?)\b|\bsecond pair of eyes\b|\bfour[- ]eyes\b/i,
      /\b(ask|asks|asking|require|requires|required)\s+(for\s+)?permission\b/i,
    ],
    unless:
      /\b(remove|removes|removing|drop|dropping|retire|replace|replacing|eliminate|get rid of|automate|automating)\s+(\w+\s+){0,2}(manual\w*|approv\w*|sign[- ]?offs?|gates?)\b/i,
    message:
      'This adds a manual step to every change. If one deployment in a hundred fails, checking all hundred by hand costs far more than that failure, and a hurried check may still miss it. Why did tests, staging and review not catch it, and could an automated check do this job?',
  },
  {
    kind: OverreactionKind.freeze,
    patterns: [
      // Not pinning versions ("freeze the provider versions").
      /\bfreez(e|es|ing)\b(?!\s+(the\s+)?(\w+\s+){0,2}(versions?|dependenc\w*|lock\s*files?)\b)|\bfrozen\b|\bmoratorium\b/i,
      // Not a check that stops what fails ("block merges that fail the test").
      /\b(ban|stop|halt|block|pause|forbid|no)\s+(all\s+|any\s+)?(deploy\w*|releas\w*|changes?|merg\w*)\b(?!\s+(that|which|when|whenever|if|unless|without|automatically)\b)/i,
      /\block(ing)?\s+down\s+(all\s+)?(deploy\w*|releas\w*|changes?|merg\w*)\b|\b(change|deploy\w*|release|code|production|prod)\s+lockdown\b/i,
    ],
    message:
      'Freezing changes delays fixes and piles up risk for later. Is there a way to make changes safer rather than rarer?',
  },
  {
    kind: OverreactionKind.tooSpecific,
    patterns: [
      /\b(this|that)\s+(exact|specific|particular|same|one)\b/i,
      // Adding a workaround, not removing one ("remove hardcoded credentials").
      /(?<!\b(remove|removing|replace|replacing|stop|avoid|eliminate|drop|no|find|audit)\s+(\w+\s+){0,2})\b(special[- ]?cas(e|es|ed|ing)|hard[- ]?cod(e|es|ed|ing)|one[- ]offs?)\b/i,
      // A ticket (INC-4821), but not a standard (UTF-8, SHA-256, ISO-8601).
      /\b(?!(UTF|SHA|ISO|RFC|MD|AES|RSA|HTTP|TLS|SSL|IPV|IEEE)-)[A-Z][A-Z0-9]+-\d+\b/,
      /\b\d{1,3}(\.\d{1,3}){3}\b/,
      // A host or pod by its number (db-prod-03, web-07), a version (v2.14.1) or a file (/etc/pool.conf, pool.yaml).
      /\b[a-z][a-z0-9]*(-[a-z0-9]+)+-\d{1,3}\b|\b[a-z][a-z0-9]*-0\d{1,2}\b/,
      /\bv?\d+\.\d+\.\d+\b/,
      /(^|\s)\/[\w.-]+\/[\w./-]+|\b[\w-]+\.(ya?ml|json|conf|cfg|ini|toml|tf)\b/i,
      /\bonly\s+(for|on|in)\s+(the\s+)?[\w-]+\s+(service|cluster|host|server|node|pod|database|db)\b/i,
      /\b(for|after|like)\s+this\s+incident\b/i,
    ],
    message:
      'This sounds tailored to this one incident. Would a broader change also make similar incidents less likely?',
  },
];

/** How the incident's cost is weighed: in hours directly, or in money at the hourly rate; null when it cannot be. */
function incidentBudget(incident: IncidentCostEstimate | null): { amount: number; perHour: number } | null {
  if (incident === null || !Number.isFinite(incident.amount)) return null;
  if (incident.unit === 'person-hours') return { amount: incident.amount, perHour: 1 };
  return incident.hourlyRate ? { amount: incident.amount, perHour: incident.hourlyRate } : null;
}

/**
 * Plain-English hints when an action adds a manual gate or a freeze, fits this incident alone, or (with the incident's
 * cost, in person-hours or in money at the meeting's hourly rate) would cost more than the incident did. They advise;
 * nothing is refused.
 */
export function overreactionWarnings(
  action: { readonly title: string; readonly cost?: ActionCost | null; readonly status?: ActionStatus },
  incidentCost: IncidentCostEstimate | null = null,
): OverreactionWarning[] {
  const warnings: OverreactionWarning[] = heuristics
    .filter(({ patterns, unless }) => !unless?.test(action.title) && patterns.some((p) => p.test(action.title)))
    .map(({ kind, message }) => ({ kind, message }));
  const budget = incidentBudget(incidentCost);
  const hours = actionCostHours(action.cost ?? null);
  if (budget && hours !== null && action.status !== 'wont-do' && hours * budget.perHour > budget.amount) {
    warnings.push({
      kind: OverreactionKind.costlierThanIncident,
      message:
        'This action alone would cost more than the incident did. Is there a smaller step that gets most of the benefit?',
    });
  }
  return warnings;
}

/**
 * Hints about the actions as a list: together they would cost more than the incident did, or there are more of them
 * than the facilitator's limit. Actions marked "won't do" are not counted.
 */
export function actionListWarnings(
  actions: readonly { readonly cost: ActionCost | null; readonly status: ActionStatus }[],
  incidentCost: IncidentCostEstimate | null,
  maxActions: number,
): OverreactionWarning[] {
  const warnings: OverreactionWarning[] = [];
  const counted = actions.filter((action) => action.status !== 'wont-do');
  const budget = incidentBudget(incidentCost);
  const hours = counted.reduce((sum, action) => sum + (actionCostHours(action.cost) ?? 0), 0);
  if (budget && counted.length > 1 && hours * budget.perHour > budget.amount) {
    warnings.push({
      kind: OverreactionKind.togetherCostlier,
      message:
        'Together, the actions would cost more than the incident did. Which of them would you keep if you could only do half?',
    });
  }
  if (counted.length > maxActions) {
    warnings.push({
      kind: OverreactionKind.tooMany,
      message: `There are ${counted.length} actions, more than the ${maxActions} the facilitator set. Long lists rarely get done: which ones matter most?`,
    });
  }
  return warnings;
}
