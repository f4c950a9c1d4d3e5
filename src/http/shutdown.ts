import type { ApolloServer } from '@apollo/server';

export interface ShutdownState {
  readonly shuttingDown: boolean;
}

export interface ShutdownOptions {
  /** How long the probes answer 503 while requests are still served, so load balancers move away first. */
  readonly delayMs: number;
}

/**
 * One path to a graceful stop (not terminus as well: the two would close the server twice):
 * flip the probes to 503, wait SHUTDOWN_DELAY_MS, then apollo.stop(), whose DrainHttpServer plugin
 * stops accepting connections, closes idle keep-alive ones, lets in-flight requests (ingestion
 * mutations included) finish, and cuts what is left after SHUTDOWN_TIMEOUT_MS.
 */
export function createShutdown(apollo: ApolloServer<any>, options: ShutdownOptions): ShutdownState & { run(): Promise<void> } {
  let started: Promise<void> | undefined;
  let shuttingDown = false;
  return {
    get shuttingDown() {
      return shuttingDown;
    },
    run() {
      started ??= (async () => {
        shuttingDown = true;
        if (options.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
        await apollo.stop();
      })();
      return started;
    },
  };
}
