import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { waitFor } from './wait-for';

const workerDir = fileURLToPath(new URL('../../../../worker/', import.meta.url));

/**
 * The real worker, `apps/worker/src/main.ts`, as a child process run by tsx: what a deployment
 * runs, so SIGKILL and SIGTERM reach exactly what they would in production. Started by path, not
 * imported: apps never import each other.
 */
export class WorkerProcess {
  private child: ChildProcess | undefined;
  /** The last lines it logged, for the failure message. */
  readonly log: string[] = [];
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }> = Promise.resolve({
    code: null,
    signal: null,
  });

  constructor(
    readonly name: string,
    private readonly env: Record<string, string>,
  ) {}

  async start(): Promise<void> {
    const { NODE_OPTIONS: _jestOnly, ...inherited } = process.env;
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: workerDir,
      env: { ...inherited, LOG_LEVEL: 'info', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    let started = false;
    const keep = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        if (line.includes('"worker started"')) started = true;
        this.log.push(line.slice(0, 500));
        if (this.log.length > 40) this.log.shift();
      }
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.exit = once(child, 'exit').then(([code, signal]) => ({
      code: code as number | null,
      signal: signal as NodeJS.Signals | null,
    }));
    await waitFor(() => {
      if (child.exitCode !== null) throw new Error(`${this.name} exited at start:\n${this.log.join('\n')}`);
      return started;
    }, `${this.name} to start`);
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Sends a signal now, synchronously: a test calls this from inside the SMTP sink's callbacks. */
  signal(signal: NodeJS.Signals): void {
    if (this.running) this.child?.kill(signal);
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.signal('SIGTERM');
    const timer = setTimeout(() => this.signal('SIGKILL'), 30_000);
    await this.exit;
    clearTimeout(timer);
  }
}
