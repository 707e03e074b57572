import { lazyComponent } from '../ui/lazyComponent.tsx';

/**
 * The hints and the checker behind them come in their own chunk, fetched when a field that offers hints first shows:
 * the meeting opens without them, and they are needed only once someone has typed.
 */
export const LazyBlameHints = lazyComponent(() => import('./BlameHints.tsx').then((module) => module.BlameHints));
