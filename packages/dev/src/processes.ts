import { type ChildProcess, spawn } from 'node:child_process';
import { type Colour, log, prefixLines, tag } from './log';
import { StartupError } from './services';

export interface ChildSpec {
  name: string;
  colour: Colour;
  command: string;
  args: string[];
  cwd: string;
  /** Added to the launcher's own environment. */
  env: Record<string, string>;
}

const graceMs = 10_000;

/**
 * The app processes (api, worker, office, portal). Each runs in its own process group, so a stop
 * reaches the whole pnpm -> tsx -> node chain, and so Ctrl-C in the terminal reaches only the
 * launcher, which then stops them in order.
 */
export class ProcessGroup {
  private readonly children = new Map<string, ChildProcess>();
  private stopping = false;
  private fail: (error: Error) => void = () => {};
  /** Rejects when a child exits on its own: the stack is then incomplete and must stop. */
  readonly failure: Promise<never> = new Promise<never>((_, reject) => {
    this.fail = reject;
  });

  constructor() {
    this.failure.catch(() => {}); // observed by main; never an unhandled rejection
  }

  start(spec: ChildSpec): void {
    const child = spawn(spec.command, spec.args, {
      cwd: spec.cwd,
      env: { ...process.env, ...spec.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const prefix = tag(spec.name, spec.colour);
    if (child.stdout) prefixLines(child.stdout, prefix, process.stdout);
    if (child.stderr) prefixLines(child.stderr, prefix, process.stderr);
    child.on('error', (error) =>
      this.fail(new StartupError(`${spec.name} could not start: ${error.message}`)),
    );
    child.on('exit', (code, signal) => {
      if (this.stopping) return;
      const how = signal ? `signal ${signal}` : `exit code ${code}`;
      this.fail(new StartupError(`${spec.name} exited unexpectedly (${how}); stopping everything`));
    });
    this.children.set(spec.name, child);
  }

  /** SIGTERM to every group, SIGKILL to those still there after 10 s. */
  async stopAll(): Promise<void> {
    this.stopping = true;
    await Promise.all([...this.children].map(([name, child]) => stopGroup(name, child.pid)));
    this.children.clear();
  }

  /** For a second Ctrl-C: no more waiting. */
  killAll(): void {
    this.stopping = true;
    for (const child of this.children.values()) signalGroup(child.pid, 'SIGKILL');
  }
}

async function stopGroup(name: string, pgid: number | undefined): Promise<void> {
  if (pgid === undefined || !signalGroup(pgid, 'SIGTERM')) return;
  log.info(`stopping ${name}`);
  if (await waitForGroupExit(pgid, graceMs)) return;
  log.warn(`${name} did not stop within ${graceMs / 1000} s; killing it`);
  signalGroup(pgid, 'SIGKILL');
  await waitForGroupExit(pgid, 5_000);
}

/** Sends a signal to a whole process group; false when the group is already gone. */
function signalGroup(pgid: number | undefined, signal: NodeJS.Signals | 0): boolean {
  if (pgid === undefined) return false;
  try {
    process.kill(-pgid, signal);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function waitForGroupExit(pgid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!signalGroup(pgid, 0)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !signalGroup(pgid, 0);
}
