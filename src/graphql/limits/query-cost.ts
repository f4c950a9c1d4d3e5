import { GraphQLError, getNamedType, isObjectType, type DocumentNode, type GraphQLSchema } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { limitError } from './limit-error';

/** Largest `first`/`last` any connection accepts (GitHub's rule). */
export const MAX_PAGE_SIZE = 100;

/** A field is a connection when its type is named *Connection (Relay's convention, ours too). */
const isConnection = (type: Parameters<ComplexityEstimator>[0]['field']['type']): boolean => {
  const named = getNamedType(type);
  return isObjectType(named) && named.name.endsWith('Connection');
};

const pageSizes = (args: Record<string, unknown>): number[] =>
  [args.first, args.last].filter((v): v is number => typeof v === 'number');

/**
 * Every connection, present or future, needs first or last in 1..100, checked before anything
 * runs. It estimates nothing (returns undefined) so the next estimator prices the field.
 */
const pageSizeGuard: ComplexityEstimator = ({ field, args }) => {
  if (!isConnection(field.type)) return undefined;
  const sizes = pageSizes(args);
  const arg = typeof args.first === 'number' ? 'first' : 'last';
  if (sizes.length === 0) {
    throw limitError(`${field.name} needs first or last (1 to ${MAX_PAGE_SIZE}).`, { name: 'pageSize', max: MAX_PAGE_SIZE }, { code: 'BAD_USER_INPUT', field: 'first' });
  }
  const bad = sizes.find((n) => !Number.isInteger(n) || n < 1 || n > MAX_PAGE_SIZE);
  if (bad !== undefined) {
    throw limitError(`${arg} must be between 1 and ${MAX_PAGE_SIZE}; got ${bad}.`, { name: 'pageSize', max: MAX_PAGE_SIZE, found: bad }, { code: 'BAD_USER_INPUT', field: arg });
  }
  return undefined;
};

/** Connections without an explicit `complexity` option still cost first x child cost. */
const connectionEstimator: ComplexityEstimator = ({ field, args, childComplexity }) =>
  isConnection(field.type) ? 1 + Math.max(...pageSizes(args)) * childComplexity : undefined;

/** Order matters: the guard, then type-graphql's per-field `complexity`, then the fallbacks. */
export const COST_ESTIMATORS: readonly ComplexityEstimator[] = Object.freeze([
  pageSizeGuard,
  fieldExtensionsEstimator(),
  connectionEstimator,
  simpleEstimator({ defaultComplexity: 1 }),
]);

export interface CostInput {
  readonly schema: GraphQLSchema;
  readonly document: DocumentNode;
  readonly operationName?: string | null;
  readonly variables?: Record<string, unknown>;
}

/**
 * The operation's cost (graphql-query-complexity): 1 per field, connections first x child cost.
 * Every failure becomes a 400 client error: a bare GraphQLError thrown in didResolveOperation would
 * otherwise reach the client as a 500.
 */
export function queryCost(input: CostInput): number {
  // The same document with variables of the same shape always costs the same: price it once. Apollo
  // keeps one DocumentNode per distinct query text, so the WeakMap follows its document cache.
  const key = costKey(input);
  if (key === null) return computeCost(input);
  let costs = knownCosts.get(input.document);
  const known = costs?.get(key);
  if (known !== undefined) return known;
  const cost = computeCost(input);
  if (!costs) knownCosts.set(input.document, (costs = new Map()));
  if (costs.size >= MAX_COSTS_PER_DOCUMENT) costs.clear();
  costs.set(key, cost);
  return cost;
}

const knownCosts = new WeakMap<DocumentNode, Map<string, number>>();

/**
 * The variables as the estimators see them: numbers (page sizes) and list lengths count, the text of
 * a string never does (a host or image reference costs the same whatever it says), so strings key
 * as their type alone and a client asking about a new host each time is priced once.
 * null when the variables cannot be a key (hostile nesting overflows JSON.stringify): price those afresh.
 */
function costKey(input: CostInput): string | null {
  try {
    return `${input.operationName ?? ''}\u0000${JSON.stringify(input.variables ?? {}, (_key, value: unknown) => (typeof value === 'string' ? '' : value))}`;
  } catch {
    return null;
  }
}
const MAX_COSTS_PER_DOCUMENT = 256;

function computeCost(input: CostInput): number {
  try {
    return getComplexity({
      schema: input.schema,
      query: input.document,
      operationName: input.operationName ?? undefined,
      variables: input.variables ?? {},
      estimators: [...COST_ESTIMATORS],
    });
  } catch (err) {
    if (err instanceof GraphQLError && err.extensions?.http) throw err;
    const message = err instanceof Error ? err.message : String(err);
    throw new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
  }
}
