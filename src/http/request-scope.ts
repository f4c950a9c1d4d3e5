import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestHandler } from 'express';

interface RequestScope {
  readonly requestId: string;
}

const storage = new AsyncLocalStorage<RequestScope>();

/**
 * Makes the request id reachable from code that is not handed the request: Apollo's formatError
 * (which also formats errors raised before any plugin runs, such as CSRF and bad-request errors)
 * and log calls deep in the stack. Mounted right before Apollo, after the body is read.
 */
export const requestScope: RequestHandler = (req, _res, next) => {
  storage.run({ requestId: String(req.id ?? '') }, next);
};

export const currentRequestId = (): string | undefined => storage.getStore()?.requestId || undefined;

/** The same scope for code outside Express (the GraphQL route on Node's http). */
export const runInRequestScope = <T>(requestId: string, fn: () => T): T => storage.run({ requestId }, fn);
