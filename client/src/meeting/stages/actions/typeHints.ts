import type { ActionType } from '@debrief/shared';

/** What each type of action does about the risk, in a few words. */
export const actionTypeHints: Record<ActionType, string> = {
  prevent: 'Stops this kind of incident from happening',
  mitigate: 'Makes the impact smaller or shorter',
  detect: 'Helps us notice sooner',
  learn: 'Helps us understand more first',
  'accept-risk': 'We choose to live with it, knowingly',
};
