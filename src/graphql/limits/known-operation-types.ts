import { GraphQLError, type ASTVisitor, type ValidationContext, type ValidationRule } from 'graphql';

/**
 * Operation Type Existence (GraphQL spec, draft §5.2.3; graphql-js 17's KnownOperationTypesRule,
 * missing from 16): `subscription { x }` against a schema without a Subscription type passes
 * graphql-js 16 validation and then fails in execute() as an internal error (HTTP 200). Refuse it
 * at validation instead, as the client error it is.
 */
export const knownOperationTypesRule: ValidationRule = (context: ValidationContext): ASTVisitor => ({
  OperationDefinition(node) {
    const schema = context.getSchema();
    const root = { query: schema.getQueryType(), mutation: schema.getMutationType(), subscription: schema.getSubscriptionType() }[node.operation];
    if (!root) {
      context.reportError(new GraphQLError(`This service does not support ${node.operation} operations.`, { nodes: node }));
    }
  },
});
