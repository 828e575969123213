import { type Db, schema } from '@portico/db';
import { and, eq, gte, sql } from 'drizzle-orm';
import { getAdoptionHeadline } from '../reports/adoption-report';
import { portalUsage } from '../reports/usage';
import { alertPeriodKey } from './recurrence';
import { queueReportRun } from './runs';

const { alertFirings, alertRules, invitationEvents } = schema;

type Metric = schema.AlertMetric;

/** Start (UTC) of the alert period containing `now`: the day, or the ISO week's Monday. */
function periodStart(period: schema.AlertPeriod, now: Date): Date {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  if (period === 'daily') return day;
  const weekday = day.getUTCDay() === 0 ? 7 : day.getUTCDay();
  return new Date(day.getTime() - (weekday - 1) * 86_400_000);
}

/**
 * A metric's value for an organization, with the reports' own definitions: activation rate in
 * percent and monthly active users from the usage report, pending and expired invites from the
 * adoption headline (active customers, its default), email failures counted in the current period.
 * Null when undefined (no one invited yet: no activation rate to compare).
 */
export async function alertMetricValue(
  db: Db,
  orgId: string,
  metric: Metric,
  period: schema.AlertPeriod,
  now: Date,
): Promise<number | null> {
  switch (metric) {
    case 'activation_rate': {
      const rate = (await portalUsage(db, { orgId }, {}, now)).activationRate;
      return rate === null ? null : rate * 100;
    }
    case 'monthly_active_users':
      return (await portalUsage(db, { orgId }, {}, now)).monthlyActiveUsers;
    case 'pending_invites':
      return (await getAdoptionHeadline(db, { orgId }, {})).invitesPending;
    case 'expired_invites':
      return (await getAdoptionHeadline(db, { orgId }, {})).invitesExpired;
    case 'email_failures': {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(invitationEvents)
        .where(
          and(
            eq(invitationEvents.orgId, orgId),
            eq(invitationEvents.type, 'email_failed'),
            gte(invitationEvents.createdAt, periodStart(period, now)),
          ),
        );
      return row?.n ?? 0;
    }
  }
}

export interface AlertEvaluation {
  evaluated: number;
  fired: number;
}

/**
 * Evaluates every active rule. A rule whose condition holds records a firing for its period and
 * queues the export's email in one transaction; the unique (rule, period) index turns a second
 * evaluation in the same period (the next hour, another worker) into nothing.
 */
export async function evaluateAlertRules(db: Db, now = new Date()): Promise<AlertEvaluation> {
  const rules = await db.select().from(alertRules).where(eq(alertRules.paused, false));
  let fired = 0;
  for (const rule of rules) {
    const value = await alertMetricValue(db, rule.orgId, rule.metric, rule.period, now);
    if (value === null) continue;
    const holds = rule.comparator === 'lt' ? value < rule.threshold : value > rule.threshold;
    if (!holds) continue;
    const periodKey = alertPeriodKey(rule.period, now);
    const didFire = await db.transaction(async (tx) => {
      const [firing] = await tx
        .insert(alertFirings)
        .values({ orgId: rule.orgId, ruleId: rule.id, periodKey, value, firedAt: now })
        .onConflictDoNothing()
        .returning({ id: alertFirings.id });
      if (!firing) return false;
      const run = await queueReportRun(tx, {
        orgId: rule.orgId,
        trigger: 'alert',
        alertId: rule.id,
        name: rule.name,
        report: rule.report,
        reportTable: rule.reportTable,
        format: rule.format,
        filters: rule.filters,
        recipients: rule.recipients,
        createdBy: rule.createdBy,
      });
      await tx
        .update(alertFirings)
        .set({ runId: run?.id ?? null })
        .where(eq(alertFirings.id, firing.id));
      await tx.update(alertRules).set({ lastFiredAt: now }).where(eq(alertRules.id, rule.id));
      return true;
    });
    if (didFire) fired++;
  }
  return { evaluated: rules.length, fired };
}
