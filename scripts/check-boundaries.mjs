#!/usr/bin/env node
// Proves the module-boundary rules in .dependency-cruiser.cjs bite: a lint that passes because a
// regex stopped matching would look exactly like a clean codebase. Builds a throwaway repo in a
// temp directory (never in the real one) with the same config, one import per rule that must be
// reported and a few legitimate imports that must not be, cruises it and compares.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** [file, import specifier, rule that must report it (null: completes the case above)] */
const violations = [
  ['apps/api/src/w.ts', '../../worker/src/main', 'no-app-to-app'],
  ['apps/worker/src/v.ts', '@portico/api', 'no-app-to-app'],
  ['apps/office/src/x.ts', '../../../packages/db/src/index', 'spa-not-to-server'],
  ['apps/portal/src/x.ts', '@portico/core', 'spa-not-to-server'],
  ['apps/portal/src/fs.ts', 'node:fs', 'spa-not-to-node-builtins'],
  ['packages/ui/src/db.ts', '@portico/db', 'spa-not-to-server'],
  ['packages/ui/src/fs.ts', 'node:fs', 'spa-not-to-node-builtins'],
  ['packages/ui/src/app.ts', '@portico/office', 'no-package-to-app'],
  ['packages/core/src/y.ts', 'fastify', 'core-not-to-transport'],
  ['packages/core/src/q.ts', 'bullmq', 'core-not-to-transport'],
  ['packages/core/src/app.ts', '../../../apps/api/src/index', 'no-package-to-app'],
  ['packages/db/src/z.ts', '../../core/src/index', 'db-not-to-upper-layers'],
  ['packages/api-client/src/server.ts', '@portico/api', 'no-package-to-app'],
  ['packages/api-client/src/db.ts', '@portico/db', 'api-client-not-to-server'],
  ['packages/api-client/src/crypto.ts', 'node:crypto', 'api-client-not-to-node-builtins'],
  ['packages/email/src/cycle-a.ts', './cycle-b', 'no-circular'],
  // A cycle is reported once, from its first module in cruise (alphabetical) order.
  ['packages/email/src/cycle-b.ts', './cycle-a', null],
  ['packages/email/src/typo.ts', './no-such-file', 'not-to-unresolvable'],
];

/** [file, import specifier, 'type' for an `import type`]: the layering the rules must leave alone. */
const allowed = [
  ['apps/api/src/index.ts', '../../../packages/core/src/index'],
  ['apps/api/src/server.ts', 'fastify'],
  ['apps/worker/src/main.ts', '@portico/db'],
  ['apps/office/src/ui.ts', '@portico/ui'],
  ['packages/ui/src/index.ts', 'react'],
  ['packages/core/src/index.ts', '../../db/src/index'],
  ['packages/api-client/scripts/generate.ts', '@portico/api'],
  // A cycle closed only by a type import is erased at compile time.
  ['packages/email/src/types-a.ts', './types-b'],
  ['packages/email/src/types-b.ts', './types-a', 'type'],
];

const repo = mkdtempSync(join(tmpdir(), 'portico-boundaries-'));
try {
  for (const file of ['.dependency-cruiser.cjs', 'tsconfig.base.json']) {
    copyFileSync(join(root, file), join(repo, file));
  }
  const sources = new Map();
  for (const [index, [file, specifier, kind]] of [...violations, ...allowed].entries()) {
    const statement =
      kind === 'type'
        ? `import type * as m${index} from '${specifier}';\nexport type T${index} = typeof m${index};\n`
        : `import * as m${index} from '${specifier}';\nexport const x${index} = m${index};\n`;
    sources.set(file, `${sources.get(file) ?? ''}${statement}`);
  }
  // Relative targets must exist, or they would only ever be reported as unresolvable.
  for (const target of [
    'apps/worker/src/main.ts',
    'packages/db/src/index.ts',
    'packages/core/src/index.ts',
  ]) {
    if (!sources.has(target)) sources.set(target, 'export const target = 1;\n');
  }
  for (const [file, text] of sources) {
    mkdirSync(dirname(join(repo, file)), { recursive: true });
    writeFileSync(join(repo, file), text);
  }

  const cruise = spawnSync(
    join(root, 'node_modules/.bin/depcruise'),
    ['--config', '.dependency-cruiser.cjs', '--output-type', 'json', 'apps', 'packages'],
    {
      cwd: repo,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (!cruise.stdout) throw new Error(`dependency-cruiser produced no result:\n${cruise.stderr}`);
  const reported = JSON.parse(cruise.stdout).summary.violations.map((v) => `${v.from} ${v.rule.name}`);

  const expected = violations.filter(([, , rule]) => rule !== null);
  const missed = expected
    .filter(([file, , rule]) => !reported.includes(`${file} ${rule}`))
    .map(([file, specifier, rule]) => `${rule} did not report ${file} -> ${specifier}`);
  const falseAlarms = reported
    .filter((entry) => allowed.some(([file]) => entry.startsWith(`${file} `)))
    .map((entry) => `reported an allowed import: ${entry}`);
  const problems = [...missed, ...falseAlarms];

  if (problems.length > 0) {
    console.error(problems.join('\n'));
    console.log(`boundaries: FAILED, ${problems.length} of ${expected.length + allowed.length} cases wrong`);
    process.exitCode = 1;
  } else {
    console.log(
      `boundaries: ok, ${expected.length} violations reported and ${allowed.length} allowed imports passed`,
    );
  }
} finally {
  rmSync(repo, { recursive: true, force: true });
}
