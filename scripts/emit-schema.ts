/** Writes schema.graphql from the code (npm run schema:emit). A test fails when the file is stale. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemaSDL } from '../src/graphql/schema';

const target = join(__dirname, '..', 'schema.graphql');
writeFileSync(target, schemaSDL());
console.log(`wrote ${target}`);
