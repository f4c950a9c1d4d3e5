import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { CatalogResolver } from './resolvers/catalog.resolver';
import { CompatibilityResolver } from './resolvers/compatibility.resolver';
import { ImageResolver } from './resolvers/image.resolver';
import { IngestResolver } from './resolvers/ingest.resolver';
import { MatrixResolver } from './resolvers/matrix.resolver';
import { NodeResolver } from './resolvers/node.resolver';
import { RateLimitResolver } from './resolvers/rate-limit.resolver';

/** Every resolver of the API, in one list. */
export const RESOLVERS = [CompatibilityResolver, ImageResolver, CatalogResolver, MatrixResolver, RateLimitResolver, IngestResolver, NodeResolver] as const;

let schema: GraphQLSchema | undefined;

/** The schema, built once per process from the decorated classes. */
export function appSchema(): GraphQLSchema {
  schema ??= buildSchemaSync({ resolvers: RESOLVERS, validate: false });
  return schema;
}

/** The text of schema.graphql: sorted, so a diff shows only real changes. */
export const schemaSDL = (): string => `${printSchema(lexicographicSortSchema(appSchema()))}\n`;
