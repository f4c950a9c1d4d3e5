/**
 * The baseline: the same HTTP + Apollo + type-graphql code path as the service (createHttpService),
 * serving a schema with one constant resolver. `--stock` serves it with a stock Apollo standalone server.
 */
import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import pino from 'pino';
import { buildSchemaSync, Query, Resolver } from 'type-graphql';
import type { SharedServices } from '../../src/graphql/context';
import { createHttpService } from '../../src/http/http-server';

@Resolver()
class TrivialResolver {
  @Query(() => String)
  hello(): string {
    return 'world';
  }
}

async function main(): Promise<void> {
  const port = Number(process.argv[2] ?? 0);
  const schema = buildSchemaSync({ resolvers: [TrivialResolver], validate: false });
  if (process.argv.includes('--stock')) {
    const { url } = await startStandaloneServer(new ApolloServer({ schema }), { listen: { port, host: '127.0.0.1' } });
    console.log(`READY ${new URL(url).port}`);
    return;
  }
  // The context factory builds per-request services; none is called by `hello`.
  const shared = { catalogs: {}, tags: {}, cache: {}, cacheTtlSeconds: 1 } as unknown as SharedServices;
  const http = await createHttpService({ schema, shared, logger: pino({ level: 'silent' }) });
  http.server.listen(port, '127.0.0.1', () => {
    const address = http.server.address();
    console.log(`READY ${typeof address === 'object' && address ? address.port : ''}`);
  });
}

void main();

// Exit normally on SIGINT, so node --cpu-prof writes its profile.
process.on('SIGINT', () => process.exit(0));
