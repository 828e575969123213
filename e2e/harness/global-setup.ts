import { ensureTemplateDatabase } from '../../packages/db/src/testing/test-database';
import { buildServedSpas } from './spa-build';

/**
 * Once per run, before any test file: the migrated template the per-file databases are cloned
 * from, and a production build of each served app (files serve them, never build them).
 * globalSetup gets no moduleNameMapper, hence the relative import of the database helper.
 */
// biome-ignore lint/style/noDefaultExport: jest loads globalSetup through its default export
export default async function globalSetup(): Promise<void> {
  await Promise.all([ensureTemplateDatabase(), buildServedSpas()]);
}
