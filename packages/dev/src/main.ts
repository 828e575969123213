import { mkdir } from 'node:fs/promises';
import { migrateDatabase, seedDemoIfEmpty } from '@portico/db';
import { appEnv, appSpecs } from './apps';
import { printReadyBox } from './banner';
import { ConfigError, type DevConfig, readDevConfig, redactUrl, repoRoot } from './config';
import { colourEnv, log, paint } from './log';
import { startMailCatcher } from './mail';
import { assertPortsFree, portClaims } from './ports';
import { checkPostgres, rootCause, startEmbeddedPostgres } from './postgres';
import { ProcessGroup } from './processes';
import { waitForHttp } from './readiness';
import { checkRedis, requireRedisServer, startEmbeddedRedis } from './redis';
import { loadJwtSecret } from './secrets';
import { type RunningService, ServiceStack, StartupError } from './services';

// First runs transpile every app and warm Vite; generous, and only a warning when passed.
const readyTimeoutMs = 180_000;

const untilAborted = (signal: AbortSignal) =>
  new Promise<never>((_, reject) =>
    signal.addEventListener('abort', () => reject(signal.reason), { once: true }),
  );

/** Starts the whole stack, then waits until asked to stop or until an app dies. */
async function run(config: DevConfig, services: ServiceStack, apps: ProcessGroup, signal: AbortSignal) {
  const { ports, dataDir } = config;
  await assertPortsFree(portClaims(config));
  await mkdir(dataDir, { recursive: true, mode: 0o755 });
  const jwtSecret = await loadJwtSecret(dataDir, config.jwtSecret);
  // Registered before the abort check, so a service that came up during Ctrl-C is still stopped.
  const started = async <S extends RunningService>(starting: Promise<S>): Promise<S> => {
    const service = services.add(await starting);
    signal.throwIfAborted();
    return service;
  };

  // Cheap checks first, so a bad URL or missing binary fails before anything is started for nothing.
  if (config.databaseUrl) await checkPostgres(config.databaseUrl);
  if (config.redisUrl) await checkRedis(config.redisUrl);
  else requireRedisServer();

  const databaseUrl =
    config.databaseUrl ??
    (await started(startEmbeddedPostgres({ dataDir, port: ports.embeddedPg, database: 'portico' }))).url;
  const redisUrl = config.redisUrl ?? (await started(startEmbeddedRedis({ port: ports.embeddedRedis }))).url;
  const mail = config.smtpUrl
    ? undefined
    : await started(startMailCatcher({ smtpPort: ports.mailSmtp, webPort: ports.mailWeb, dataDir }));

  log.info(`migrating ${redactUrl(databaseUrl)}`);
  const seed = await migrateDatabase(databaseUrl)
    .then(() => seedDemoIfEmpty(databaseUrl))
    .catch((error: unknown) => {
      const where = config.databaseUrl ? ' (DATABASE_URL)' : '';
      throw new StartupError(
        `Migrating or seeding ${redactUrl(databaseUrl)}${where} failed: ${rootCause(error)}`,
      );
    });
  if (seed.seeded) log.info('seeded the demo organization');
  signal.throwIfAborted();

  const smtpUrl = config.smtpUrl ?? mail?.url ?? '';
  const env = { ...colourEnv(), ...appEnv({ databaseUrl, redisUrl, smtpUrl, jwtSecret }, ports) };
  for (const spec of appSpecs(env, ports, repoRoot)) apps.start(spec);

  const appDied = new AbortController();
  apps.failure.catch(() => appDied.abort());
  const api = `http://localhost:${ports.api}`;
  const notAnswering = await Promise.race([
    waitForHttp(
      [
        { name: 'api', url: `${api}/healthz`, accept: (status) => status >= 200 && status < 300 },
        { name: 'office', url: `http://localhost:${ports.office}/`, accept: () => true },
        { name: 'portal', url: `http://localhost:${ports.portal}/`, accept: () => true },
      ],
      readyTimeoutMs,
      AbortSignal.any([signal, appDied.signal]),
    ),
    apps.failure,
  ]);
  const localData = [
    ...(config.databaseUrl ? [] : ['PostgreSQL']),
    ...(mail ? ['mail'] : []),
    ...(config.jwtSecret ? [] : ['JWT secret']),
  ];
  printReadyBox({
    urls: [
      { label: 'API', url: api },
      { label: 'API docs', url: `${api}/docs` },
      { label: 'Office console', url: env.OFFICE_URL ?? '' },
      { label: 'Customer portal', url: env.PORTAL_URL ?? '' },
      { label: 'Mail inbox', url: mail ? mail.webUrl : `(mail goes to SMTP_URL ${redactUrl(smtpUrl)})` },
    ],
    signIns: seed.signIns,
    seeded: seed.seeded,
    notAnswering,
    notes: localData.length
      ? [`Local data (${localData.join(', ')}): ${dataDir}. Delete it to start afresh.`]
      : [],
  });
  await Promise.race([apps.failure, untilAborted(signal)]);
}

function report(error: unknown): void {
  if (error instanceof ConfigError || error instanceof StartupError) log.error(error.message);
  else log.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
}

async function main(): Promise<number> {
  const services = new ServiceStack();
  const apps = new ProcessGroup();
  const shutdown = new AbortController();
  let firstSignalAt = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    if (!shutdown.signal.aborted) {
      firstSignalAt = Date.now();
      log.info(`${signal} received, stopping (press Ctrl-C again to kill the apps at once)`);
      shutdown.abort();
    } else if (Date.now() - firstSignalAt > 1_000) {
      // One Ctrl-C can arrive twice (terminal, then relayed by tsx); only a later one means "hurry".
      log.warn('killing the app processes now');
      apps.killAll();
    }
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, onSignal);

  let exitCode = 0;
  try {
    await run(readDevConfig(), services, apps, shutdown.signal);
  } catch (error) {
    if (!shutdown.signal.aborted) {
      exitCode = 1;
      report(error);
    }
  }
  await apps.stopAll();
  await services.stopAll();
  log.info(exitCode === 0 ? 'stopped' : paint('red', 'stopped after an error'));
  return exitCode;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    report(error);
    process.exit(1);
  },
);
