/**
 * At least 10,000 generated malformed or hostile requests (support/hostile-requests.ts) against the
 * service running as its own process, over loopback, 16 at a time: every answer is a 4xx carrying a
 * well-formed GraphQL error, the process stays up and keeps serving, and its memory stays bounded
 * (the second half of the flood does not grow it like the first). Deterministic: a fixed seed.
 */
import fc from 'fast-check';
import { newTestDatabaseUrl } from '../support/test-service';
import { isWellFormedGraphQLError, postQuery, send } from './support/http';
import { hostileRequest, type HostileRequest } from './support/hostile-requests';
import { runLoad } from './support/load';
import { metricValue } from './support/metrics-text';
import { ServiceProcess } from './support/service-process';

const COUNT = 10_000;
const SEED = 20261204;
const MB = 2 ** 20;

interface Answer {
  readonly kind: string;
  readonly status: number;
  readonly wellFormed: boolean;
  readonly body: string;
}

it(`answers ${COUNT} hostile requests with 4xx GraphQL errors, and stays up with bounded memory`, async () => {
  const database = await newTestDatabaseUrl();
  const service = new ServiceProcess({ LOG_LEVEL: 'silent', PGLITE_DIR: 'memory://', NODE_ENV: 'production', ...(database ? { DATABASE_URL: database.url } : {}) });
  try {
    const origin = `http://127.0.0.1:${await service.start()}`;
    const url = `${origin}/graphql`;
    const memory = async () => {
      const text = (await send(`${origin}/metrics`)).text;
      return { rss: metricValue(text, 'process_resident_memory_bytes'), heap: metricValue(text, 'nodejs_heap_size_used_bytes') };
    };
    const fire = async (r: HostileRequest): Promise<Answer> => {
      try {
        const res = await send(url + (r.search ?? ''), { method: r.method, headers: r.headers, body: r.body });
        const json = res.headers.get('content-type')?.startsWith('application/json') ? res.json : null;
        return { kind: r.kind, status: res.status, wellFormed: isWellFormedGraphQLError(json), body: res.text.slice(0, 300) };
      } catch (err) {
        return { kind: r.kind, status: 0, wellFormed: false, body: `client error: ${(err as Error).message} ${(err as any).cause?.code ?? ''}` };
      }
    };
    const flood = (batch: readonly HostileRequest[]) => runLoad({ concurrency: 16, count: batch.length, durationMs: 90_000, request: (i) => fire(batch[i]!) });

    const requests = fc.sample(hostileRequest, { numRuns: COUNT, seed: SEED });
    const half = COUNT / 2;
    const start = await memory();
    const first = await flood(requests.slice(0, half));
    const middle = await memory();
    const second = await flood(requests.slice(half));
    const end = await memory();

    const answers = [...first.results, ...second.results].map((r) => r.value);
    const byStatus: Record<string, number> = {};
    const byKind: Record<string, Record<number, number>> = {};
    for (const a of answers) {
      byStatus[a.status] = (byStatus[a.status] ?? 0) + 1;
      (byKind[a.kind] ??= {})[a.status] = (byKind[a.kind]![a.status] ?? 0) + 1;
    }
    const mb = (n: number) => Math.round(n / MB);
    console.info(
      `hostile input: ${answers.length} requests in ${first.elapsedMs + second.elapsedMs} ms; status ${JSON.stringify(byStatus)}\n` +
        `  by kind ${JSON.stringify(byKind)}\n` +
        `  rss ${mb(start.rss)} → ${mb(middle.rss)} → ${mb(end.rss)} MB, heap ${mb(start.heap)} → ${mb(middle.heap)} → ${mb(end.heap)} MB`,
    );

    expect(answers).toHaveLength(COUNT);
    const bad = answers.filter((a) => a.status < 400 || a.status >= 500 || !a.wellFormed);
    expect(bad.slice(0, 20).map((a) => `${a.kind} → ${a.status}: ${a.body}`)).toEqual([]);
    // Bounded: whatever the first half grew (allocator high-water marks, caches filling), the
    // second half of the same traffic must not grow it again by much.
    expect(end.rss - middle.rss).toBeLessThan(128 * MB);
    expect(end.heap).toBeLessThan(512 * MB);
    // Still up, still serving.
    const ok = await postQuery(url, '{ releases(kind: SERVER) { key } }');
    expect(ok.status).toBe(200);
    expect(ok.json.data.releases.length).toBeGreaterThan(0);
  } finally {
    service.signal('SIGTERM');
    await service.exit(10_000);
    await database?.drop();
  }
}, 150_000);
