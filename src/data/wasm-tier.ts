import v8 from 'node:v8';

/**
 * Prisma 7's query compiler is WebAssembly. V8's optimising tier (TurboFan) compiles it on the
 * first query and the process keeps 40-80 MB more RSS for it from then on; with Liftoff, the
 * baseline tier, the service started at 149 MB instead of 192 MB, and measured the same canRun and
 * ingestion throughput (npm run bench). The flag is process-wide, so only production instances on a
 * Postgres server set it (main.ts): embedded PGlite is Postgres itself in WebAssembly and needs the
 * optimising tier (a test process that set it ran its PGlite suites several times slower). V8 reads
 * the flag when it compiles a module, so this runs before the first Prisma query.
 */
export function preferBaselineWasmCompiler(): void {
  v8.setFlagsFromString('--liftoff-only');
}
