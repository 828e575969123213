/** Names the seed writes and the benchmarks look up again: one place so they cannot drift apart. */
export const benchOrg = { name: 'Bench Contracting', slug: 'bench' } as const;
export const benchPassword = 'bench-password-2024!';
export const adminEmail = 'bench-admin@example.test';
/** Office users the sign-in storm rotates through (each has its own per-account limit). */
export const signInEmails = [1, 2, 3, 4].map((i) => `bench-signin-${i}@example.test`);
/** The enrolled contact linked to the account with 200 buildings (the portal benches' user). */
export const portalEmail = 'portal-bench@example.test';
export const bigAccountExternalId = 'A-BIG';
export const bigAccountBuildings = 200;
/** 200 × 100 = 20,000 documents for the portal contact, as issue #6's target states. */
export const bigAccountDocsPerBuilding = 100;
export const docsPerBuilding = 20;
export const divisions = ['North', 'South', 'East'] as const;

export const defaultDatabaseName = 'portico_bench';
export const serverUrl = (
  process.env.BENCH_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
).replace(/\/$/, '');
