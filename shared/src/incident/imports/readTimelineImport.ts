import { readAlertFile } from './readAlertFile.ts';
import { readCsvTimeline } from './readCsvTimeline.ts';
import { readPagerDutyLog } from './readPagerDutyLog.ts';
import { readSlackExport } from './readSlackExport.ts';
import type { ImportFormat, ImportOptions, TimelineImportReading } from './timelineImport.ts';

/** Reads a file of one of the import formats into events to preview; `readAt` times what a file leaves untimed. */
export function readTimelineImport(
  format: ImportFormat,
  content: string,
  options: ImportOptions,
  readAt: number,
): TimelineImportReading {
  if (content.trim() === '') return { ok: false, message: 'The file is empty' };
  switch (format) {
    case 'slack':
      return readSlackExport(content);
    case 'csv':
      return readCsvTimeline(content, options);
    case 'pagerduty':
      return readPagerDutyLog(content);
    case 'alerts':
      return readAlertFile(content, readAt);
  }
}
