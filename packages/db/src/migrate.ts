import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { createDb } from './client';

export const migrationsFolder = fileURLToPath(new URL('../drizzle', import.meta.url));

export async function migrateDatabase(databaseUrl: string): Promise<void> {
  const { db, close } = createDb(databaseUrl, { max: 1, applicationName: 'portico-migrate' });
  try {
    await migrate(db, { migrationsFolder });
  } finally {
    await close();
  }
}
