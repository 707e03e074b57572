import type { Stage } from './stages.ts';

/** What a facilitator reads about one stage: why it exists, questions to ask, and what to steer away from. */
export interface StageGuide {
  readonly purpose: string;
  readonly prompts: readonly string[];
  readonly traps: readonly string[];
}

/**
 * The facilitator's guide, one entry per stage, drawn from blameless post-incident practice (Etsy's Debriefing
 * Facilitation Guide, Google SRE's postmortem culture, Dekker's local rationality, Learning from Incidents).
 */
export const facilitatorGuide: Record<Stage, StageGuide> = {
  prepare: {
    purpose:
      'Gather the facts while they are fresh, so the meeting spends its time on understanding, not on reconstructing. Invite everyone who was involved or affected, within a week of the incident.',
    prompts: [
      'How did we first find out something was wrong?',
      'Who noticed the impact, and what did they see?',
      'Which logs, graphs and chat threads show what happened?',
      'When did the impact start, and when did it end?',
      'Who was involved, and who was affected but not in the room?',
    ],
    traps: [
      'Writing conclusions into the facts before the meeting has met.',
      'Only inviting the people who responded, not those who were affected.',
      'Leaving the timeline so sparse that the meeting spends its time rebuilding it.',
      'Waiting so long that memories fade and chat history scrolls away.',
    ],
  },
  'check-in': {
    purpose:
      'Help people arrive and feel safe to speak. Set the tone: we are here to learn how the work really happens, not to find a culprit.',
    prompts: [
      'In a word or a line, how are you arriving today?',
      'Is there anything on your mind that would help us to know?',
      'What do you hope to take away from this meeting?',
      'Is anyone here for the first time at a post-mortem?',
    ],
    traps: [
      'Skipping the check-in because the meeting feels short on time.',
      'Asking people to explain or justify how they feel.',
      'Forgetting to say out loud that this meeting is blameless.',
      'Letting those closest to the incident feel on trial before anything is said.',
    ],
  },
  timeline: {
    purpose:
      'Build one shared picture of what happened, as it looked to the people inside it at the time. Understand why each step made sense then.',
    prompts: [
      'What did you see at this point?',
      'What were you expecting to happen?',
      'What made this action look reasonable at the time?',
      'What did the dashboards, alerts or runbooks tell you then?',
      'What else was going on that took your attention?',
      'Who else knew something useful, and how did it reach the team?',
    ],
    traps: [
      'Hindsight bias: judging earlier steps by what we only know now.',
      'Counterfactuals: talking about what should have happened instead of what did.',
      'Skipping the confusing parts, which are where the learning is.',
      'Debating fixes before the story is complete.',
      'Letting the loudest voice tell the story for everyone.',
    ],
  },
  lessons: {
    purpose:
      'Understand how the system let this happen before deciding what to change. Look for several contributing factors, not a single cause.',
    prompts: [
      'What helped us detect or recover from this?',
      'What slowed us down, and why was it there?',
      'Where did the system make the risky path the easy one?',
      'What do we know now that we did not know before?',
      'Where else could the same conditions show up?',
    ],
    traps: [
      'Jumping to fixes: park solution ideas for the actions stage.',
      'Settling on one root cause when several factors worked together.',
      'Naming a person as the cause instead of asking what shaped their choices.',
      'Calling it human error, which ends the inquiry instead of starting it.',
      'Letting the loudest voice or the most senior person set the conclusion.',
    ],
  },
  actions: {
    purpose:
      'Agree a few changes that make similar incidents less likely or less harmful. Each action answers a lesson and has one owner and a due date.',
    prompts: [
      'Which lesson does this action answer?',
      'Who will own it, and by when?',
      'Is the cost of this change in proportion to the cost of the incident?',
      'Would this help with other incidents, not just this one?',
      'How will we know it worked?',
    ],
    traps: [
      'Actions that add manual gates, approvals or freezes that slow everyone down.',
      'Too many actions: three done beat ten forgotten.',
      'Fixes so specific to this incident that they prevent nothing else.',
      'Actions owned by a team rather than one named owner.',
      'Actions such as "be more careful" that ask people to try harder.',
    ],
  },
  'check-out': {
    purpose:
      'Close the meeting well. Hear how people leave and whether the time was worth it, so the next post-mortem can be better.',
    prompts: [
      'In a word or a line, how are you leaving?',
      'Was this meeting worth your time?',
      'What would make the next post-mortem better?',
      'Is there anything left unsaid that you would like to add?',
    ],
    traps: [
      'Running out of time and skipping the check-out.',
      'Treating low ratings as criticism instead of feedback on the format.',
      'Ending without saying what happens to the record and the actions next.',
    ],
  },
  closed: {
    purpose:
      'The meeting is over; the record is where the learning spreads. Share it widely, and follow the actions until they are done.',
    prompts: [
      'Who else would learn from reading this record?',
      'Where will we share it: a channel, a newsletter, a learning review?',
      'When will we check on the actions and their owners?',
      'Which patterns does this share with earlier incidents?',
    ],
    traps: [
      'Filing the record where nobody will read it.',
      'Editing the record afterwards to make it sound tidier than it was.',
      'Letting actions go stale without a check-in date.',
      'Sharing it without its context, so readers reach for blame.',
    ],
  },
};
