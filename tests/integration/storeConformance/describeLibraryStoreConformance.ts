import type { LibraryEntry, LibraryStore } from '@debrief/server';
import { type LibraryDocument, splitHighlights, toFullTextQuery, toRelatedQuery } from '@debrief/shared';
import { describe, expect, it } from 'vitest';
import type { StoreBackend } from './StoreBackend.ts';
import { useTestDatabase } from './useTestDatabase.ts';

type DocumentParts = Partial<Omit<LibraryDocument, 'text'>> & { readonly text?: Partial<LibraryDocument['text']> };

function libraryDocument(parts: DocumentParts = {}): LibraryDocument {
  const title = parts.title ?? 'An incident';
  return {
    title,
    summary: parts.summary ?? 'Something broke',
    severity: parts.severity ?? 'SEV3',
    occurredAt: parts.occurredAt === undefined ? '2026-03-01T10:00:00Z' : parts.occurredAt,
    text: {
      title,
      summary: parts.summary ?? 'Something broke',
      timeline: '',
      lessons: '',
      actions: '',
      ...parts.text,
    },
    actions: parts.actions ?? [],
  };
}

function entry(meetingId: string, parts: DocumentParts = {}, extra: Partial<LibraryEntry> = {}): LibraryEntry {
  return {
    meetingId,
    document: libraryDocument(parts),
    services: [],
    path: `/m/${meetingId}#observer`,
    publishedAt: 1_767_000_000_000,
    ...extra,
  };
}

const search = (library: LibraryStore, typed: string, filters: Partial<Parameters<LibraryStore['search']>[0]> = {}) =>
  library.search({ match: toFullTextQuery(typed), limit: 20, ...filters });
const idsOf = (response: Awaited<ReturnType<LibraryStore['search']>>) => response.results.map((result) => result.id);
const marked = (text: string) =>
  splitHighlights(text)
    .filter((part) => part.match)
    .map((part) => part.text.toLowerCase());

export function describeLibraryStoreConformance(backend: StoreBackend): void {
  describe('library store', () => {
    const openDatabase = useTestDatabase(backend);

    it('publishes, lists everything newest incident first, and withdraws', async () => {
      const { library } = (await openDatabase()).stores;
      expect(await library.get('m1')).toBeNull();
      await library.publish(entry('m1', { occurredAt: '2026-01-05T08:00:00Z' }, { services: ['api', 'db'] }));
      await library.publish(entry('m2', { occurredAt: null }, { services: ['web'], publishedAt: 1_767_000_000_500 }));
      await library.publish(entry('m3', { occurredAt: '2026-02-01T08:00:00Z' }, { services: ['api'] }));
      await library.publish(entry('m4', { occurredAt: null }, { publishedAt: 1_767_000_000_900 }));
      expect(await library.get('m1')).toEqual({
        services: ['api', 'db'],
        publishedAt: 1_767_000_000_000,
        path: '/m/m1#observer',
      });
      const all = await library.search({ match: null, limit: 10 });
      expect(idsOf(all)).toEqual(['m3', 'm1', 'm4', 'm2']);
      expect(all.total).toBe(4);
      expect(all.services).toEqual(['api', 'db', 'web']);
      expect(all.results[0]).toEqual({
        id: 'm3',
        title: 'An incident',
        summary: 'Something broke',
        severity: 'SEV3',
        occurredAt: '2026-02-01T08:00:00Z',
        services: ['api'],
        publishedAt: 1_767_000_000_000,
        excerpt: 'Something broke',
        path: '/m/m3#observer',
      });
      const firstTwo = await library.search({ match: null, limit: 2 });
      expect(idsOf(firstTwo)).toEqual(['m3', 'm1']);
      expect(firstTwo.total).toBe(4);

      // Publishing again replaces what the library held, services too.
      await library.publish(entry('m1', { title: 'Renamed' }, { services: ['queue'], publishedAt: 1_767_000_001_000 }));
      expect(await library.get('m1')).toMatchObject({ services: ['queue'], publishedAt: 1_767_000_001_000 });
      expect((await library.search({ match: null, limit: 10 })).services).toEqual(['api', 'queue', 'web']);

      await library.withdraw('m1');
      await library.withdraw('never-published');
      expect(await library.get('m1')).toBeNull();
      expect(idsOf(await library.search({ match: null, limit: 10 }))).toEqual(['m3', 'm4', 'm2']);
      expect(await search(library, 'renamed')).toMatchObject({ results: [], total: 0 });
    });

    it('refreshes a published post-mortem’s text and actions, and leaves unpublished ones out', async () => {
      const { library } = (await openDatabase()).stores;
      await library.publish(entry('m1', { title: 'Cache stampede' }, { services: ['cache'] }));
      await library.refresh('m1', libraryDocument({ title: 'Thundering herd', severity: 'SEV1' }));
      await library.refresh('m2', libraryDocument({ title: 'Thundering herd' }));
      expect(await library.get('m2')).toBeNull();
      expect(idsOf(await search(library, 'thundering'))).toEqual(['m1']);
      expect(await search(library, 'stampede')).toMatchObject({ results: [], total: 0 });
      const [result] = (await search(library, 'herd')).results;
      expect(result).toMatchObject({ severity: 'SEV1', services: ['cache'], summary: 'Something broke' });
    });

    it('ranks matches in the title above the summary, and those above lessons, actions and the timeline', async () => {
      const { library } = (await openDatabase()).stores;
      await library.publish(entry('timeline', { text: { timeline: 'Kafka consumers stalled at 10:02' } }));
      await library.publish(entry('title', { title: 'Kafka partition loss' }));
      await library.publish(entry('lessons', { text: { lessons: 'Watch kafka lag' } }));
      await library.publish(entry('summary', { summary: 'A kafka broker filled its disk' }));
      await library.publish(entry('elsewhere', { title: 'Postgres failover' }));
      const found = await search(library, 'kafka');
      expect(found.total).toBe(4);
      expect(idsOf(found)).toEqual(['title', 'summary', 'lessons', 'timeline']);
      const limited = await search(library, 'kafka', { limit: 2 });
      expect(idsOf(limited)).toEqual(['title', 'summary']);
      expect(limited.total).toBe(4);
    });

    it('marks the matches in the title and in an excerpt of the best-matching part', async () => {
      const { library } = (await openDatabase()).stores;
      await library.publish(
        entry('m1', {
          title: 'Kafka partition loss',
          summary: 'Orders stopped flowing',
          text: { timeline: 'The kafka brokers ran out of disk after retention was raised' },
        }),
      );
      await library.publish(
        entry('m2', { title: 'DNS outage', text: { lessons: 'Our kafka clients retried forever' } }),
      );
      const found = await search(library, 'kafka');
      const byId = Object.fromEntries(found.results.map((result) => [result.id, result]));
      expect(marked(byId.m1?.title ?? '')).toEqual(['kafka']);
      expect(
        splitHighlights(byId.m1?.title ?? '')
          .map((part) => part.text)
          .join(''),
      ).toBe('Kafka partition loss');
      expect(byId.m1?.summary).toBe('Orders stopped flowing');
      expect(marked(byId.m2?.excerpt ?? '')).toEqual(['kafka']);
      expect(
        splitHighlights(byId.m2?.excerpt ?? '')
          .map((part) => part.text)
          .join(''),
      ).toContain('clients retried');
      // A title with no match comes back as it is.
      expect(byId.m2?.title).toBe('DNS outage');
    });

    it('matches the start of a word, other forms of a word, and letters with or without accents', async () => {
      const { library } = (await openDatabase()).stores;
      await library.publish(entry('accents', { title: 'Café in Zürich lost power' }));
      await library.publish(entry('stems', { summary: 'The scheduler restarted every worker twice' }));
      await library.publish(entry('plain', { title: 'Resume parsing failed' }));
      expect(idsOf(await search(library, 'cafe zurich'))).toEqual(['accents']);
      expect(idsOf(await search(library, 'CAFÉ'))).toEqual(['accents']);
      expect(marked((await search(library, 'zurich')).results[0]?.title ?? '')).toEqual(['zürich']);
      expect(idsOf(await search(library, 'résumé'))).toEqual(['plain']);
      expect(idsOf(await search(library, 'zür'))).toEqual(['accents']);
      expect(idsOf(await search(library, 'restarts'))).toEqual(['stems']);
      expect(idsOf(await search(library, 'schedul work'))).toEqual(['stems']);
      expect(idsOf(await search(library, 'scheduler database'))).toEqual([]);
      // Common words are words too, and so are the words they begin.
      expect(idsOf(await search(library, 'the'))).toEqual(['stems']);
      expect(idsOf(await search(library, 'in lost'))).toEqual(['accents']);
    });

    it('finds related post-mortems sharing any of the words, and leaves out the one asked about', async () => {
      const { library } = (await openDatabase()).stores;
      await library.publish(entry('self', { title: 'Certificate expired on payments gateway' }));
      await library.publish(entry('both', { title: 'Payments gateway certificate rotation failed' }));
      await library.publish(entry('one', { summary: 'The certificate of the status page lapsed' }));
      await library.publish(entry('none', { title: 'Disk filled on build agents' }));
      const related = await library.search({
        match: toRelatedQuery('Certificate expired on payments gateway'),
        limit: 5,
        excludeId: 'self',
      });
      expect(idsOf(related)).toEqual(['both', 'one']);
      expect(related.total).toBe(2);
    });

    it('filters by severity, service and the day the incident started', async () => {
      const { library } = (await openDatabase()).stores;
      await library.publish(
        entry(
          'jan',
          { title: 'Login errors', severity: 'SEV1', occurredAt: '2026-01-31T23:30:00Z' },
          { services: ['auth'] },
        ),
      );
      await library.publish(
        entry(
          'feb',
          { title: 'Login slowness', severity: 'SEV2', occurredAt: '2026-02-01T00:10:00Z' },
          {
            services: ['auth', 'web'],
          },
        ),
      );
      await library.publish(entry('undated', { title: 'Login loops', severity: 'SEV2', occurredAt: null }));
      for (const match of [null, toFullTextQuery('login')]) {
        const ids = async (filters: Partial<Parameters<LibraryStore['search']>[0]>) =>
          idsOf(await library.search({ match, limit: 10, ...filters })).sort();
        expect(await ids({ severity: 'SEV2' })).toEqual(['feb', 'undated']);
        expect(await ids({ service: 'auth' })).toEqual(['feb', 'jan']);
        expect(await ids({ service: 'web', severity: 'SEV1' })).toEqual([]);
        expect(await ids({ from: '2026-02-01' })).toEqual(['feb']);
        expect(await ids({ to: '2026-01-31' })).toEqual(['jan']);
        expect(await ids({ from: '2026-01-31', to: '2026-01-31' })).toEqual(['jan']);
        expect(await ids({ excludeId: 'feb' })).toEqual(['jan', 'undated']);
        expect((await library.search({ match, limit: 1, severity: 'SEV2' })).total).toBe(2);
      }
    });

    it('treats quotes, operators and anything else a person types as words, never as query syntax', async () => {
      const { library } = (await openDatabase()).stores;
      await library.publish(entry('m1', { title: 'Kafka partition loss', summary: "O'Brien's deploy broke auth" }));
      await library.publish(entry('m2', { title: 'Postgres failover' }));
      const typed = [
        `'`,
        `"`,
        `kafka"`,
        `kafka & postgres`,
        `kafka | postgres`,
        `!kafka`,
        `(kafka)`,
        `kafka:*`,
        `kafka:* | postgres:*`,
        `'); DROP TABLE library_entries; --`,
        `o'brien`,
        `NEAR(kafka postgres)`,
        `kafka OR postgres`,
        `* AND NOT`,
      ];
      for (const text of typed) {
        const found = await search(library, text);
        expect(found.total).toBe(found.results.length);
      }
      expect(idsOf(await search(library, 'kafka | postgres'))).toEqual([]);
      expect(idsOf(await search(library, '!kafka'))).toEqual(['m1']);
      expect(idsOf(await search(library, "o'brien"))).toEqual(['m1']);
      // Made-up queries with syntax inside the quotes match words, or nothing, and never everything.
      for (const match of ['"kafka:*|postgres"*', '"!kafka"*', `"it's"*`, '"a&b|(c)"*', '"x"" OR ""y"', '"\\"*']) {
        const found = await library.search({ match, limit: 10 });
        expect(found.results.map((result) => result.id)).not.toContain('m2');
      }
      expect((await library.search({ match: null, limit: 10 })).total).toBe(2);
    });

    it('lists open actions of published post-mortems by owner, then due date', async () => {
      const { library } = (await openDatabase()).stores;
      const action = (id: string, owner: string | null, dueDate: string | null, status = 'open' as const) => ({
        id,
        title: `Do ${id}`,
        owner,
        dueDate,
        status,
      });
      await library.publish(
        entry(
          'm1',
          {
            title: 'First',
            severity: 'SEV1',
            actions: [
              action('bob-late', 'bob', '2026-05-01'),
              action('nobody-dated', null, '2026-01-01'),
              action('alice-undated', 'Alice', null),
              { ...action('alice-done', 'alice', '2026-01-01'), status: 'done' },
              { ...action('carol-dropped', 'Carol', '2026-01-01'), status: 'wont-do' },
              { ...action('bob-early', 'Bob', '2026-04-01'), status: 'in-progress' },
            ],
          },
          { publishedAt: 1_767_000_000_000 },
        ),
      );
      await library.publish(
        entry(
          'm2',
          {
            title: 'Second',
            actions: [action('alice-dated', 'alice', '2026-03-01'), action('bob-late-2', 'BOB', '2026-05-01')],
          },
          { publishedAt: 1_767_000_000_500 },
        ),
      );
      await library.publish(entry('m3', { actions: [action('zed-1', 'zed', null), action('zed-2', 'zed', null)] }));
      const open = await library.openActions();
      expect(open.map((a) => a.id)).toEqual([
        'alice-dated',
        'alice-undated',
        'bob-early',
        'bob-late',
        'bob-late-2',
        'zed-1',
        'zed-2',
        'nobody-dated',
      ]);
      expect(open[2]).toEqual({
        meetingId: 'm1',
        meetingTitle: 'First',
        severity: 'SEV1',
        id: 'bob-early',
        title: 'Do bob-early',
        owner: 'Bob',
        dueDate: '2026-04-01',
        status: 'in-progress',
        path: '/m/m1#observer',
      });
      // Actions follow a refresh, and leave with a withdrawal.
      await library.refresh('m2', libraryDocument({ actions: [action('alice-dated', 'alice', '2026-03-01', 'open')] }));
      await library.withdraw('m3');
      expect((await library.openActions()).map((a) => a.id)).toEqual([
        'alice-dated',
        'alice-undated',
        'bob-early',
        'bob-late',
        'nobody-dated',
      ]);
    });
  });
}
