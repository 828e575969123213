import { type DbOrTx, schema } from '@portico/db';
import { sql } from 'drizzle-orm';
import type { JobMap, JobName } from '../jobs/job-map';

const { documentNotices, notificationDigestItems, outbox } = schema;

const sendJob = 'documentNotice.send' satisfies JobName;
const noticeIdField = 'noticeId' satisfies keyof JobMap['documentNotice.send'];

/**
 * The daily digest (the worker's `sweep.digests`, once a day): every contact with documents held
 * since its last digest gets ONE notice listing all of them, sent by the same `documentNotice.send`
 * job as the immediate notices (so the same claim, re-check of visibility and preferences,
 * retries and failure handling). One statement: the held rows are deleted as they become
 * notices, so a sweep running twice, or two side by side, mails each document once (the second
 * DELETE waits on the first's row locks, then finds them gone).
 */
export async function createDailyDigests(db: DbOrTx): Promise<{ digests: number; documents: number }> {
  const result = await db.execute<{ digests: number; documents: number }>(sql`
    with taken as (
      delete from ${notificationDigestItems}
      returning org_id, contact_id, document_id
    ),
    notices as (
      insert into ${documentNotices} (org_id, contact_id, document_ids, digest)
      select org_id, contact_id, array_agg(document_id order by document_id), true
      from taken group by org_id, contact_id
      returning id, org_id
    ),
    jobs as (
      insert into ${outbox} (org_id, job, payload)
      select org_id, ${sendJob}, jsonb_build_object(${noticeIdField}::text, id) from notices
      returning id
    )
    select (select count(*) from jobs)::int as digests, (select count(*) from taken)::int as documents
  `);
  const [row] = result.rows;
  return { digests: row?.digests ?? 0, documents: row?.documents ?? 0 };
}
