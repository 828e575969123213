import { type ActivityType, type DbOrTx, schema } from '@portico/db';

export interface ActivityInput {
  orgId: string;
  contactId: string;
  type: ActivityType;
  detail?: Record<string, string | number | boolean | null>;
}

/** Records what a customer did in the portal, for adoption metrics. */
export async function recordActivity(db: DbOrTx, activity: ActivityInput): Promise<void> {
  await db.insert(schema.activityEvents).values({ ...activity, detail: activity.detail ?? {} });
}
