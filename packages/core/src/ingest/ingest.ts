import type { Db } from '@portico/db';
import { type TSchema, Type } from 'typebox';
import { Compile, type Validator } from 'typebox/compile';
import { ConflictError, RuleViolationError, ValidationError } from '../errors';
import { ExternalId } from './item-schema';
import { resolveReferences } from './references';
import {
  type Candidate,
  type IngestBatchResult,
  type IngestItem,
  type IngestKind,
  type IngestStatus,
  type ItemError,
  ItemFailure,
  type ItemResult,
} from './types';
import { upsertCandidates } from './upsert';

export const MAX_BATCH_ITEMS = 1000;

/** The batch item schema of a kind: its fields plus `externalId`. Unknown fields are errors. */
export function itemSchemaOf(kind: IngestKind): TSchema {
  return Type.Object(
    { externalId: ExternalId, ...kind.fields },
    { additionalProperties: false, title: `${kind.label}Item` },
  );
}

// Compiled once per kind, on first use.
const validators = new WeakMap<IngestKind, Validator>();
function validatorOf(kind: IngestKind): Validator {
  let validator = validators.get(kind);
  if (!validator) {
    validator = Compile(itemSchemaOf(kind));
    validators.set(kind, validator);
  }
  return validator;
}

function validationError(validator: Validator, raw: unknown): ItemError | null {
  if (!validator.Check(raw)) {
    const [issue] = validator.Errors(raw);
    if (!issue) return { code: 'validation', detail: 'The item is not valid.' };
    const params = issue.params as { requiredProperties?: string[]; additionalProperties?: string[] };
    const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
    const unknownField = issue.keyword === 'boolean' || issue.keyword === 'additionalProperties';
    const field = params.requiredProperties?.[0] ?? params.additionalProperties?.[0] ?? path;
    const message = unknownField ? 'is not a known field' : issue.message;
    return { code: 'validation', detail: `${field || 'item'} ${message}.`, ...(field && { field }) };
  }
  const nul = nulPath(raw, '');
  // PostgreSQL text cannot hold NUL; caught here it fails one item instead of the whole batch.
  return nul === null ? null : { code: 'validation', detail: `${nul} contains a NUL character.`, field: nul };
}

function nulPath(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const found = nulPath(child, path ? `${path}.${key}` : key);
      if (found !== null) return found;
    }
  }
  return null;
}

const externalIdOf = (raw: unknown): string | null => {
  const value = (raw as { externalId?: unknown } | null)?.externalId;
  return typeof value === 'string' ? value : null;
};

/**
 * Upserts a batch in one transaction: validate each item alone, fail repeated external ids (every
 * occurrence after the first), resolve references with one query per referenced kind, then write
 * the rest with multi-row statements. One bad item fails alone; the answer lists every item.
 */
export async function ingestBatch(
  db: Db,
  orgId: string,
  kind: IngestKind,
  rawItems: unknown[],
): Promise<IngestBatchResult> {
  const results: ItemResult[] = rawItems.map((raw, index) => ({
    index,
    externalId: externalIdOf(raw),
    status: 'failed',
    id: null,
    error: null,
  }));
  const fail = (index: number, error: ItemError) => {
    const result = results[index];
    if (result) result.error = error;
  };

  const validator = validatorOf(kind);
  const seen = new Set<string>();
  const valid: { index: number; item: IngestItem }[] = [];
  rawItems.forEach((raw, index) => {
    const externalId = externalIdOf(raw);
    if (externalId !== null && seen.has(externalId)) {
      fail(index, {
        code: 'duplicate_in_batch',
        detail: 'An earlier item of this batch has the same externalId.',
        field: 'externalId',
      });
      return;
    }
    if (externalId !== null) seen.add(externalId);
    const error = validationError(validator, raw);
    if (error) fail(index, error);
    else valid.push({ index, item: raw as IngestItem });
  });

  await db.transaction(async (tx) => {
    const refs = await resolveReferences(
      tx,
      orgId,
      valid.flatMap((v) => kind.references(v.item)),
    );
    let candidates: Candidate[] = [];
    for (const { index, item } of valid) {
      try {
        candidates.push({ index, item, row: kind.toRow(item, refs) });
      } catch (error) {
        if (!(error instanceof ItemFailure)) throw error;
        fail(index, error.error);
      }
    }
    if (kind.precheck && candidates.length > 0) {
      const failures = await kind.precheck(tx, orgId, candidates);
      for (const [index, error] of failures) fail(index, error);
      candidates = candidates.filter((c) => !failures.has(c.index));
    }
    const written = await upsertCandidates(tx, orgId, kind, candidates);
    const changedAfter = kind.afterWrite
      ? await kind.afterWrite(tx, orgId, written, refs)
      : new Set<number>();
    for (const w of written) {
      const result = results[w.index];
      if (!result) continue;
      result.id = w.id;
      result.status = w.status === 'unchanged' && changedAfter.has(w.index) ? 'updated' : w.status;
    }
  });

  const summary: Record<IngestStatus, number> = { created: 0, updated: 0, unchanged: 0, failed: 0 };
  for (const r of results) summary[r.status] += 1;
  return { results, summary };
}

/** One item by its external id; a failure becomes the matching domain error (400/409/422). */
export async function ingestOne(
  db: Db,
  orgId: string,
  kind: IngestKind,
  externalId: string,
  body: object,
): Promise<{ id: string; status: 'created' | 'updated' | 'unchanged' }> {
  const { results } = await ingestBatch(db, orgId, kind, [{ ...body, externalId }]);
  const [result] = results;
  if (!result) throw new Error('ingestBatch answered no result');
  const { error, id, status } = result;
  if (!error && id && status !== 'failed') return { id, status };
  const errors = error?.field ? [{ field: error.field, message: error.detail }] : [];
  const detail = error?.detail ?? 'The item could not be written.';
  if (error?.code === 'conflict') throw new ConflictError(detail, { errors });
  if (error?.code === 'unknown_reference' || error?.code === 'rule_violation') {
    throw new RuleViolationError(detail, { errors });
  }
  throw new ValidationError(detail, errors);
}
