import { seedDemoIfEmpty } from '../src/seed/seed-demo';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is not set: point it at the PostgreSQL database to seed.');
  process.exit(1);
}
const result = await seedDemoIfEmpty(url);
console.log(result.seeded ? 'demo organization seeded' : 'database already has data: seed skipped');
for (const s of result.signIns) console.log(`  ${s.role}: ${s.email} / ${s.password}`);
