import type { IncomingMessage } from 'node:http';
import { LRUCache } from 'lru-cache';

/**
 * Whole HTTP answers to repeated catalog reads, replayed without running Apollo's pipeline.
 *
 * Profiling canRun with every data cache warm still put most of each request in Apollo's pipeline
 * and graphql-js executing a twenty-field answer, none of which can change the bytes of an answer
 * to the same request text while the catalog and the rules stay the same. So the key is exactly
 * that: the catalog and rules versions, the Accept header (it picks the response content type), the
 * Content-Type (its charset decodes the body) and the request body as sent. A new catalog version
 * makes every older key unreachable, so an answer is never served stale; only error-free answers to
 * queries over catalog fields are stored (the caching plugin decides, see http-caching.plugin.ts),
 * so nothing that depends on the caller is. Only 200 answers are kept, so a replay always answers 200.
 */
export interface StoredAnswer {
  /** Apollo's response headers minus the per-client rate-limit ones, which a replay recomputes. */
  readonly headers: readonly (readonly [string, string])[];
  readonly body: string;
  /** The query cost charged when it was executed; a replay charges the same to its own client. */
  readonly cost: number;
  /** The metrics label of the operation (operationLabel). */
  readonly operation: string;
}

/** Bodies larger than this are not keyed: a key is the body itself, and big bodies are not repeated questions. */
export const MAX_KEYED_BODY_BYTES = 4096;

/** Answers above this share of the budget are not kept, so one huge page cannot flush the rest. */
const LARGEST_SHARE = 1 / 8;

export class AnswerCache {
  private readonly lru: LRUCache<string, StoredAnswer>;

  constructor(maxBytes: number) {
    this.lru = new LRUCache<string, StoredAnswer>({
      maxSize: maxBytes,
      maxEntrySize: Math.max(1, Math.floor(maxBytes * LARGEST_SHARE)),
      // UTF-16 strings: two bytes a character, plus the headers and bookkeeping.
      sizeCalculation: (answer, key) => 2 * (answer.body.length + key.length) + 256,
    });
  }

  get(key: string): StoredAnswer | undefined {
    return this.lru.get(key);
  }

  set(key: string, answer: StoredAnswer): void {
    this.lru.set(key, answer);
  }
}

/** What the route records on a request while reading its body. */
export type KeyableRequest = IncomingMessage & { rawBody?: string; body?: unknown };

/** body-parser's `verify` hook: keeps the text of small bodies for answerKey. */
export function keepSmallRawBody(req: IncomingMessage, _res: unknown, buf: Buffer): void {
  if (buf.length <= MAX_KEYED_BODY_BYTES) (req as KeyableRequest).rawBody = buf.toString('utf8');
}

/**
 * The key of the answer to this request under these versions, or undefined when its answer must
 * not be replayed: anything but a single POSTed JSON operation, a large body, or a client asking
 * for a fresh answer (Cache-Control: no-cache or no-store, as HTTP caches honour it).
 */
export function answerKey(req: KeyableRequest, versions: string): string | undefined {
  if (req.method !== 'POST' || req.rawBody === undefined) return undefined;
  if (typeof req.body !== 'object' || req.body === null || Array.isArray(req.body)) return undefined;
  const cacheControl = req.headers['cache-control'];
  if (cacheControl && /no-cache|no-store/i.test(cacheControl)) return undefined;
  // Content-Type too: its charset decides what the same bytes say.
  return `${versions}\n${req.headers.accept ?? ''}\n${req.headers['content-type'] ?? ''}\n${req.rawBody}`;
}
