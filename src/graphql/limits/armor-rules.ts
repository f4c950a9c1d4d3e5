import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import { limitError, type LimitName } from './limit-error';

export interface ArmorLimits {
  readonly maxDepth: number;
  readonly maxAliases: number;
  readonly maxDirectives: number;
  readonly maxStructuralCost: number;
}

/**
 * graphql-armor's depth, alias, directive and cost rules as plain validation rules. Each rejection
 * is reported through our own handler (propagateOnRejection off) so it carries `extensions.limit`
 * and answers 400. Two armor protections are off on purpose:
 * - maxTokens: armor throws from parsingDidStart, which Apollo 5 answers with a 500; Apollo's own
 *   `parseOptions.maxTokens` (graphql-js) rejects at parse time with a 400 instead (http-server.ts).
 * - blockFieldSuggestion: it rewrites every message containing "Did you mean", our domain errors
 *   included; Apollo's hideSchemaDetailsFromClientErrors hides only schema suggestions.
 */
export function armorValidationRules(limits: ArmorLimits): ValidationRule[] {
  const report = (name: LimitName, max: number) => (context: ValidationContext | null, error: GraphQLError) => {
    const found = Number(/found (\d+)/.exec(error.message)?.[1]);
    const message = error.message.replace(/^Syntax Error: /, '');
    context?.reportError(limitError(message, { name, max, ...(Number.isFinite(found) ? { found } : {}) }));
  };
  const common = { exposeLimits: true, propagateOnRejection: false };
  const armor = new ApolloArmor({
    maxDepth: { ...common, n: limits.maxDepth, onReject: [report('depth', limits.maxDepth)] },
    maxAliases: { ...common, n: limits.maxAliases, onReject: [report('aliases', limits.maxAliases)] },
    maxDirectives: { ...common, n: limits.maxDirectives, onReject: [report('directives', limits.maxDirectives)] },
    costLimit: { ...common, maxCost: limits.maxStructuralCost, onReject: [report('structuralCost', limits.maxStructuralCost)] },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
  return armor.protect().validationRules as ValidationRule[];
}
