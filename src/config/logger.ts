import pino, { type Logger } from 'pino';
import type { Config } from './config';

export type { Logger };

/**
 * The one logger: JSON lines on stdout (collected by the platform, no transports in-process),
 * level from config. Apollo, pino-http and the cache wrappers all accept this instance as is.
 * `destination` exists for tests, which capture the lines instead of printing them.
 */
export function createLogger(
  config: Pick<Config, 'logLevel' | 'nodeEnv'>,
  destination?: pino.DestinationStream,
): Logger {
  const options: pino.LoggerOptions = {
    level: config.logLevel,
    base: { service: 'wincompat', env: config.nodeEnv },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Connection strings can carry passwords; never let one reach the logs by accident.
    redact: { paths: ['*.password', 'password', 'databaseUrl', 'redisUrl', '*.url'], censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}
