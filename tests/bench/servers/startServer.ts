import type { BenchServer, ServerKind } from './BenchServer.ts';
import { startHocuspocusServer, startReferenceServer } from './startAnchorServer.ts';
import { startDebriefServer } from './startDebriefServer.ts';

/**
 * Starts one server under test. Debrief always stores in `dataDir`; the anchors run with their default (in-memory)
 * settings unless `persist` asks them to store documents in `dataDir` too.
 */
export function startServer(kind: ServerKind, dataDir: string, persist = false): Promise<BenchServer> {
  if (kind === 'debrief') return startDebriefServer(dataDir);
  const options = persist ? { persistDir: dataDir } : {};
  return kind === 'hocuspocus' ? startHocuspocusServer(options) : startReferenceServer(options);
}
