import { Writable } from 'node:stream';
import { createLogger } from '../../src/config/logger';

const capture = () => {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(chunk.toString()));
      done();
    },
  });
  return { lines, stream };
};

describe('createLogger', () => {
  it('writes one JSON object per line with level, time and service', () => {
    const { lines, stream } = capture();
    const logger = createLogger({ logLevel: 'info', nodeEnv: 'test' }, stream);
    logger.info({ cache: 'redis' }, 'redis recovered');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 30, service: 'wincompat', env: 'test', cache: 'redis', msg: 'redis recovered' });
    expect(typeof lines[0]!.time).toBe('string');
  });

  it('honours the configured level', () => {
    const { lines, stream } = capture();
    const logger = createLogger({ logLevel: 'warn', nodeEnv: 'test' }, stream);
    logger.info('hidden');
    logger.warn('shown');
    expect(lines.map((l) => l.msg)).toEqual(['shown']);
  });

  it('redacts passwords and connection urls', () => {
    const { lines, stream } = capture();
    createLogger({ logLevel: 'info', nodeEnv: 'test' }, stream).info({ redis: { url: 'redis://:pw@x' }, password: 'pw' });
    expect(JSON.stringify(lines[0])).not.toContain('pw');
  });
});
