#!/usr/bin/env node
// `pnpm fresh-clone-check [--with-tests]`: does the README's quick start work on a fresh clone?
//
// Clones the committed HEAD of this repository into a temporary folder and runs what the README
// tells a newcomer to run there:
//   1. pnpm install --frozen-lockfile
//   2. pnpm start, with every port moved off its default (a developer's own `pnpm start` may be
//      running) and without DATABASE_URL / REDIS_URL / SMTP_URL, so the embedded PostgreSQL,
//      Redis and mail catcher are what is tried; waits until the API (/readyz), the office
//      console and the customer portal answer, then signs in with the README's demo sign-ins
//      through the API; then stops it as Ctrl-C would (SIGINT to its process group)
//   3. with --with-tests: pnpm test in the clone (CI already runs the tests in its own clean
//      clone, so .ci/run leaves this out to stay within its time)
// A missing install step, an undeclared dependency or a file only present in someone's working
// tree fails here. The temporary folder is removed and no process is left behind, pass or fail.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const withTests = process.argv.includes('--with-tests');
// The launcher waits up to 180 s itself on a first start (transpiling, warming Vite).
// biome-ignore lint/suspicious/noUndeclaredEnvVars: read by this script, never inside a turbo task
const readyTimeoutMs = Number(process.env.FRESH_CLONE_READY_TIMEOUT_MS ?? 240_000);
const stopTimeoutMs = 45_000;
const outputTailLines = 60;

// The README's demo sign-ins (also seeded by packages/db): the check is that a newcomer can use them.
const demoSignIns = {
  office: { email: 'admin@northwind.example', password: 'northwind-admin-2026' },
  portal: { email: 'dana.lee@harborpg.example', password: 'harbor-customer-2026' },
};

class CheckError extends Error {}

const started = Date.now();
const elapsed = (since = started) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const log = (message) => console.log(`[fresh-clone] ${message}`);

/** Runs a command to completion with its output shown; throws when it fails. */
function runStep(label, command, args, options) {
  log(`${label}: ${command} ${args.join(' ')}`);
  const since = Date.now();
  const { status, signal, error } = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (error) throw new CheckError(`${label} could not run: ${error.message}`);
  if (status !== 0)
    throw new CheckError(`${label} failed (${signal ? `signal ${signal}` : `exit code ${status}`})`);
  log(`${label}: ok in ${elapsed(since)}`);
}

/** `count` distinct ports nothing listens on right now. */
async function freePorts(count) {
  const servers = [];
  try {
    for (let i = 0; i < count; i++) {
      const server = createServer();
      await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen({ port: 0 }, resolve);
      });
      servers.push(server);
    }
    return servers.map((server) => server.address().port);
  } finally {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  }
}

/** Resolves once fetch(url) answers with an accepted status; false when the time is up or the launcher ended. */
async function answers(url, accept, deadline, launcher) {
  while (Date.now() < deadline && launcher.exitCode === null && launcher.signalCode === null) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(3_000) });
      await response.body?.cancel();
      if (accept(response.status)) return true;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  return false;
}

async function signInWorks(url, who) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(who),
    signal: AbortSignal.timeout(15_000),
  });
  const body = await response.json().catch(() => ({}));
  if (response.status !== 200 || typeof body.accessToken !== 'string') {
    throw new CheckError(
      `demo sign-in ${who.email} at ${url} answered ${response.status}: ${JSON.stringify(body)}`,
    );
  }
}

/** Processes whose working directory is inside the clone: the launcher's, its apps', its services'. */
function processesIn(dir) {
  const found = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const cwd = readlinkSync(`/proc/${entry}/cwd`);
      if (cwd === dir || cwd.startsWith(`${dir}/`)) found.push(Number(entry));
    } catch {
      // Gone already, or not ours to read.
    }
  }
  return found;
}

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

async function waitForExit(child, timeoutMs) {
  if (child.exitCode !== null || child.signalCode !== null) return true;
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Starts `pnpm start`, checks it, stops it. */
async function checkStart(clone, env, output) {
  const [api, office, portal, mailWeb, mailSmtp, embeddedPg, embeddedRedis] = await freePorts(7);
  const ports = { api, office, portal, mailWeb, mailSmtp, embeddedPg, embeddedRedis };
  log(`pnpm start on ports ${JSON.stringify(ports)}`);
  const launcherEnv = {
    ...env,
    API_PORT: String(api),
    OFFICE_PORT: String(office),
    PORTAL_PORT: String(portal),
    MAIL_WEB_PORT: String(mailWeb),
    MAIL_SMTP_PORT: String(mailSmtp),
    EMBEDDED_PG_PORT: String(embeddedPg),
    EMBEDDED_REDIS_PORT: String(embeddedRedis),
  };
  // Its own process group, as a terminal gives it: SIGINT to the group is a Ctrl-C.
  const launcher = spawn('pnpm', ['start'], {
    cwd: clone,
    env: launcherEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const keep = (chunk) => {
    output.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (output.length > 2_000) output.splice(0, output.length - 2_000);
  };
  launcher.stdout.on('data', keep);
  launcher.stderr.on('data', keep);

  try {
    const since = Date.now();
    const deadline = since + readyTimeoutMs;
    const checks = [
      ['API', `http://127.0.0.1:${api}/readyz`, (status) => status === 200],
      ['office console', `http://localhost:${office}/`, (status) => status === 200],
      ['customer portal', `http://localhost:${portal}/`, (status) => status === 200],
    ];
    for (const [name, url, accept] of checks) {
      if (!(await answers(url, accept, deadline, launcher))) {
        const why =
          launcher.exitCode !== null || launcher.signalCode !== null
            ? `pnpm start exited (${launcher.exitCode ?? launcher.signalCode}) before the ${name} answered`
            : `the ${name} did not answer at ${url} within ${readyTimeoutMs / 1000} s of pnpm start`;
        throw new CheckError(why);
      }
      log(`${name} answers (${url}) after ${elapsed(since)}`);
    }
    await signInWorks(`http://127.0.0.1:${api}/api/v1/auth/sign-in`, demoSignIns.office);
    await signInWorks(`http://127.0.0.1:${api}/portal/v1/auth/sign-in`, demoSignIns.portal);
    log('the demo office and portal sign-ins work');
  } finally {
    await stopLauncher(launcher, clone);
  }
}

/** Ctrl-C, then the launcher's own ordered shutdown; whatever outlives it is killed and reported. */
async function stopLauncher(launcher, clone) {
  const since = Date.now();
  if (launcher.exitCode === null && launcher.signalCode === null) {
    signalGroup(launcher.pid, 'SIGINT');
    if (!(await waitForExit(launcher, stopTimeoutMs))) {
      signalGroup(launcher.pid, 'SIGKILL');
      await waitForExit(launcher, 5_000);
      throw new CheckError(`pnpm start did not stop within ${stopTimeoutMs / 1000} s of Ctrl-C`);
    }
  }
  log(`pnpm start stopped in ${elapsed(since)} (exit ${launcher.exitCode ?? launcher.signalCode})`);
  // pnpm returns on Ctrl-C at once, while the launcher it started runs its ordered shutdown: up to
  // 10 s per app before a SIGKILL (packages/dev/src/processes.ts), then the database, Redis and
  // the mail catcher. Only what outlives that whole sequence counts as left behind.
  let leftovers = processesIn(clone);
  for (let waited = 0; leftovers.length > 0 && waited < 30_000; waited += 500) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    leftovers = processesIn(clone);
  }
  if (leftovers.length > 0) {
    for (const pid of leftovers) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Exited meanwhile.
      }
    }
    throw new CheckError(
      `pnpm start left processes running after it stopped (pids ${leftovers.join(', ')}); killed them`,
    );
  }
}

async function main() {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' });
  if (head.status !== 0) throw new CheckError(`not a git repository: ${repoRoot}`);
  const dir = mkdtempSync(join(tmpdir(), 'portico-fresh-clone-'));
  // The embedded PostgreSQL runs as the `postgres` user when started as root: it must walk in.
  chmodSync(dir, 0o755);
  const clone = join(dir, 'portico');
  const output = [];
  // The embedded services must be the ones tried: nothing of the caller's stack leaks in.
  const { DATABASE_URL: _db, REDIS_URL: _redis, SMTP_URL: _smtp, ...startEnv } = process.env;
  let launcherStarted = false;
  try {
    log(`cloning ${repoRoot} at ${head.stdout.trim()} (committed HEAD) into ${clone}`);
    runStep('git clone', 'git', ['clone', '--quiet', '--no-hardlinks', repoRoot, clone], {});
    runStep('pnpm install', 'pnpm', ['install', '--frozen-lockfile', '--reporter=append-only'], {
      cwd: clone,
      env: { ...process.env, CI: 'true' },
    });
    launcherStarted = true;
    await checkStart(clone, { ...startEnv, FORCE_COLOR: '0', NO_COLOR: '1' }, output);
    // pnpm itself dies of the SIGINT, as in a terminal; the launcher's own last word says how it went.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: strips ANSI colours, which start with ESC
    const plain = output.map((line) => line.replaceAll(/\x1b\[[0-9;]*m/g, '').trim());
    if (!plain.some((line) => /^\[dev\]\s+stopped$/.test(line))) {
      throw new CheckError('pnpm start did not report a clean stop ("[dev] stopped") after Ctrl-C');
    }
    if (withTests) runStep('pnpm test', 'pnpm', ['--silent', 'test'], { cwd: clone, env: process.env });
  } catch (error) {
    if (launcherStarted && output.length > 0) {
      console.error(`[fresh-clone] last ${outputTailLines} lines of pnpm start:`);
      for (const line of output.slice(-outputTailLines)) console.error(`  | ${line}`);
    }
    throw error;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => {
    log(
      `passed in ${elapsed()}${withTests ? '' : ' (tests not run: --with-tests runs pnpm test in the clone)'}`,
    );
  },
  (error) => {
    console.error(
      `[fresh-clone] FAILED after ${elapsed()}: ${error instanceof CheckError ? error.message : (error?.stack ?? error)}`,
    );
    process.exitCode = 1;
  },
);
