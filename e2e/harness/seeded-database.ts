import { createDb, seedDemo } from '@portico/db';
import { createTestDatabase, type TestDatabase } from '@portico/db/testing';

/**
 * A database of the file's own, cloned from the migrated template, holding the demo organization
 * `pnpm start` seeds: the screens are walked with the data office staff see in a demo.
 */
export async function createSeededDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase();
  const { db, close } = createDb(database.url, { max: 1, applicationName: 'portico-e2e-seed' });
  try {
    await db.transaction((tx) => seedDemo(tx));
  } catch (error) {
    await database.drop();
    throw error;
  } finally {
    await close();
  }
  return database;
}
