/** What kind of blame a finding points at. */
export const BlameKind = {
  personAsCause: 'person-as-cause',
  counterfactual: 'counterfactual',
  judgement: 'judgement',
  humanError: 'human-error',
} as const;

export type BlameKind = (typeof BlameKind)[keyof typeof BlameKind];

/** A phrase to underline: `start`/`end` are UTF-16 offsets into the checked text. */
export interface BlameFinding {
  readonly start: number;
  readonly end: number;
  readonly kind: BlameKind;
  readonly why: string;
  readonly suggestion: string;
}

const PRONOUNS = new Set([
  'i',
  'we',
  'you',
  'he',
  'she',
  'they',
  'someone',
  'somebody',
  'anyone',
  'anybody',
  'nobody',
  'whoever',
  'ops',
]);

const ROLES = new Set([
  'on-call',
  'oncall',
  'engineer',
  'engineers',
  'developer',
  'developers',
  'dev',
  'devs',
  'operator',
  'operators',
  'admin',
  'admins',
  'administrator',
  'sre',
  'sres',
  'dba',
  'dbas',
  'reviewer',
  'reviewers',
  'author',
  'intern',
  'hire',
  'contractor',
  'contractors',
  'manager',
  'team',
  'commander',
  'person',
  'people',
]);

// Capitalised words that start sentences or name tools, never people.
const NOT_NAMES = new Set([
  'the',
  'this',
  'that',
  'these',
  'those',
  'it',
  'its',
  'a',
  'an',
  'our',
  'their',
  'his',
  'her',
  'my',
  'your',
  'if',
  'had',
  'when',
  'then',
  'what',
  'why',
  'how',
  'next',
  'just',
  'only',
  'rather',
  'root',
  'customers',
  'everyone',
  'nothing',
  'alerts',
  'postgres',
  'mysql',
  'redis',
  'kafka',
  'terraform',
  'kubernetes',
  'nginx',
  'jenkins',
  'github',
  'gitlab',
  'pagerduty',
  'grafana',
  'prometheus',
  'cloudflare',
  'vault',
  'consul',
  'datadog',
  'slack',
  'helm',
  'docker',
  'envoy',
  'istio',
  'route53',
  'elasticsearch',
  'rabbitmq',
  'replication',
]);

const ADVERBS = new Set([
  'really',
  'probably',
  'definitely',
  'also',
  'simply',
  'just',
  'clearly',
  'obviously',
  'certainly',
  'honestly',
  'still',
  'then',
  'never',
  'surely',
  'entirely',
]);

interface Word {
  readonly text: string;
  readonly start: number;
}

function wordsOf(text: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  for (const match of text.slice(from, to).matchAll(/[A-Za-z][\w'’-]*/g)) {
    words.push({ text: match[0], start: from + match.index });
  }
  return words;
}

function isName(word: string): boolean {
  return (
    /^[A-Z][a-z]+$/.test(word) &&
    !NOT_NAMES.has(word.toLowerCase()) &&
    !/(tion|sion|ment|ness|ity|ing|ance|ence|ure)$/.test(word)
  );
}

function isPersonWord(word: string): boolean {
  const lower = word.toLowerCase();
  return PRONOUNS.has(lower) || ROLES.has(lower) || isName(word);
}

const CLAUSE_BREAK = /[.;:!?,()–—]|\b(?:and|but|so|because|since|while|when|after|before|if|then|as)\b/gi;

function clauseStartBefore(text: string, index: number): number {
  let start = 0;
  for (const match of text.slice(0, index).matchAll(CLAUSE_BREAK)) {
    start = match.index + match[0].length;
  }
  return start;
}

/** Where the person who is the subject just before `index` starts, or -1 when the subject is not a person. */
function personSubjectStart(text: string, index: number): number {
  const clauseStart = clauseStartBefore(text, index);
  const words = wordsOf(text, clauseStart, index);
  // "Maria pushed the config and broke search": the subject is the sentence's first clause.
  if (words.length === 0 && /\b(?:and|but)\s*$/i.test(text.slice(0, clauseStart))) {
    const sentenceStart = Math.max(0, ...[...text.slice(0, clauseStart).matchAll(/[.!?;\n]/g)].map((m) => m.index + 1));
    const firstWords = wordsOf(text, sentenceStart, clauseStart).slice(0, 5);
    for (let count = firstWords.length; count > 0; count--) {
      const subjectEnd = firstWords[count]?.start ?? -1;
      if (subjectEnd > 0) {
        const start = personSubjectStart(text, subjectEnd);
        if (start >= 0 && start === firstWords[0]?.start) return start;
      }
    }
    return -1;
  }
  if (words.length >= 2 && /^on$/i.test(words.at(-2)?.text ?? '') && /^(call|duty)$/i.test(words.at(-1)?.text ?? '')) {
    words.splice(-2, 2);
  }
  while (words.length > 0 && ADVERBS.has((words.at(-1)?.text ?? '').toLowerCase())) words.pop();
  const last = words.at(-1);
  if (last === undefined) return -1;
  const lastLower = last.text.toLowerCase();
  if ((lastLower === 'who' || lastLower === 'that') && words.length > 1) {
    return personSubjectStart(text, last.start);
  }
  if (PRONOUNS.has(lastLower) || isName(last.text)) return last.start;
  // "the author of the change"
  const ofIndex = words.findLastIndex((word) => word.text.toLowerCase() === 'of');
  const head = ofIndex > 0 && words.length - ofIndex <= 3 ? words[ofIndex - 1] : last;
  if (head === undefined || !ROLES.has(head.text.toLowerCase())) return -1;
  if (head.text.toLowerCase() === 'on-call' && head !== last) return -1;
  let start = head.start;
  for (let i = words.indexOf(head) - 1; i >= 0 && i >= words.indexOf(head) - 4; i--) {
    const word = words[i];
    if (word === undefined) break;
    start = word.start;
    if (/^(the|our|their|a|an|this|that|your|my)$/i.test(word.text)) break;
  }
  return start;
}

// Blanks quoted speech and `>` quote lines so nothing inside them is flagged; offsets stay the same.
function maskQuotes(text: string): string {
  const blank = (match: string) => match.replace(/[^\n]/g, ' ');
  return text
    .replace(/^[ \t]*>.*$/gm, blank)
    .replace(/"[^"\n]*"/g, blank)
    .replace(/“[^”\n]*”/g, blank);
}

const IRREGULAR_GERUNDS: Record<string, string> = {
  taken: 'taking',
  caught: 'catching',
  known: 'knowing',
  written: 'writing',
  read: 'reading',
  run: 'running',
  done: 'doing',
  seen: 'seeing',
  given: 'giving',
  made: 'making',
  gone: 'going',
  spoken: 'speaking',
  told: 'telling',
  kept: 'keeping',
  sent: 'sending',
  set: 'setting',
  put: 'putting',
  left: 'leaving',
  thought: 'thinking',
  looked: 'looking',
};

function gerundOf(verb: string): string | undefined {
  const lower = verb.toLowerCase();
  const irregular = IRREGULAR_GERUNDS[lower];
  if (irregular !== undefined) return irregular;
  if (lower.endsWith('ied')) return `${lower.slice(0, -3)}ying`;
  if (lower.endsWith('ed') && lower.length > 4) return `${lower.slice(0, -2)}ing`;
  if (/^[a-z]+$/.test(lower) && !lower.endsWith('ed')) {
    return lower.endsWith('e') && !lower.endsWith('ee') ? `${lower.slice(0, -1)}ing` : `${lower}ing`;
  }
  return undefined;
}

const OBJECT_STOP = /^(before|after|instead|when|while|because|so|but|and|or|than|if|until|on|during)$/i;

function actionAfter(text: string, verbStart: number, verb: string): string | undefined {
  const gerund = gerundOf(verb);
  if (gerund === undefined) return undefined;
  const rest = text.slice(verbStart + verb.length).split(/[.;:!?,\n]/)[0] ?? '';
  const objectWords: string[] = [];
  for (const word of rest.trim().split(/\s+/)) {
    if (word === '' || OBJECT_STOP.test(word) || objectWords.length >= 5) break;
    objectWords.push(word);
  }
  return [gerund, ...objectWords].join(' ');
}

const PERSON_CAUSE_WHY =
  'Names a person as the cause, which turns the review towards who rather than what let it happen.';
const PERSON_CAUSE_SUGGESTION = 'What did the system allow here, and what made the action look reasonable at the time?';
const FAULT_WHY = 'Assigns fault to a person; people stop sharing details when a review hands out fault.';
const FAULT_SUGGESTION = 'Which conditions made this outcome possible, and how could the system catch it next time?';
const COUNTERFACTUAL_WHY =
  'Says what someone should have done, which judges with hindsight instead of explaining what happened.';
const HUMAN_ERROR_WHY = '“Human error” ends the inquiry at the point where it should start.';
const HUMAN_ERROR_SUGGESTION = 'Which part of the process let a single slip reach production?';
const JUDGEMENT_SUGGESTION =
  'What did the people involved see, and what made their choice look reasonable at the time?';

function counterfactualSuggestion(action: string | undefined): string {
  return action === undefined
    ? 'What made the right step hard or easy to skip at the time?'
    : `What made ${action} hard or easy to skip?`;
}

const CAUSE_VERBS =
  /\b(?:broke|breaks|caused|ignored|ignores|forgot|forgets|overlooked|neglected|botched|misconfigured|wiped|overrode|fat-fingered|(?:messed|screwed|mucked) (?:this |it |things )?up|dropped the ball|took (?:down|us offline)|brought down|knocked over|slept through|(?:is|was|are|were) (?:solely |entirely |directly )?responsible for (?:the|this|that) (?:outage|incident|failure|data loss|downtime|breakage)|pushed (?:an? |the )?(?:bad|broken|untested)|missed (?:the |a |an |three |two |several )?(?:[\w-]+ ){0,2}(?:alerts?|pages?|warnings?|signs?|errors?|bugs?))\b/gi;
const DID_NOT =
  /\b(?:didn['’]t|did not|never|failed to|neglected to)\s+(?:bother to\s+)?(check|test|read|run|follow|verify|notice|look|wait|ask|escalate|review|update|drain|renew|scale|acknowledge|acknowledged|checked|tested|verified|followed|noticed|reviewed|updated|bother|rotate|communicate|pay)\b/gi;
const ACCIDENTAL = /\b(?:accidentally|mistakenly|carelessly|inadvertently)\s+([a-z]+ed|ran|wiped|overwrote)\b/gi;
const BY_ACCIDENT =
  /\b(deleted|dropped|wiped|removed|ran|pushed|deployed|revoked|purged|truncated|overwrote)\b(?=[^.]*\bby (?:accident|mistake)\b)/gi;
const FAULT =
  /\b([\w-]+)['’]s (?:fault|mistake|screw-?up|blunder|(?:bad|broken|untested|botched) [\w-]+)\b|\b(?:the )?fault of ([\w-]+)|\bblame (?:lies |rests )?(?:with |on )?(?:the )?([\w'’-]+(?: [\w'’-]+){0,2})|\b([\w-]+) (?:is|are|was|were) to blame\b|\b(?:is|was) (?:all |squarely )?on ([A-Z][a-z]+)\b(?= for\b|[.!]|$)|\b(?:caused|broken|ignored|missed|overlooked|botched) by (?:the )?([\w-]+(?: [\w-]+)?)|\broot cause was ([A-Z][a-z]+) \w+ing\b/gi;
const SHOULD_HAVE =
  /\b(?:should(?:n['’]t| not)?(?: have|['’]ve)|ought to have|needed to)\s+(?:(?:just|simply|really|at least)\s+)?([a-z]+)/gi;
const COULD_JUST =
  /\b(?:could|would)(?: have|['’]ve) (?:just|simply|easily)\s+([a-z]+)|\bcould (?:just|simply|easily) have\s+([a-z]+)/gi;
const FAILED_TO = /\bfailed to\s+([a-z]+)/gi;
const IF_ONLY = /\bif only\b/gi;
const IF_HAD =
  /\b(?:if|had)\s+((?:the |our )?[\w-]+(?: [\w-]+)??)\s+(?:had\s+(?:been\s+)?)?([a-z-]+ed|[a-z]+ing|read|run|done|known)\b/gi;
const ALL_HAD_TO = /\ball ([\w-]+) (?:had|needed) to do\b/gi;
const JUDGEMENT_WORDS =
  /\b(?:careless(?:ly|ness)?|sloppy|sloppily|sloppiness|negligen(?:t|tly|ce)|lazy|lazily|laziness|incompeten(?:t|ce)|stupid(?:ity)?|reckless(?:ly|ness)?|dumb|idiot(?:ic)?|irresponsibl[ey]|inexcusable|amateur(?:ish)?|rookie mistake|clueless|boneheaded|obviously|should have known better|(?:obvious|clear) to anyone|anyone competent|(?:was|were|wasn['’]t|weren['’]t) paying attention|(?:wasn['’]t|was not|weren['’]t|were not) (?:careful|thorough|paying attention)|(?:nobody|no one|never) bothered|(?:clearly|just|simply) (?:had to|needed to|has to|have to|forgot|ignored|didn['’]t|did not|wasn['’]t|weren['’]t|nobody|no one|the \w+ team|someone|did not))\b/gi;
const HUMAN_ERROR = /\b(?:human|operator|user|pilot)[- ]error\b|\bPEBKAC\b|\bID-?10-?T\b/gi;
// "rather than stopping at human error", "the term human error": the words mentioned, not offered as a cause.
const NOT_A_CAUSE =
  /\b(?:rather than|instead of|avoids?|avoiding|beyond|not|never) (?:\w+ ){0,3}$|\b(?:term|phrase|label|words?) $/i;

/** Phrases in post-incident writing that blame people instead of examining the system. */
export function checkBlamelessLanguage(text: string): BlameFinding[] {
  const masked = maskQuotes(text);
  const findings: BlameFinding[] = [];
  const add = (start: number, end: number, kind: BlameKind, why: string, suggestion: string) => {
    if (!findings.some((finding) => start < finding.end && finding.start < end)) {
      findings.push({ start, end, kind, why, suggestion });
    }
  };

  for (const match of masked.matchAll(HUMAN_ERROR)) {
    const before = masked.slice(clauseStartBefore(masked, match.index), match.index);
    if (NOT_A_CAUSE.test(before)) continue;
    add(match.index, match.index + match[0].length, BlameKind.humanError, HUMAN_ERROR_WHY, HUMAN_ERROR_SUGGESTION);
  }

  for (const match of masked.matchAll(FAULT)) {
    const person = match.slice(1).find((group) => group !== undefined) ?? '';
    const words = person.split(' ');
    if (!words.some((word) => isPersonWord(word))) continue;
    add(match.index, match.index + match[0].length, BlameKind.personAsCause, FAULT_WHY, FAULT_SUGGESTION);
  }

  for (const pattern of [SHOULD_HAVE, FAILED_TO]) {
    for (const match of masked.matchAll(pattern)) {
      const subject = personSubjectStart(masked, match.index);
      if (subject < 0) continue;
      const verb = match[1] ?? '';
      const verbStart = match.index + match[0].length - verb.length;
      add(
        match.index,
        match.index + match[0].length,
        BlameKind.counterfactual,
        COUNTERFACTUAL_WHY,
        counterfactualSuggestion(actionAfter(masked, verbStart, verb)),
      );
    }
  }

  for (const match of masked.matchAll(COULD_JUST)) {
    const verb = match[1] ?? match[2] ?? '';
    const verbStart = match.index + match[0].length - verb.length;
    add(
      match.index,
      match.index + match[0].length,
      BlameKind.counterfactual,
      'Suggests the fix was easy, which is only clear with hindsight.',
      counterfactualSuggestion(actionAfter(masked, verbStart, verb)),
    );
  }

  for (const match of masked.matchAll(IF_ONLY)) {
    add(
      match.index,
      match.index + match[0].length,
      BlameKind.counterfactual,
      'Imagines a different past instead of describing the one that happened.',
      'What would have made the better choice easier to see at the time?',
    );
  }

  for (const match of masked.matchAll(IF_HAD)) {
    const subject = match[1] ?? '';
    if (!isPersonWord(subject.split(' ').at(-1) ?? '')) continue;
    add(
      match.index,
      match.index + match[0].length,
      BlameKind.counterfactual,
      COUNTERFACTUAL_WHY,
      counterfactualSuggestion(
        actionAfter(masked, match.index + match[0].length - (match[2] ?? '').length, match[2] ?? ''),
      ),
    );
  }

  for (const match of masked.matchAll(ALL_HAD_TO)) {
    if (!isPersonWord(match[1] ?? '')) continue;
    add(
      match.index,
      match.index + match[0].length,
      BlameKind.counterfactual,
      'Makes the right action sound trivial, which is only clear with hindsight.',
      'What made that step hard to see or take at the time?',
    );
  }

  for (const pattern of [CAUSE_VERBS, DID_NOT, ACCIDENTAL, BY_ACCIDENT]) {
    for (const match of masked.matchAll(pattern)) {
      const subject = personSubjectStart(masked, match.index);
      if (subject < 0) continue;
      add(subject, match.index + match[0].length, BlameKind.personAsCause, PERSON_CAUSE_WHY, PERSON_CAUSE_SUGGESTION);
    }
  }

  for (const match of masked.matchAll(JUDGEMENT_WORDS)) {
    add(
      match.index,
      match.index + match[0].length,
      BlameKind.judgement,
      `“${match[0]}” judges the people involved rather than describing what happened.`,
      JUDGEMENT_SUGGESTION,
    );
  }

  return findings.sort((a, b) => a.start - b.start);
}
