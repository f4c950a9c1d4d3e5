/** Raw HTTP for hardening tests: any method, body and headers, and the parsed JSON (or null) back. */
export interface RawResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  readonly json: any;
  readonly ms: number;
}

export async function send(url: string, init: RequestInit & { timeoutMs?: number } = {}): Promise<RawResponse> {
  const started = Date.now();
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(init.timeoutMs ?? 15_000) });
  const text = await res.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  return { status: res.status, headers: res.headers, text, json, ms: Date.now() - started };
}

/** A POST of { query, variables } as JSON, with extra headers. */
export const postQuery = (url: string, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) =>
  send(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });

/** The service's origin, e.g. http://127.0.0.1:1234, from its /graphql URL. */
export const originOf = (graphqlUrl: string): string => new URL(graphqlUrl).origin;

/** Every error has a message and a string code: what a client can rely on. */
export function isWellFormedGraphQLError(body: any): boolean {
  return (
    body !== null &&
    typeof body === 'object' &&
    Array.isArray(body.errors) &&
    body.errors.length > 0 &&
    body.errors.every((e: any) => typeof e?.message === 'string' && typeof e?.extensions?.code === 'string')
  );
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
