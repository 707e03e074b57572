import { describe, expect, it } from 'vitest';
import type { Action } from '../lessons/actions.ts';
import { renderActionsCsv } from './renderActionsCsv.ts';

const base: Action = {
  id: 'a1',
  title: 'Add the pool to the failover health check',
  owner: { kind: 'named', name: 'Jo Lindqvist' },
  dueDate: '2026-11-20',
  type: 'detect',
  lessonCardIds: ['c1', 'c2'],
  cost: { unit: 'size', size: 'M' },
  status: 'in-progress',
  order: 1,
  createdAt: 1,
};

describe('renderActionsCsv', () => {
  it('writes one row per action under a header, with CRLF line ends', () => {
    const csv = renderActionsCsv(
      [
        base,
        {
          ...base,
          id: 'a2',
          title: 'Untitled',
          owner: null,
          dueDate: null,
          type: null,
          cost: null,
          lessonCardIds: [],
          status: 'open',
        },
      ],
      {
        c1: 'The runbook says nothing about pools',
        c2: 'Alerts pointed elsewhere',
      },
    );
    expect(csv).toBe(
      'Action,Owner,Due,Status,Type,Estimate (hours),Answers\r\n' +
        'Add the pool to the failover health check,Jo Lindqvist,2026-11-20,In progress,Detect,16,The runbook says nothing about pools | Alerts pointed elsewhere\r\n' +
        'Untitled,,,Open,,,\r\n',
    );
  });

  it('quotes commas, quotes and line breaks, and keeps spreadsheets from running formulas', () => {
    const csv = renderActionsCsv(
      [
        {
          ...base,
          title: '=HYPERLINK("http://evil","x")',
          owner: { kind: 'named', name: '@admin, "ops"' },
          lessonCardIds: [],
        },
      ],
      {},
    );
    const [, row] = csv.split('\r\n');
    expect(row).toBe('"\'=HYPERLINK(""http://evil"",""x"")","\'@admin, ""ops""",2026-11-20,In progress,Detect,16,');
  });
});
