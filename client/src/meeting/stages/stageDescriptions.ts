import type { Stage } from '@debrief/shared';

/** What happens in each stage, in a sentence or two, from the agenda in DESIGN.md. */
export const stageDescriptions: Record<Stage, string> = {
  prepare:
    'Collect the facts while they are fresh: how we became aware of the incident, its impact, the series of events, and how and when it was solved. Attach evidence such as logs, merge requests, CI runs, chat messages and metrics.',
  'check-in':
    'Arrive and be present. Each person shares, in a line, how they arrive and how they feel. Nobody has to explain.',
  timeline:
    'Get everyone on the same page. Go through the series of events in time order, add what is missing, ask questions about an event, and attach evidence.',
  lessons:
    'Understand before solving. Write together why it went wrong: what helped us, what slowed us down, what we could have done differently, and what we know now that we did not before. Park solution ideas for the next stage.',
  actions:
    'Make similar incidents less likely. Each action has one owner, a due date, and the lesson it answers. Weigh its cost against the cost of the incident, and watch for overreaction such as manual gates or freezes.',
  'check-out': 'Leave well. Each person says how they leave, and whether the meeting was worth their time.',
  closed: 'This is the record of the meeting: the facts, what we learned and the actions we agreed.',
};
