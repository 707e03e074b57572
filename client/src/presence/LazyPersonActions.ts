import { lazyComponent } from '../ui/lazyComponent.tsx';

/** Only facilitators act on other people, so everyone else's room opens without this code. */
export const LazyPersonActions = lazyComponent(() =>
  import('./PersonActions.tsx').then((module) => module.PersonActions),
);
