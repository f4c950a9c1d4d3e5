/**
 * NODE_ENV=production with INTROSPECTION=false: no stack traces, no schema hints ("Did you mean"),
 * no introspection. The defaults (introspection on, hints outside production) are checked in
 * graphql-over-http.test.ts, on a service with the default configuration.
 */
import { startTestService, type TestService } from '../support/test-service';
import { postQuery } from './support/http';

export const INTROSPECT = '{ __schema { queryType { name } } }';
export const TYPO = '{ releasez { key } }';

let prod: TestService;
beforeAll(async () => {
  prod = await startTestService({ env: { NODE_ENV: 'production', INTROSPECTION: 'false' } });
});
afterAll(() => prod.stop());

it('hides field suggestions, which map the schema for an attacker', async () => {
  const res = await postQuery(prod.url, TYPO);
  expect(res.status).toBe(400);
  expect(res.text).not.toMatch(/Did you mean|releases/);
});

it('keeps the domain suggestions, which are data, not schema', async () => {
  const res = await postQuery(prod.url, '{ resolveImage(reference: "mcr.microsoft.com/windows/servercore:ltsc2021") { build } }');
  expect(res.json.errors[0].extensions.suggestions).toContain('ltsc2022');
});

it('sends no stack trace or internal path, whatever fails', async () => {
  for (const query of [TYPO, '{ canRun(host: ', '{ release(build: "x") { key } }', '{ windowsVersion(input: "10.0.abc") { build } }', 'subscription { x }']) {
    const res = await postQuery(prod.url, query);
    expect(res.text).not.toMatch(/stacktrace|node_modules|\bat .*\.(ts|js):\d+/);
  }
});

it('refuses introspection when INTROSPECTION=false', async () => {
  const res = await postQuery(prod.url, INTROSPECT);
  expect(res.status).toBe(400);
  expect(res.json.errors[0].message).toMatch(/introspection is not allowed/i);
});
