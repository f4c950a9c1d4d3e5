/** Ingest mutations over real HTTP, with or without a bearer token. */
import { PrismaApiTokenRepository } from '../../src/data/api-token.repository';
import { AuthService } from '../../src/services/auth.service';
import type { GraphQLResponse } from '../support/graphql-client';
import { startTestService, type TestService, type TestServiceOptions } from '../support/test-service';

/** The production defaults: files travel in mutations because a valid bearer token raises the body
 *  limit (INGEST_BODY_LIMIT_BYTES) and mutations are exempt from GRAPHQL_MAX_STRING_LENGTH. */
export const INGEST_ENV: Record<string, string> = {};

export const startIngestService = (options: TestServiceOptions = {}): Promise<TestService> =>
  startTestService({ ...options, env: { ...INGEST_ENV, ...options.env } });

export async function gqlAs<T = Record<string, any>>(url: string, authorization: string | null, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (authorization !== null) headers.authorization = authorization;
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: T | null; errors?: GraphQLResponse['errors'] };
  return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
}

/** A new token for `service`, as `npm run token -- create` makes it. */
export async function createToken(service: TestService, name: string): Promise<{ token: string; auth: AuthService }> {
  const auth = new AuthService(new PrismaApiTokenRepository(service.database.prisma));
  return { token: (await auth.create(name)).token, auth };
}

export const REPORT_FIELDS = 'id kind source status partial rowsRead inserted updated unchanged rejected skipped removed changed catalogVersion message contentSha256 problems { line field reason }';
