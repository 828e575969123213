import { afterAll, afterEach, beforeAll } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, type OpenedPage, openPage } from './browser';
import { createSeededDatabase } from './seeded-database';
import { type ApiApp, deleteRedisKeys, newRedisPrefix, startApi, startInProcessWorker } from './services';
import { type SmtpSink, startSmtpSink } from './smtp-sink';
import { apiPaths, builtSpaDir, type SpaName, servedSpas } from './spa-build';
import { type SpaServer, startSpaServer } from './spa-server';

/**
 * Where links in emails would point if a run served no portal: an address that never resolves,
 * so a test cannot follow one by mistake. Every file serves the portal today (servedSpas).
 */
const unservedPortalUrl = 'http://portal.e2e.invalid';

export interface Stack {
  apiUrl: string;
  officeUrl: string;
  /** The base of the links in emails. */
  portalUrl: string;
  /** The running API; its `db` reaches the file's database for assertions. */
  app: ApiApp;
  sink: SmtpSink;
  browser: Browser;
  /** A fresh browser (no cookies) on the office console at the desktop width, closed after the test. */
  newOfficePage: () => Promise<Page>;
}

type Cleanup = () => Promise<unknown>;

/** Runs every cleanup, newest first, even when one fails; then reports the first failure. */
async function runCleanups(cleanups: Cleanup[]): Promise<void> {
  const failures: unknown[] = [];
  for (const cleanup of cleanups.splice(0).reverse()) {
    await cleanup().catch((error: unknown) => failures.push(error));
  }
  if (failures.length > 0) throw failures[0];
}

/**
 * Per test file, everything the product runs, on free ports: a seeded database of its own, the
 * API, the worker in-process sending to an SMTP sink, the built apps served with the API on their
 * origin, and Chromium. All of it is stopped after the file, so jest exits by itself.
 */
export function useStack(): Stack {
  const stack = {} as Stack;
  const cleanups: Cleanup[] = [];
  let pages: OpenedPage[] = [];

  beforeAll(async () => {
    // Chromium starts while the services do; closed last, whatever fails in between.
    const browser = launchChromium();
    browser.catch(() => {});
    cleanups.push(async () => (await browser).close());
    const [database, sink] = await Promise.all([createSeededDatabase(), startSmtpSink()]);
    cleanups.push(database.drop, sink.close);
    stack.sink = sink;

    const spas = new Map<SpaName, SpaServer>();
    for (const name of servedSpas) {
      const server = await startSpaServer(builtSpaDir(name), apiPaths);
      cleanups.push(server.close);
      spas.set(name, server);
    }
    const office = spas.get('office');
    if (!office) throw new Error('the office console is not among the served apps');
    const urls = {
      databaseUrl: database.url,
      redisPrefix: newRedisPrefix(),
      officeUrl: office.url,
      portalUrl: spas.get('portal')?.url ?? unservedPortalUrl,
    };

    const api = await startApi(urls);
    // Keys go before the app closes (its Redis connection does the deleting), after the worker.
    cleanups.push(
      () => api.app.close(),
      () => deleteRedisKeys(api.app, urls.redisPrefix),
    );
    for (const server of spas.values()) server.proxyTo(api.url);
    const worker = await startInProcessWorker(urls, sink.url);
    cleanups.push(worker.stop);

    stack.browser = await browser;
    Object.assign(stack, { apiUrl: api.url, officeUrl: office.url, portalUrl: urls.portalUrl, app: api.app });
  }, 60_000);

  stack.newOfficePage = async () => {
    const opened = await openPage(stack.browser, stack.officeUrl);
    pages.push(opened);
    return opened.page;
  };

  afterEach(async () => {
    const opened = pages;
    pages = [];
    await Promise.all(opened.map(({ context }) => context.close()));
    const errors = opened.flatMap(({ errors }) => errors);
    if (errors.length > 0) {
      throw new Error(`uncaught errors in the page:\n${errors.map((e) => e.stack ?? e.message).join('\n')}`);
    }
  });

  afterAll(() => runCleanups(cleanups), 30_000);

  return stack;
}
