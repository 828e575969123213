import { createDocumentNotices, type DocumentNoticeRun } from '@portico/core';
import type { ProcessorDeps } from './deps';
import { orgIdOf } from './job-payload';

/**
 * `documents.notify`, delayed by the debounce after a round of publications: claims the
 * organization's newly published documents and writes one notice (and its send job) per contact
 * who sees any of them, all in one statement. Safe to run twice or side by side: the claim hands
 * each document to one run only, and a run that finds nothing writes nothing.
 */
export async function notifyDocuments(deps: ProcessorDeps, data: unknown): Promise<DocumentNoticeRun> {
  const orgId = orgIdOf(data);
  const run = await createDocumentNotices(deps.db, orgId);
  if (run.documents > 0) deps.log.info({ orgId, ...run }, 'document notices queued');
  return run;
}
