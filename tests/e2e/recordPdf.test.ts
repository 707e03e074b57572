import fs from 'node:fs';
import {
  addAction,
  addCard,
  addIncidentEvidence,
  addParkingLotItem,
  addTimelineEvents,
  readActions,
  readParkingLot,
  readTimeline,
  replaceIncidentFactText,
  replaceLessonSummary,
  setIncidentTime,
  updateAction,
} from '@debrief/shared';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { connectTestClient } from '../support/connectTestClient.ts';
import { createMeetingViaApi, joinWithName, openAs, screenshotPath, useBrowserAndApp } from './fixtures/meetingRoom.ts';

const title = 'Search results empty after index rebuild';

const e2e = useBrowserAndApp();

describe('the closed record printed to PDF', () => {
  it('is a clean document: every section with its content, links spelled out, and none of the meeting’s controls', async () => {
    const meeting = await createMeetingViaApi(e2e.app.url, title, {
      severity: 'SEV2',
      summary: 'Search returned no results for 52 minutes',
      occurredAt: '2026-11-18T09:12:00+01:00',
    });
    await writeMeeting(meeting.id, meeting.tokens.participant);
    const response = await fetch(`${e2e.app.url}/api/meetings/${meeting.id}/commands`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${meeting.tokens.facilitator}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'close' }),
    });
    expect(response.status).toBe(200);

    // The facilitator's page has the most on it that must not print: controls, downloads, the guide.
    const page = await openAs(e2e.browser, meeting.links.facilitator);
    await joinWithName(page, 'Priya Raman', title);
    const record = page.getByRole('article', { name: 'The post-mortem record' });
    await record.getByText('Rebuild the index beside the live one and switch over').waitFor();
    await page.getByRole('button', { name: 'Downloads' }).waitFor();
    await page.getByRole('button', { name: 'Print the record' }).focus();

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    fs.writeFileSync(screenshotPath('record.pdf'), pdf);
    const pages = await readPdfText(pdf);
    // Lines of a paragraph end where the page's width ends them: compare words, not line breaks.
    const text = pages.join('\n').replace(/\s+/g, ' ');
    fs.writeFileSync(screenshotPath('record-pdf.txt'), pages.join('\n\f\n'));

    expect(text).toMatch(/post-mortem record/i);
    expect(text).toContain(title);
    for (const [heading, content] of [
      ['The facts', 'The empty-results alert fired at 09:19'],
      ['Timeline', 'The nightly job starts rebuilding the search index in place.'],
      ['Why it went wrong', 'The rebuild deleted the live index before the new one was ready'],
      ['Lessons learned', 'Nobody knew the rebuild ran in place'],
      ['Actions', 'Rebuild the index beside the live one and switch over'],
      ['Parking lot', 'Should search fall back to the last snapshot?'],
    ]) {
      expect(text).toContain(heading);
      expect(text).toContain(content);
    }
    // A link prints its address after its text, since paper cannot be clicked.
    expect(text).toMatch(/Search error rate\s*\(https:\/\/grafana\.example\.com\/d\/search/);
    for (const chrome of [
      'Download the report',
      'Actions (CSV)',
      'Everything (JSON)',
      'Print the record',
      'Downloads',
      'Reopen the meeting',
      'Run the meeting',
      'Meeting notes',
      "Facilitator's guide",
      'Debrief',
      'Online',
    ]) {
      expect(text).not.toContain(chrome);
    }
    // A heading never ends a page: the first lines of its section follow it, on A4 as on Letter.
    const letter = await readPdfText(await page.pdf({ format: 'Letter', printBackground: true }));
    expect(letter.join(' ').replace(/\s+/g, ' ')).toContain('Rebuild the index beside the live one and switch over');
    for (const pageText of [...pages, ...letter]) {
      const lastLine = pageText.trim().split('\n').at(-1)?.trim();
      expect(['The facts', 'Timeline', 'Why it went wrong', 'Lessons learned', 'Actions', 'Parking lot']).not.toContain(
        lastLine,
      );
    }

    // What the printed page looks like, at the width of A4 inside its margins.
    await page.setViewportSize({ width: 680, height: 960 });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: screenshotPath('record-print.png'), fullPage: true });
  });
});

/** The text of each page of a PDF, a line for each line of text. */
async function readPdfText(pdf: Buffer): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true, isEvalSupported: false })
    .promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  }
  await document.destroy();
  return pages;
}

/** A small post-mortem written through a participant's own Yjs client, as the stage screens would. */
async function writeMeeting(meetingId: string, token: string) {
  const writer = connectTestClient(e2e.app.wsUrl, meetingId, { token });
  await writer.synced();
  fillMeeting(writer.doc);
  const probe = connectTestClient(e2e.app.wsUrl, meetingId, { token });
  await probe.synced();
  await expect.poll(() => readTimeline(probe.doc).length).toBe(4);
  await expect.poll(() => readActions(probe.doc).length).toBe(2);
  await expect.poll(() => readParkingLot(probe.doc).length).toBe(1);
  writer.destroy();
  probe.destroy();
}

function fillMeeting(doc: Y.Doc) {
  const zone = 'Europe/Berlin';
  const at = (time: string) => `2026-11-18T${time}:00+01:00`;
  setIncidentTime(doc, 'started', { at: at('09:12'), timeZone: zone });
  setIncidentTime(doc, 'detected', { at: at('09:19'), timeZone: zone });
  setIncidentTime(doc, 'resolved', { at: at('10:04'), timeZone: zone });
  replaceIncidentFactText(doc, 'howWeBecameAware', 'The empty-results alert fired at 09:19 and paged the search team.');
  replaceIncidentFactText(doc, 'impact', 'Every search on the shop returned nothing for 52 minutes.');
  replaceIncidentFactText(doc, 'howItWasSolved', 'We restored yesterday’s index snapshot and paused the nightly job.');
  addIncidentEvidence(doc, {
    id: 'evidence-graph',
    url: 'https://grafana.example.com/d/search/errors',
    label: 'Search error rate',
    kind: 'metric',
    addedAt: 1_763_450_000_000,
  });
  addTimelineEvents(
    doc,
    [
      ['09:12', 'action', 'The nightly job starts rebuilding the search index in place.'],
      ['09:19', 'detection', 'Alert: more than half of searches return no results.'],
      ['09:40', 'diagnosis', 'The index holds 3% of its documents: the rebuild had cleared it first.'],
      ['10:04', 'resolution', 'Yesterday’s snapshot restored; searches return results again.'],
    ].map(([time, kind, description], index) => ({
      id: `event-${index}`,
      at: at(time as string),
      timeZone: zone,
      kind: kind as 'action' | 'detection' | 'diagnosis' | 'resolution',
      description: description as string,
      createdAt: 1_763_450_000_000 + index,
    })),
  );
  replaceLessonSummary(
    doc,
    'The rebuild deleted the live index before the new one was ready, and nothing told the job to stop while searches failed.',
  );
  addCard(doc, {
    id: 'card-alert',
    prompt: 'helped',
    text: 'The alert fired within seven minutes.',
    author: null,
    now: 1,
  });
  addCard(doc, {
    id: 'card-in-place',
    prompt: 'slowed',
    text: 'Nobody knew the rebuild ran in place.',
    author: null,
    now: 2,
  });
  addCard(doc, {
    id: 'card-snapshot',
    prompt: 'learned',
    text: 'Snapshots are taken daily and restore in minutes.',
    author: null,
    now: 3,
  });
  addAction(doc, { id: 'action-beside', title: 'Rebuild the index beside the live one and switch over', now: 1 });
  updateAction(doc, 'action-beside', { owner: { kind: 'named', name: 'Amir Haddad' }, dueDate: '2026-12-04' });
  addAction(doc, { id: 'action-guard', title: 'Stop the job when the live index shrinks by half', now: 2 });
  addParkingLotItem(doc, { id: 'parked', text: 'Should search fall back to the last snapshot?', author: null, now: 1 });
}
