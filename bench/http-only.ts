/** `tsx bench/http-only.ts [rounds] [seconds]`: the HTTP benchmarks alone, printed as a table. */
import { runHttpBench } from './http.bench';

void (async () => {
  const rows = await runHttpBench(Number(process.argv[2] ?? 1), Number(process.argv[3] ?? 3), (s) => console.error(s));
  console.table(rows.map((r) => ({ name: r.name, rps: Math.round(r.rps), p50: r.p50, p99: r.p99, rss: r.peakRssMb, xBase: r.vsBaseline.toFixed(2), xRaw: r.vsCeiling.toFixed(2), p99xBase: r.p99VsBaseline.toFixed(2) })));
})();
