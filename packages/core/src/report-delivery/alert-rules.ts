import { type DbOrTx, schema } from '@portico/db';
import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { OfficeContext } from '../context';
import { NotFoundError, ValidationError } from '../errors';
import { keysetPage, type Page, type PageRequest, toPage } from '../pagination';
import { checkTarget, type ExportTarget } from './export-target';

const { alertFirings, alertRules } = schema;

export type AlertRule = typeof alertRules.$inferSelect;

export interface AlertRuleInput extends ExportTarget {
  name: string;
  metric: schema.AlertMetric;
  comparator: schema.AlertComparator;
  threshold: number;
  period: schema.AlertPeriod;
  paused?: boolean;
}

export function toAlertRuleDto(r: AlertRule) {
  return {
    id: r.id,
    name: r.name,
    metric: r.metric,
    comparator: r.comparator,
    threshold: r.threshold,
    period: r.period,
    report: r.report,
    table: r.reportTable,
    format: r.format,
    filters: r.filters,
    recipients: r.recipients,
    paused: r.paused,
    lastFiredAt: r.lastFiredAt,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}
export type AlertRuleDto = ReturnType<typeof toAlertRuleDto>;

function valuesOf(input: AlertRuleInput) {
  const name = input.name.trim();
  const errors: { field: string; message: string }[] = [];
  if (!name) errors.push({ field: 'name', message: 'is required' });
  if (!Number.isFinite(input.threshold)) errors.push({ field: 'threshold', message: 'must be a number' });
  if (input.metric === 'activation_rate' && (input.threshold < 0 || input.threshold > 100))
    errors.push({ field: 'threshold', message: 'is a percentage for activation_rate (0 to 100)' });
  if (errors.length > 0) throw new ValidationError('The alert rule is not valid.', errors);
  const target = checkTarget(input);
  return {
    name,
    metric: input.metric,
    comparator: input.comparator,
    threshold: input.threshold,
    period: input.period,
    report: target.report,
    reportTable: target.table,
    format: target.format,
    filters: target.filters,
    recipients: target.recipients,
    paused: input.paused ?? false,
  };
}

const own = (ctx: OfficeContext, id: string) => and(eq(alertRules.id, id), eq(alertRules.orgId, ctx.orgId));

export async function createAlertRule(db: DbOrTx, ctx: OfficeContext, input: AlertRuleInput) {
  const [row] = await db
    .insert(alertRules)
    .values({ ...valuesOf(input), orgId: ctx.orgId, createdBy: ctx.actor.id })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return toAlertRuleDto(row);
}

export async function getAlertRule(db: DbOrTx, ctx: OfficeContext, id: string) {
  const row = await db.query.alertRules.findFirst({ where: own(ctx, id) });
  if (!row) throw new NotFoundError('Alert rule');
  return toAlertRuleDto(row);
}

const keyset = { keys: [sql`lower(${alertRules.name})`, sql`${alertRules.id}`], types: ['text', 'uuid'] };

export async function listAlertRules(
  db: DbOrTx,
  ctx: OfficeContext,
  page: PageRequest,
): Promise<Page<AlertRuleDto>> {
  const q = keysetPage(keyset, page);
  const where = eq(alertRules.orgId, ctx.orgId);
  const [rows, [total]] = await Promise.all([
    db
      .select({ row: alertRules, cursorKeys: q.cursorKeys })
      .from(alertRules)
      .where(q.after ? and(where, q.after) : where)
      .orderBy(...q.orderBy)
      .limit(q.limit),
    db.select({ n: count() }).from(alertRules).where(where),
  ]);
  return toPage(
    rows.map((r) => ({ ...toAlertRuleDto(r.row), cursorKeys: r.cursorKeys })),
    page.limit,
    total?.n ?? 0,
  );
}

/** Replaces the rule's settings; `paused` pauses or resumes it. */
export async function updateAlertRule(db: DbOrTx, ctx: OfficeContext, id: string, input: AlertRuleInput) {
  const [row] = await db.update(alertRules).set(valuesOf(input)).where(own(ctx, id)).returning();
  if (!row) throw new NotFoundError('Alert rule');
  return toAlertRuleDto(row);
}

export async function deleteAlertRule(db: DbOrTx, ctx: OfficeContext, id: string): Promise<void> {
  const deleted = await db.delete(alertRules).where(own(ctx, id)).returning({ id: alertRules.id });
  if (deleted.length === 0) throw new NotFoundError('Alert rule');
}

/** The rule's firings, newest first (at most one per period). */
export async function listAlertFirings(db: DbOrTx, ctx: OfficeContext, id: string, limit = 50) {
  await getAlertRule(db, ctx, id);
  const rows = await db
    .select()
    .from(alertFirings)
    .where(and(eq(alertFirings.ruleId, id), eq(alertFirings.orgId, ctx.orgId)))
    .orderBy(desc(alertFirings.firedAt))
    .limit(limit);
  return rows.map((f) => ({
    id: f.id,
    periodKey: f.periodKey,
    value: f.value,
    runId: f.runId,
    firedAt: f.firedAt,
  }));
}
