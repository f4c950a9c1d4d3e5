/** docs/operations.md stays in sync with the configuration the service reads. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_VARIABLES, loadConfig } from '../../src/config/config';

const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'operations.md'), 'utf8');
const rows = new Map([...doc.matchAll(/^\| `([A-Z_]+)` \| ([^|]+) \|/gm)].map((m) => [m[1]!, m[2]!.trim()]));

it('documents every configuration variable, and nothing the service does not read', () => {
  expect([...rows.keys()].sort()).toEqual([...CONFIG_VARIABLES].sort());
});

it.each([
  ['GRAPHQL_MAX_DEPTH', () => loadConfig({}).graphql.maxDepth],
  ['GRAPHQL_MAX_COST', () => loadConfig({}).graphql.maxCost],
  ['GRAPHQL_MAX_STRUCTURAL_COST', () => loadConfig({}).graphql.maxStructuralCost],
  ['REQUEST_TIMEOUT_MS', () => loadConfig({}).graphql.timeoutMs],
  ['HTTP_BODY_LIMIT_BYTES', () => loadConfig({}).http.bodyLimitBytes],
  ['RATE_LIMIT_POINTS', () => loadConfig({}).rateLimit.points],
])('gives the real default of %s', (variable, actual) => {
  expect(rows.get(variable)).toBe(String(actual()));
});
