import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemaSDL } from '../../src/graphql/schema';

describe('schema.graphql', () => {
  it('is the schema the code emits (run `npm run schema:emit` after changing a type)', () => {
    const committed = readFileSync(join(__dirname, '..', '..', 'schema.graphql'), 'utf8');
    expect(committed).toBe(schemaSDL());
  });
});
