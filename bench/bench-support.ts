/** Process plumbing for the benchmarks: pinned child processes, READY handshakes, RSS sampling. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const TASKSET = existsSync('/usr/bin/taskset') ? '/usr/bin/taskset' : null;

/**
 * Runs a bench script, pinned to `cpu` when taskset exists: the compiled JavaScript beside this file
 * when it runs compiled (npm run bench), so no TypeScript loader sits on the measured path.
 */
export function spawnTs(file: string, args: string[], cpu: number, env: NodeJS.ProcessEnv = process.env): ChildProcess {
  const compiled = __filename.endsWith('.js');
  const script = compiled ? join(__dirname, relative('bench', file.replace(/^.*?bench\//, 'bench/')).replace(/\.ts$/, '.js')) : file;
  const node = compiled ? [process.execPath, script, ...args] : [process.execPath, '--import', 'tsx', file, ...args];
  const [cmd, ...rest] = TASKSET ? [TASKSET, '-c', String(cpu), ...node] : node;
  return spawn(cmd, rest, { env, stdio: ['ignore', 'pipe', 'inherit'] });
}

export interface RunningServer {
  readonly port: number;
  readonly child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts a server script and waits for its `READY <port>` line. */
export function startServer(file: string, args: string[], env?: NodeJS.ProcessEnv): Promise<RunningServer> {
  const child = spawnTs(file, ['0', ...args], 0, env);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${file} did not start in 60 s`)), 60_000);
    let buffer = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const m = /READY (\d+)/.exec(buffer);
      if (!m) return;
      clearTimeout(timer);
      resolve({ port: Number(m[1]), child, stop: () => stop(child) });
    });
    child.on('exit', (code) => reject(new Error(`${file} exited with ${code} before it was ready`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5000).unref();
  });
}

/** Resident set size of a process in bytes (Linux), 0 when it cannot be read. */
export function rssBytes(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  non2xx: number;
  peakRssMb: number;
  /** The last value the body's __N__ took (cold scenarios). */
  lastN: number;
}

/** Runs the load generator on core 1 against `url`, sampling the server's RSS meanwhile. */
export function runLoad(
  url: string,
  body: string,
  opts: { connections: number; seconds: number; start?: number; headers?: Record<string, string> },
  serverPid?: number,
): Promise<LoadResult> {
  const child = spawnTs('bench/load.ts', [JSON.stringify({ url, body, connections: opts.connections, seconds: opts.seconds, start: opts.start ?? 0, headers: opts.headers ?? {} })], 1);
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, rssBytes(serverPid))), 100);
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => {
      clearInterval(sampler);
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line.startsWith('{')) return reject(new Error(`load generator failed (${code}): ${out.slice(-300)}`));
      resolve({ ...(JSON.parse(line) as Omit<LoadResult, 'peakRssMb'>), peakRssMb: Math.round(peak / 1048576) });
    });
  });
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
