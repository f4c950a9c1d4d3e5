import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The newest installed PostgreSQL server binaries, or null when there are none. */
export function postgresBinDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return null;
  const versions = fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], 'bin') : null;
}

/**
 * A private PostgreSQL server for fault tests, so stopping it harms nobody: its own data directory
 * in a temp folder, its own loopback port, trust auth, no fsync. Postgres refuses to run as root,
 * so as root it runs as the `postgres` user through setpriv (which execs: the child *is* the
 * postmaster, so signals reach it directly).
 */
export class PostgresProcess {
  private child: ChildProcess | undefined;
  private readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wincompat-pg-'));

  constructor(
    readonly port: number,
    private readonly bin: string,
  ) {}

  get url(): string {
    return `postgresql://postgres@127.0.0.1:${this.port}/postgres`;
  }

  private command(program: string, args: string[]): [string, string[]] {
    if (process.getuid?.() !== 0) return [path.join(this.bin, program), args];
    return ['setpriv', ['--reuid=postgres', '--regid=postgres', '--init-groups', '--', path.join(this.bin, program), ...args]];
  }

  init(): void {
    if (process.getuid?.() === 0) execFileSync('chown', ['postgres:postgres', this.dir]);
    const [cmd, args] = this.command('initdb', ['-D', path.join(this.dir, 'data'), '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
    execFileSync(cmd, args, { stdio: 'ignore' });
  }

  async start(): Promise<void> {
    const [cmd, args] = this.command('postgres', [
      '-D', path.join(this.dir, 'data'), '-p', String(this.port), '-k', this.dir,
      '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'full_page_writes=off', '-c', 'synchronous_commit=off',
    ]);
    const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    this.child = child;
    await new Promise<void>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`postgres did not start:\n${output}`)), 15_000);
      child.stderr!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('ready to accept connections')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`postgres exited with ${code}:\n${output}`));
      });
    });
  }

  /** Fast shutdown (SIGINT): sessions are terminated, as in a restart by an operator or a failover. */
  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGINT');
    });
  }

  async destroy(): Promise<void> {
    await this.stop();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
