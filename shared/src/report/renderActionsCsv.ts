import { actionCostHours } from '../lessons/actionCost.ts';
import { actionStatusLabels } from '../lessons/actionStatuses.ts';
import type { Action } from '../lessons/actions.ts';
import { actionTypeLabels } from '../lessons/actionTypes.ts';

const HEADER = ['Action', 'Owner', 'Due', 'Status', 'Type', 'Estimate (hours)', 'Answers'];

/**
 * The actions as CSV (RFC 4180, CRLF) for a tracker or a spreadsheet. A cell that a spreadsheet would run as a formula
 * (starting with =, +, -, @ or a tab) is prefixed with an apostrophe, so opening the file runs nothing.
 */
export function renderActionsCsv(actions: readonly Action[], lessonTexts: Readonly<Record<string, string>>): string {
  const rows = actions.map((action) => [
    action.title.trim(),
    action.owner?.name ?? '',
    action.dueDate ?? '',
    actionStatusLabels[action.status],
    action.type ? actionTypeLabels[action.type] : '',
    String(actionCostHours(action.cost) ?? ''),
    action.lessonCardIds
      .map((id) => lessonTexts[id] ?? '')
      .filter((text) => text !== '')
      .join(' | '),
  ]);
  return `${[HEADER, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
