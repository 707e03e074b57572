import { lazyComponent } from '../../ui/lazyComponent.tsx';

/** Only the facilitator link sees the alert feed, so its code comes in its own chunk. */
export const LazyAlertFeedPanel = lazyComponent(() =>
  import('./AlertFeedPanel.tsx').then((module) => module.AlertFeedPanel),
);
