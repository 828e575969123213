import { log } from './log';

/** A failure whose message already says what happened and what to do: printed without a stack. */
export class StartupError extends Error {
  override name = 'StartupError';
}

/** A backing service the launcher started and must stop on the way out. */
export interface RunningService {
  name: string;
  /** The connection URL handed to the apps. */
  url: string;
  stop(): Promise<void>;
}

const stopTimeoutMs = 20_000;

/** Started services, stopped in reverse order: mail catcher, then Redis, then PostgreSQL. */
export class ServiceStack {
  private services: RunningService[] = [];

  add<S extends RunningService>(service: S): S {
    this.services.push(service);
    return service;
  }

  async stopAll(): Promise<void> {
    const services = this.services.reverse();
    this.services = [];
    for (const service of services) {
      log.info(`stopping ${service.name}`);
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer after ${stopTimeoutMs / 1000} s`)),
          stopTimeoutMs,
        );
      });
      try {
        await Promise.race([service.stop(), timeout]);
      } catch (error) {
        log.warn(
          `stopping ${service.name} failed: ${error instanceof Error ? error.message : String(error)}`,
        );
      } finally {
        clearTimeout(timer);
      }
    }
  }
}

/** Polls until the process is gone (signal 0 only asks whether it exists). */
export async function waitForPidExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!pidAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !pidAlive(pid);
}

export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
