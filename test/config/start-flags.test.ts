/** Every production start passes the V8 flags that only work on the command line (src/v8-memory.ts). */
import fs from 'node:fs';
import path from 'node:path';
import { NODE_START_FLAGS } from '../../src/v8-memory';

const read = (file: string) => fs.readFileSync(path.join(__dirname, '..', '..', file), 'utf8');

it.each(NODE_START_FLAGS)('%s is on npm start and the Dockerfile CMD', (flag) => {
  const start = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts.start;
  expect(start).toMatch(new RegExp(`node ${flag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} dist/src/main\\.js`));
  const cmd = /^CMD (\[.*\])$/m.exec(read('Dockerfile'))?.[1];
  expect(JSON.parse(cmd!)).toEqual(['node', ...NODE_START_FLAGS, 'dist/src/main.js']);
});
