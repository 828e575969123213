// Module boundaries (docs/decisions/002-module-boundaries.md): dependencies point one way,
// apps/* -> packages/core -> packages/db, and the SPAs reach the server only through HTTP.
// Every rule matches both the resolved source path (packages/db/src/...) and the bare package
// name (@portico/db): a workspace package that is not a declared dependency does not resolve
// under pnpm, and the rule must bite either way. scripts/check-boundaries.mjs proves it does.

const APPS = '(api|worker|office|portal)';
const SERVER_PACKAGES = '(core|db|email|dev)';

/** A path or @portico package name, e.g. workspace('apps', APPS) or workspace('packages', 'core'). */
function workspace(folder, names) {
  return [`^${folder}/${names}/`, `^@portico/${names}(/|$)`];
}

/** An npm package, whether resolved into node_modules or left unresolved by name. */
function npm(names) {
  return `(^|/node_modules/)${names}(/|$)`;
}

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-app-to-app',
      comment:
        'Apps are deployed and scaled independently; what two apps share belongs in a package ' +
        '(core for domain logic, api-client for the HTTP contract).',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: workspace('apps', APPS), pathNot: ['^apps/$1/', '^@portico/$1(/|$)'] },
    },
    {
      name: 'no-package-to-app',
      comment:
        'Libraries sit below the apps. Only packages/api-client/scripts may load @portico/api, to ' +
        'dump the OpenAPI document from buildApp at generation time. packages/dev is left out: it is ' +
        'the launcher that starts the apps.',
      severity: 'error',
      from: { path: '^packages/(core|db|email|ui|api-client/src)/' },
      to: { path: workspace('apps', APPS) },
    },
    {
      name: 'api-client-not-to-server',
      comment:
        'packages/api-client/src ships to the browser inside both SPAs: types and fetch helpers ' +
        'generated from the OpenAPI document, never server modules or node built-ins.',
      severity: 'error',
      from: { path: '^packages/api-client/src/' },
      to: { path: workspace('packages', SERVER_PACKAGES) },
    },
    {
      name: 'api-client-not-to-node-builtins',
      comment: 'packages/api-client/src runs in the browser.',
      severity: 'error',
      from: { path: '^packages/api-client/src/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'spa-not-to-server',
      comment:
        'The office console and the customer portal talk to the API over HTTP through ' +
        '@portico/api-client; server code (and its secrets) must never be bundled into them. Only ' +
        'src/ is checked: vite configs and e2e suites run in Node and may seed the database. ' +
        'packages/ui (components and CSS both SPAs share) is bundled into them and is held alike.',
      severity: 'error',
      from: { path: '^(apps/(office|portal)|packages/ui)/src/' },
      to: { path: workspace('packages', SERVER_PACKAGES) },
    },
    {
      name: 'spa-not-to-node-builtins',
      comment: 'SPA source (and packages/ui) runs in the browser, where node built-ins do not exist.',
      severity: 'error',
      from: { path: '^(apps/(office|portal)|packages/ui)/src/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'core-not-to-transport',
      comment:
        'packages/core is plain functions over a db/tx: it knows nothing of HTTP (fastify) or ' +
        'queues (bullmq, ioredis). A handler or a job parses input, calls core, shapes output.',
      severity: 'error',
      from: { path: '^packages/core/' },
      to: { path: npm('(fastify|@fastify/[^/]+|fastify-plugin|bullmq|ioredis)') },
    },
    {
      name: 'db-not-to-upper-layers',
      comment:
        'packages/db is the bottom layer (schema, client, queries): core builds on it, never the ' +
        'other way round, and it imports no app.',
      severity: 'error',
      from: { path: '^packages/db/' },
      to: { path: [...workspace('packages', '(core|email|api-client|dev)'), ...workspace('apps', APPS)] },
    },
    {
      name: 'no-circular',
      comment:
        'Cycles make load order fragile and layers meaningless. Cycles that run only through ' +
        'type-only imports are allowed: they are erased at compile time.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'not-to-unresolvable',
      comment:
        'A relative import that does not resolve is a typo or a file that was moved. Bare imports ' +
        'are left to tsc and pnpm, which already reject undeclared packages.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, path: '^\\.{1,2}/' },
    },
  ],
  options: {
    // node_modules is not followed but stays visible, so rules can see which npm package is used.
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|\\.data|\\.turbo|coverage)/|^packages/db/drizzle/' },
    tsConfig: { fileName: 'tsconfig.base.json' },
    // Type-only imports are dependencies too: an SPA must not even see server types.
    tsPreCompilationDeps: true,
    // Workspace packages expose ./src/index.ts through package.json "exports"; without these the
    // resolver looks for "main" and @portico/* imports come out unresolved.
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};
