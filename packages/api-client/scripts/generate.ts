/**
 * Dumps the API's OpenAPI document from `buildApp` and generates the TypeScript types the client
 * is built on. `--check` regenerates in memory and fails when the committed files are stale, so
 * CI catches an API change whose client was not regenerated.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { buildApp, loadConfig } from '@portico/api';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';

const OPENAPI_PATH = new URL('../openapi.json', import.meta.url);
const SCHEMA_PATH = new URL('../src/schema.gen.ts', import.meta.url);

const HEADER = `/**
 * GENERATED FILE: never hand-edit it.
 * Produced by packages/api-client/scripts/generate.ts from the API's OpenAPI document
 * (packages/api-client/openapi.json). Regenerate with \`pnpm api-client:generate\`.
 */

`;

/** The document as the running API serves it. The pools connect lazily, so nothing here needs PostgreSQL or Redis. */
async function dumpOpenApi(): Promise<OpenAPI3> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: 'postgres://openapi-dump@127.0.0.1:9/unused',
    REDIS_URL: 'redis://127.0.0.1:9',
    JWT_SECRET: 'openapi-dump-only-never-signs-anything-0000',
  });
  const app = await buildApp(config);
  try {
    await app.ready();
    return app.swagger() as unknown as OpenAPI3;
  } finally {
    await app.close();
  }
}

/**
 * The TS printer's output depends only on the document, but its indentation (4 spaces) and
 * quoting do not match the repo style. Re-indenting here keeps the file stable and readable
 * without running a formatter whose version could change the bytes.
 */
function tidy(source: string): string {
  const lines = source.split('\n').map((line) => {
    const indent = /^ */.exec(line)?.[0].length ?? 0;
    // An odd indent is a JSDoc continuation (" * text"): keep its one-space offset.
    return ' '.repeat(Math.floor(indent / 2) + (indent % 2)) + line.slice(indent).trimEnd();
  });
  return `${lines.join('\n').trimEnd()}\n`;
}

async function generate(): Promise<{ openapi: string; schema: string }> {
  const document = await dumpOpenApi();
  const openapi = `${JSON.stringify(document, null, 2)}\n`;
  const ast = await openapiTS(document, { alphabetize: false, silent: true });
  const schema = HEADER + tidy(astToString(ast));
  return { openapi, schema };
}

async function readOrEmpty(path: URL): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return '';
  }
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const { openapi, schema } = await generate();
  const files = [
    { path: OPENAPI_PATH, content: openapi, name: 'packages/api-client/openapi.json' },
    { path: SCHEMA_PATH, content: schema, name: 'packages/api-client/src/schema.gen.ts' },
  ];

  if (check) {
    const stale: string[] = [];
    for (const file of files) {
      if ((await readOrEmpty(file.path)) !== file.content) stale.push(file.name);
    }
    if (stale.length > 0) {
      console.error(
        `api-client is out of date with the API: ${stale.join(' and ')} ${stale.length === 1 ? 'differs' : 'differ'} from what the API generates.\n` +
          'Run `pnpm api-client:generate` and commit the result.',
      );
      process.exit(1);
    }
    console.log('api-client is up to date with the API.');
    return;
  }

  for (const file of files) await writeFile(file.path, file.content);
  console.log(`Wrote ${files.map((f) => f.name).join(' and ')}.`);
}

await main();
