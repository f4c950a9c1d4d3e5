import { randomUUID } from 'node:crypto';

/** What we accept from a client or proxy: short, printable, no spaces or quotes (safe in logs and headers). */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:@\-]{1,128}$/;

/** The incoming x-request-id when it is sane (a proxy's correlation id), else a new UUID. */
export function requestIdFor(incoming: string | string[] | undefined): string {
  const value = Array.isArray(incoming) ? incoming[0] : incoming;
  return value && SANE_REQUEST_ID.test(value) ? value : randomUUID();
}
