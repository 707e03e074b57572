import { lazyComponent } from '../ui/lazyComponent.tsx';

/** tldraw and its styles come in their own chunk, fetched only when someone opens the board. */
export const LazyBoardPanel = lazyComponent(() => import('./BoardPanel.tsx').then((module) => module.BoardPanel));
