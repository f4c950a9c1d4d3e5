import { sleep } from './http';

export interface LoadResult<T> {
  readonly results: readonly { readonly at: number; readonly value: T }[];
  readonly elapsedMs: number;
}

/**
 * A bounded load run on loopback: `concurrency` workers call `request(i)` until `count` requests
 * were sent or `durationMs` passed, whichever first. `events` run at their offsets (e.g. kill Redis
 * at 1 s) while the workers keep going. Never throws for a failed request: that is a result too.
 */
export async function runLoad<T>(options: {
  readonly concurrency: number;
  readonly count?: number;
  readonly durationMs?: number;
  readonly request: (i: number) => Promise<T>;
  readonly events?: readonly { readonly atMs: number; readonly run: () => Promise<unknown> }[];
}): Promise<LoadResult<T>> {
  const started = Date.now();
  const results: { at: number; value: T }[] = [];
  const limit = options.count ?? Number.POSITIVE_INFINITY;
  const until = started + (options.durationMs ?? 60_000);
  let next = 0;
  const worker = async () => {
    while (next < limit && Date.now() < until) {
      const i = next++;
      results.push({ at: Date.now() - started, value: await options.request(i) });
    }
  };
  const events = (options.events ?? []).map(async (e) => {
    await sleep(Math.max(0, e.atMs - (Date.now() - started)));
    await e.run();
  });
  await Promise.all([...Array.from({ length: options.concurrency }, worker), ...events]);
  return { results, elapsedMs: Date.now() - started };
}
