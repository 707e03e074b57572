import type { BrowserFloorResult } from '../browserFloor/runBrowserFloor.ts';
import type { EntryScriptsResult } from '../workloads/measureEntryScripts.ts';
import type { BrowserLoadResult } from '../workloads/runBrowserLoad.ts';
import type { CapacityResult } from '../workloads/runCapacity.ts';
import type { ColdLoadResult } from '../workloads/runColdLoad.ts';
import type { FanOutResult, FanOutScenario } from '../workloads/runFanOut.ts';
import type { LibrarySearchResult } from '../workloads/runLibrarySearch.ts';
import type { DeploymentFanOut } from '../workloads/runTwoInstances.ts';
import type { TypingLatencyResult } from '../workloads/runTypingLatency.ts';
import type { MachineDescription } from './describeMachine.ts';

/** Everything one run measured; written as JSON beside the printed table. */
export interface BenchResults {
  readonly startedAt: string;
  durationSeconds: number;
  readonly quick: boolean;
  readonly machine: MachineDescription;
  /** 1-minute load average when the run started and ended: above the core count, other work shared the machine. */
  readonly loadAverage: { readonly atStart: number; atEnd: number };
  readonly fanOutScenarios: readonly FanOutScenario[];
  fanOut: FanOutResult[];
  capacity: CapacityResult[];
  coldLoad: ColdLoadResult[];
  largeMeeting: { timelineEvents: number; cards: number; actions: number; bytes: number } | null;
  browser: BrowserLoadResult | null;
  /** The same cold load of the large meeting, by a minimal page on the reference server (the stack's floor). */
  browserFloor: BrowserFloorResult | null;
  typicalMeeting: { timelineEvents: number; cards: number; actions: number; bytes: number } | null;
  /** The typical meeting opened in Chromium, as the large one is. */
  typicalBrowser: BrowserLoadResult | null;
  /** The typical meeting by the minimal page, and the floors with nothing to load: a static page, React alone. */
  typicalBrowserFloor: BrowserFloorResult | null;
  /** Scripts the built index.html names (the entry), gzip -9. */
  entryScripts: EntryScriptsResult | null;
  /** Scripts the meeting page had loaded when it became usable in Chromium (entry plus its eager lazy chunks). */
  scriptsBeforeUsable: EntryScriptsResult | null;
  /** The library's search over published post-mortems, against a LIKE scan of the same text. */
  librarySearch: LibrarySearchResult | null;
  /** Keystroke-to-paint latency in the large meeting's timeline and lessons while others edit it. */
  typing: TypingLatencyResult | null;
  /** Fan-out on one instance and on two sharing meetings, with the scenarios it ran. */
  readonly instanceScenarios: readonly FanOutScenario[];
  instances: DeploymentFanOut[];
  errors: string[];
}
