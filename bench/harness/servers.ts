import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface Server {
  url: string;
  stop: () => Promise<void>;
}

/** Waits until `url` answers 2xx (or throws after ~30 s, with what the process printed). */
async function ready(url: string, child: ChildProcess, output: () => string): Promise<void> {
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output()}`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within 30 s:\n${output()}`);
}

/** Runs a TypeScript entry point with tsx, pinned to one core (the load generator has the other). */
async function start(
  entry: string,
  cwd: string,
  env: Record<string, string>,
  probe: string,
): Promise<Server> {
  let output = '';
  const child = spawn(
    'taskset',
    ['-c', process.env.BENCH_SERVER_CORE ?? '0', process.execPath, '--import', 'tsx', entry],
    {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  await ready(probe, child, () => output);
  return {
    url: probe.replace(/\/[^/]*$/, ''),
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export function startApi(env: {
  databaseUrl: string;
  redisUrl: string;
  jwtSecret: string;
  port: number;
  redisPrefix: string;
}): Promise<Server> {
  return start(
    'src/main.ts',
    `${root}apps/api`,
    {
      NODE_ENV: 'production',
      DATABASE_URL: env.databaseUrl,
      REDIS_URL: env.redisUrl,
      JWT_SECRET: env.jwtSecret,
      PORT: String(env.port),
      LOG_LEVEL: 'warn',
      REDIS_PREFIX: env.redisPrefix,
      // The sign-in storm must measure hashing, not the limiter's 429s.
      SIGN_IN_LIMIT_PER_IP: '100000000',
      SIGN_IN_LIMIT_PER_ACCOUNT: '100000000',
    },
    `http://127.0.0.1:${env.port}/healthz`,
  );
}

export function startConstantServer(port: number): Promise<Server> {
  return start('bench/harness/constant-server.ts', root, { PORT: String(port) }, `http://127.0.0.1:${port}/`);
}
