import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../../cache/redis-server-process';

const ROOT = path.join(__dirname, '..', '..', '..');

/**
 * The service as production runs it: its own process (`node --import tsx src/main.ts`), configured by the
 * environment, JSON logs on stdout, stopped by a signal. Every stdout line is kept.
 */
export class ServiceProcess {
  readonly lines: string[] = [];
  private child: ChildProcess | undefined;
  private exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }> | undefined;

  constructor(private readonly env: Record<string, string>) {}

  /** Starts it on a free loopback port and resolves with that port once /healthz answers (logs may be silent). */
  async start(timeoutMs = 30_000): Promise<number> {
    const port = await freePort();
    // One process (node --import tsx), not the tsx CLI, which relays signals to a child of its own.
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', HOST: '127.0.0.1', PORT: String(port), ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    let exitCode: number | null | undefined;
    this.exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        exitCode = code;
        resolve({ code, signal });
      }),
    );
    let buffered = '';
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      const parts = (buffered + chunk.toString()).split('\n');
      buffered = parts.pop()!;
      this.lines.push(...parts);
    });
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline && exitCode === undefined) {
      const up = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
      if (up) return port;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`service did not start (exit ${exitCode}):\n${this.lines.join('\n')}\n${stderr}`);
  }

  signal(signal: NodeJS.Signals): void {
    this.child?.kill(signal);
  }

  /** Waits for the exit; kills it (SIGKILL) if it takes longer than timeoutMs, and says so. */
  async exit(timeoutMs: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; killed: boolean }> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), timeoutMs)));
    const result = await Promise.race([this.exited!, late]);
    clearTimeout(timer);
    if (result !== 'late') return { ...result, killed: false };
    this.child?.kill('SIGKILL');
    return { ...(await this.exited!), killed: true };
  }
}
