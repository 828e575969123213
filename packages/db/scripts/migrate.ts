import { migrateDatabase } from '../src/migrate';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is not set: point it at the PostgreSQL database to migrate.');
  process.exit(1);
}
await migrateDatabase(url);
console.log('migrations applied');
