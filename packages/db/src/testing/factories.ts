import { randomBytes } from 'node:crypto';
import type { DbOrTx } from '../client';
import { hashPassword } from '../credentials';
import * as s from '../schema';

/** Small factories for tests: each makes one row with sensible defaults and takes overrides. */
const unique = () => randomBytes(4).toString('hex');

// Hashing is deliberately slow; tests share one hash per password.
const hashes = new Map<string, Promise<string>>();
const hashOnce = (password: string) => {
  if (!hashes.has(password)) hashes.set(password, hashPassword(password));
  return hashes.get(password) as Promise<string>;
};

export async function makeOrganization(
  db: DbOrTx,
  overrides: Partial<typeof s.organizations.$inferInsert> = {},
) {
  const u = unique();
  const [row] = await db
    .insert(s.organizations)
    .values({ name: `Org ${u}`, slug: `org-${u}`, ...overrides })
    .returning();
  return row as typeof s.organizations.$inferSelect;
}

export const TEST_PASSWORD = 'correct-horse-battery';

export async function makeOfficeUser(
  db: DbOrTx,
  orgId: string,
  options: { permissions?: s.Permission[]; email?: string; password?: string; active?: boolean } = {},
) {
  const [role] = await db
    .insert(s.roles)
    .values({ orgId, name: `Role ${unique()}`, permissions: options.permissions ?? [...s.permissions] })
    .returning();
  const [user] = await db
    .insert(s.officeUsers)
    .values({
      orgId,
      roleId: (role as typeof s.roles.$inferSelect).id,
      email: options.email ?? `staff-${unique()}@example.test`,
      name: 'Test User',
      passwordHash: await hashOnce(options.password ?? TEST_PASSWORD),
      active: options.active ?? true,
    })
    .returning();
  return user as typeof s.officeUsers.$inferSelect;
}

export async function makeClientGroup(
  db: DbOrTx,
  orgId: string,
  overrides: Partial<typeof s.clientGroups.$inferInsert> = {},
) {
  const [row] = await db
    .insert(s.clientGroups)
    .values({ orgId, name: `Group ${unique()}`, ...overrides })
    .returning();
  return row as typeof s.clientGroups.$inferSelect;
}

export async function makeAccount(
  db: DbOrTx,
  orgId: string,
  overrides: Partial<typeof s.accounts.$inferInsert> = {},
) {
  const [row] = await db
    .insert(s.accounts)
    .values({ orgId, name: `Account ${unique()}`, ...overrides })
    .returning();
  return row as typeof s.accounts.$inferSelect;
}

export async function makeBuilding(
  db: DbOrTx,
  orgId: string,
  accountId: string,
  overrides: Partial<typeof s.buildings.$inferInsert> = {},
) {
  const [row] = await db
    .insert(s.buildings)
    .values({ orgId, accountId, name: `Building ${unique()}`, ...overrides })
    .returning();
  return row as typeof s.buildings.$inferSelect;
}

export async function makeContact(
  db: DbOrTx,
  orgId: string,
  overrides: Partial<typeof s.contacts.$inferInsert> & {
    accountId?: string;
    buildingId?: string;
    isBillingContact?: boolean;
  } = {},
) {
  const { accountId, buildingId, isBillingContact, ...fields } = overrides;
  const u = unique();
  const [row] = await db
    .insert(s.contacts)
    .values({
      orgId,
      firstName: 'Casey',
      lastName: `Contact ${u}`,
      email: `casey-${u}@customer.test`,
      ...fields,
    })
    .returning();
  const contact = row as typeof s.contacts.$inferSelect;
  if (accountId) {
    await db
      .insert(s.contactAccounts)
      .values({ orgId, contactId: contact.id, accountId, isBillingContact: isBillingContact ?? false });
  }
  if (buildingId) await db.insert(s.contactBuildings).values({ orgId, contactId: contact.id, buildingId });
  return contact;
}

/** An enrolled contact with a portal password (TEST_PASSWORD unless given). */
export async function makeEnrolledContact(
  db: DbOrTx,
  orgId: string,
  overrides: Parameters<typeof makeContact>[2] & { password?: string } = {},
) {
  const { password, ...contactOverrides } = overrides;
  const contact = await makeContact(db, orgId, { inviteStatus: 'enrolled', ...contactOverrides });
  await db
    .insert(s.portalIdentities)
    .values({ orgId, contactId: contact.id, passwordHash: await hashOnce(password ?? TEST_PASSWORD) });
  return contact;
}
