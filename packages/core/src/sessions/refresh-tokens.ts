import { randomUUID } from 'node:crypto';
import { type DbOrTx, hashToken, newToken, type SessionAudience, schema } from '@portico/db';
import { and, eq, isNull } from 'drizzle-orm';
import { UnauthorizedError } from '../errors';

const { refreshTokens } = schema;

/** "Stay signed in" keeps a session for 30 days; otherwise it lives as long as the browser does (12 h cap). */
export const PERSISTENT_SESSION_MS = 30 * 86_400_000;
export const BROWSER_SESSION_MS = 12 * 3_600_000;

export interface IssuedRefreshToken {
  token: string;
  expiresAt: Date;
  persistent: boolean;
}

export interface SessionSubject {
  orgId: string;
  audience: SessionAudience;
  subjectId: string;
}

export async function issueRefreshToken(
  db: DbOrTx,
  subject: SessionSubject,
  options: { persistent: boolean; familyId?: string; userAgent?: string | undefined; now?: Date },
): Promise<IssuedRefreshToken> {
  const now = options.now ?? new Date();
  const token = newToken();
  const expiresAt = new Date(
    now.getTime() + (options.persistent ? PERSISTENT_SESSION_MS : BROWSER_SESSION_MS),
  );
  await db.insert(refreshTokens).values({
    ...subject,
    familyId: options.familyId ?? randomUUID(),
    tokenHash: hashToken(token),
    persistent: options.persistent,
    expiresAt,
    userAgent: options.userAgent?.slice(0, 300) ?? null,
  });
  return { token, expiresAt, persistent: options.persistent };
}

/**
 * Swaps a refresh token for a new one in the same family. A token that was already swapped is
 * a stolen or replayed one: the whole family is revoked, signing out both holders.
 */
export async function rotateRefreshToken(
  db: DbOrTx,
  audience: SessionAudience,
  token: string,
  userAgent?: string,
): Promise<{ subject: SessionSubject; issued: IssuedRefreshToken }> {
  const now = new Date();
  const [row] = await db
    .select()
    .from(refreshTokens)
    .where(and(eq(refreshTokens.tokenHash, hashToken(token)), eq(refreshTokens.audience, audience)))
    .limit(1);
  if (!row || row.revokedAt) throw new UnauthorizedError('Your session has ended. Sign in again.');
  if (row.replacedAt) {
    await revokeFamily(db, row.familyId);
    throw new UnauthorizedError(
      'This session was used elsewhere and has been ended for safety. Sign in again.',
    );
  }
  if (row.expiresAt <= now) throw new UnauthorizedError('Your session has expired. Sign in again.');

  // Conditional update: of two concurrent refreshes with one token, exactly one wins.
  const claimed = await db
    .update(refreshTokens)
    .set({ replacedAt: now })
    .where(and(eq(refreshTokens.id, row.id), isNull(refreshTokens.replacedAt)))
    .returning({ id: refreshTokens.id });
  if (claimed.length === 0) {
    await revokeFamily(db, row.familyId);
    throw new UnauthorizedError(
      'This session was used elsewhere and has been ended for safety. Sign in again.',
    );
  }
  const subject = { orgId: row.orgId, audience: row.audience, subjectId: row.subjectId };
  const issued = await issueRefreshToken(db, subject, {
    persistent: row.persistent,
    familyId: row.familyId,
    userAgent,
    now,
  });
  return { subject, issued };
}

export async function revokeFamily(db: DbOrTx, familyId: string): Promise<void> {
  await db
    .update(refreshTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt)));
}

/** Sign-out: ends the session the token belongs to, answering whose it was. Unknown tokens are ignored. */
export async function revokeRefreshToken(
  db: DbOrTx,
  audience: SessionAudience,
  token: string,
): Promise<SessionSubject | null> {
  const [row] = await db
    .select({
      familyId: refreshTokens.familyId,
      orgId: refreshTokens.orgId,
      subjectId: refreshTokens.subjectId,
    })
    .from(refreshTokens)
    .where(and(eq(refreshTokens.tokenHash, hashToken(token)), eq(refreshTokens.audience, audience)))
    .limit(1);
  if (!row) return null;
  await revokeFamily(db, row.familyId);
  return { orgId: row.orgId, audience, subjectId: row.subjectId };
}

/** Sign-out everywhere, password change, suspension. */
export async function revokeAllSessions(
  db: DbOrTx,
  audience: SessionAudience,
  subjectId: string,
): Promise<void> {
  await db
    .update(refreshTokens)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(refreshTokens.audience, audience),
        eq(refreshTokens.subjectId, subjectId),
        isNull(refreshTokens.revokedAt),
      ),
    );
}
