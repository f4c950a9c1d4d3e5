import v8 from 'node:v8';

/**
 * V8 settings for production instances, measured with `npm run bench` and a heap count after a
 * forced GC (docs/scaling.md, "Memory per instance"). Both are process-wide and read by V8 later
 * (at the next heap resize, at the next WebAssembly compile), so main.ts sets them before anything
 * is loaded into the heap or compiled.
 *
 * - Heap growth: under load the live heap stayed near 60 MB while V8 let the heap grow to ~200 MB of
 *   garbage between major collections (its default growth factor goes up to 4x on a large machine).
 *   A fixed 1.2x kept RSS ~70 MB lower at the same throughput.
 * - Liftoff only, with a Postgres server: Prisma 7's query compiler is WebAssembly, and V8's
 *   optimising tier kept 40-80 MB more RSS for it with no gain in canRun or ingestion throughput.
 *   Never with embedded PGlite, which is Postgres itself in WebAssembly and needs the optimising
 *   tier (a test process that set it ran its PGlite suites several times slower).
 */
export function tuneV8ForMemory(options: { readonly baselineWasm: boolean }): void {
  v8.setFlagsFromString('--heap-growing-percent=20');
  if (options.baselineWasm) v8.setFlagsFromString('--liftoff-only');
}
