import { type DbOrTx, schema } from '@portico/db';
import { and, eq, inArray } from 'drizzle-orm';
import { DomainError } from '../errors';
import { checkInboundEntry, type InboundContact } from './inbound-contacts';

const { accounts, inboundContacts } = schema;

/** Up to this many entries per request: a day of a phone system's call log fits in one. */
export const MAX_INBOUND_BATCH = 500;

export interface InboundContactItem {
  /** The sending system's id: posting it again is a no-op, so retries never count twice. */
  externalId: string;
  channel: InboundContact['channel'];
  occurredAt: Date;
  count?: number | undefined;
  /** The customer, by the id the integration gave it (as in the other integration routes). */
  accountExternalId?: string | undefined;
  subject?: string | undefined;
}

export type InboundItemStatus = 'created' | 'unchanged' | 'failed';

export interface InboundItemResult {
  index: number;
  externalId: string;
  status: InboundItemStatus;
  id: string | null;
  error: {
    code: 'validation' | 'duplicate_in_batch' | 'unknown_reference';
    detail: string;
    field?: string;
  } | null;
}

export interface InboundBatchResult {
  results: InboundItemResult[];
  summary: Record<InboundItemStatus, number>;
}

/**
 * Records entries posted by an integration, idempotently: an external id already recorded answers
 * `unchanged` and is left as it was (a log entry is a fact, not a record to keep in sync; the
 * office deletes a wrong one). Each item fails alone; the rest are written in one statement.
 */
export async function recordInboundContacts(
  db: DbOrTx,
  orgId: string,
  items: readonly InboundContactItem[],
  now = new Date(),
): Promise<InboundBatchResult> {
  const results: InboundItemResult[] = items.map((item, index) => ({
    index,
    externalId: item.externalId,
    status: 'failed',
    id: null,
    error: null,
  }));
  const fail = (index: number, error: NonNullable<InboundItemResult['error']>) => {
    const result = results[index];
    if (result) result.error = error;
  };

  const accountIds = await accountIdsByExternalId(
    db,
    orgId,
    items.flatMap((item) => (item.accountExternalId ? [item.accountExternalId] : [])),
  );
  const seen = new Set<string>();
  const valid: { index: number; item: InboundContactItem; accountId: string | null }[] = [];
  items.forEach((item, index) => {
    if (seen.has(item.externalId)) {
      fail(index, { code: 'duplicate_in_batch', detail: 'An earlier item has this externalId.' });
      return;
    }
    seen.add(item.externalId);
    try {
      checkInboundEntry(item, now);
    } catch (error) {
      const first = error instanceof DomainError ? error.extra.errors?.[0] : undefined;
      fail(index, {
        code: 'validation',
        detail: first ? `${first.field} ${first.message}.` : 'The item is not valid.',
        ...(first && { field: first.field }),
      });
      return;
    }
    const accountId = item.accountExternalId ? (accountIds.get(item.accountExternalId) ?? null) : null;
    if (item.accountExternalId && !accountId) {
      fail(index, {
        code: 'unknown_reference',
        detail: 'No account has this external id.',
        field: 'accountExternalId',
      });
      return;
    }
    valid.push({ index, item, accountId });
  });

  if (valid.length > 0) {
    const inserted = await db
      .insert(inboundContacts)
      .values(
        valid.map(({ item, accountId }) => ({
          orgId,
          channel: item.channel,
          occurredAt: item.occurredAt,
          count: item.count ?? 1,
          accountId,
          subject: item.subject?.trim() || null,
          source: 'integration' as const,
          externalId: item.externalId,
        })),
      )
      .onConflictDoNothing({ target: [inboundContacts.orgId, inboundContacts.externalId] })
      .returning({ id: inboundContacts.id, externalId: inboundContacts.externalId });
    const created = new Map(inserted.map((row) => [row.externalId, row.id]));
    const existing = await idsByExternalId(
      db,
      orgId,
      valid.map(({ item }) => item.externalId).filter((externalId) => !created.has(externalId)),
    );
    for (const { index, item } of valid) {
      const result = results[index];
      if (!result) continue;
      const newId = created.get(item.externalId);
      result.status = newId ? 'created' : 'unchanged';
      result.id = newId ?? existing.get(item.externalId) ?? null;
    }
  }

  const summary = { created: 0, unchanged: 0, failed: 0 };
  for (const result of results) summary[result.status] += 1;
  return { results, summary };
}

async function accountIdsByExternalId(db: DbOrTx, orgId: string, externalIds: string[]) {
  if (externalIds.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: accounts.id, externalId: accounts.externalId })
    .from(accounts)
    .where(and(eq(accounts.orgId, orgId), inArray(accounts.externalId, [...new Set(externalIds)])));
  return new Map(rows.map((row) => [row.externalId ?? '', row.id]));
}

async function idsByExternalId(db: DbOrTx, orgId: string, externalIds: string[]) {
  if (externalIds.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: inboundContacts.id, externalId: inboundContacts.externalId })
    .from(inboundContacts)
    .where(and(eq(inboundContacts.orgId, orgId), inArray(inboundContacts.externalId, externalIds)));
  return new Map(rows.map((row) => [row.externalId ?? '', row.id]));
}
