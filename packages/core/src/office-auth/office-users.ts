import { type DbOrTx, hashPassword, type Permission, schema, verifyPassword } from '@portico/db';
import { and, eq, sql } from 'drizzle-orm';
import { UnauthorizedError } from '../errors';

const { officeUsers, organizations, roles } = schema;

export interface OfficeIdentity {
  id: string;
  orgId: string;
  email: string;
  name: string;
  roleName: string;
  permissions: Permission[];
  organization: { id: string; name: string };
}

const INVALID = 'The email or password is not correct.';

// Verifying against a real hash when the email is unknown keeps both answers equally slow,
// so response time does not tell an attacker which emails have accounts.
let dummyHash: Promise<string> | undefined;
const dummy = () => {
  dummyHash ??= hashPassword('portico-timing-equaliser');
  return dummyHash;
};

function identityQuery(db: DbOrTx) {
  return db
    .select({
      id: officeUsers.id,
      orgId: officeUsers.orgId,
      email: officeUsers.email,
      name: officeUsers.name,
      active: officeUsers.active,
      passwordHash: officeUsers.passwordHash,
      roleName: roles.name,
      permissions: roles.permissions,
      organization: { id: organizations.id, name: organizations.name },
    })
    .from(officeUsers)
    .innerJoin(roles, eq(roles.id, officeUsers.roleId))
    .innerJoin(organizations, eq(organizations.id, officeUsers.orgId));
}

export async function signInOfficeUser(db: DbOrTx, email: string, password: string): Promise<OfficeIdentity> {
  const [row] = await identityQuery(db)
    .where(sql`lower(${officeUsers.email}) = lower(${email.trim()})`)
    .limit(1);
  if (!row) {
    await verifyPassword(await dummy(), password);
    throw new UnauthorizedError(INVALID);
  }
  if (!(await verifyPassword(row.passwordHash, password)) || !row.active)
    throw new UnauthorizedError(INVALID);
  await db.update(officeUsers).set({ lastSignInAt: new Date() }).where(eq(officeUsers.id, row.id));
  const { passwordHash: _hash, active: _active, ...identity } = row;
  return identity;
}

/** Read on every request, so a role change or deactivation takes effect at once. */
export async function loadOfficeIdentity(db: DbOrTx, userId: string, orgId: string): Promise<OfficeIdentity> {
  const [row] = await identityQuery(db)
    .where(and(eq(officeUsers.id, userId), eq(officeUsers.orgId, orgId)))
    .limit(1);
  if (!row?.active) throw new UnauthorizedError('Your session has ended. Sign in again.');
  const { passwordHash: _hash, active: _active, ...identity } = row;
  return identity;
}
