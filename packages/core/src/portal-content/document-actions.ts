import { type DbOrTx, type ProposalDecision, schema } from '@portico/db';
import { and, eq, isNull } from 'drizzle-orm';
import { recordActivity } from '../activity/activity';
import { ConflictError, NotFoundError, RuleViolationError, ValidationError } from '../errors';
import { getFile } from '../ingest/file-store';
import { recordWebhookEvent, type WebhookEventData } from '../webhooks/record-event';
import { findPortalDocument, findPortalDocumentFileId, type PortalDocument } from './documents';
import { documentVisible, type PortalScope } from './visibility';

const { documents } = schema;

/** A document opened in the portal: counted as viewed for the adoption metrics. */
export async function getPortalDocument(db: DbOrTx, scope: PortalScope, id: string): Promise<PortalDocument> {
  const document = await findPortalDocument(db, scope, id);
  await recordDocumentUse(db, scope, document, 'view', {});
  return document;
}

export interface PortalDocumentFile {
  document: PortalDocument;
  filename: string;
  contentType: string;
  data: Buffer;
}

export async function downloadPortalDocument(
  db: DbOrTx,
  scope: PortalScope,
  id: string,
  disposition: 'inline' | 'attachment',
): Promise<PortalDocumentFile> {
  const { document, fileId } = await findPortalDocumentFileId(db, scope, id);
  if (!fileId) throw new NotFoundError('File');
  const file = await getFile(db, scope.contact.orgId, fileId);
  await recordDocumentUse(db, scope, document, 'download', { disposition });
  return { document, filename: file.filename, contentType: file.contentType, data: file.data };
}

export interface ProposalDecisionInput {
  decision: ProposalDecision;
  name: string;
  note?: string | null | undefined;
}

/**
 * Accepts or declines a proposal, once. The UPDATE only matches an undecided row, so of two
 * clicks racing (two tabs, two people) exactly one wins and the other gets a 409.
 */
export async function decidePortalProposal(
  db: DbOrTx,
  scope: PortalScope,
  id: string,
  input: ProposalDecisionInput,
): Promise<PortalDocument> {
  const name = input.name.trim();
  if (!name) {
    throw new ValidationError('Type your name to record who decided.', [
      { field: 'name', message: 'is required' },
    ]);
  }
  const note = input.note?.trim() || null;
  return db.transaction(async (tx) => {
    const document = await findPortalDocument(tx, scope, id);
    if (document.kind !== 'proposal') {
      throw new RuleViolationError('Only a proposal can be accepted or declined.');
    }
    const updated = await tx
      .update(documents)
      .set({
        decision: input.decision,
        decidedByName: name,
        decidedByContactId: scope.contact.id,
        decidedAt: new Date(),
        decisionNote: note,
      })
      .where(and(eq(documents.id, id), isNull(documents.decision), documentVisible(scope, ['proposal'])))
      .returning({ id: documents.id });
    if (updated.length === 0) {
      throw new ConflictError('This proposal has already been decided.', { code: 'already_decided' });
    }
    await recordActivity(tx, {
      orgId: scope.contact.orgId,
      contactId: scope.contact.id,
      type: 'proposal_decided',
      detail: { documentId: id, kind: document.kind, decision: input.decision },
    });
    await recordWebhookEvent(tx, {
      orgId: scope.contact.orgId,
      type: input.decision === 'accepted' ? 'proposal.accepted' : 'proposal.declined',
      data: { ...documentData(scope, document), decidedByName: name, note },
    });
    return findPortalDocument(tx, scope, id);
  });
}

/** What webhook events say about a document and the contact acting on it (ids and labels only). */
function documentData(scope: PortalScope, document: PortalDocument): WebhookEventData {
  return {
    documentId: document.id,
    kind: document.kind,
    number: document.number,
    title: document.title,
    accountId: document.accountId,
    buildingId: document.buildingId,
    contactId: scope.contact.id,
    email: scope.contact.email,
  };
}

/**
 * A customer opened or downloaded a document: its activity event (adoption metrics) and its
 * `document.viewed` webhook event, in one transaction. Office staff viewing as the customer (a
 * preview) is not the customer's use: nothing is recorded.
 */
async function recordDocumentUse(
  db: DbOrTx,
  scope: PortalScope,
  document: PortalDocument,
  access: 'view' | 'download',
  detail: { disposition?: 'inline' | 'attachment' },
): Promise<void> {
  if (scope.preview) return;
  await db.transaction(async (tx) => {
    await recordActivity(tx, {
      orgId: scope.contact.orgId,
      contactId: scope.contact.id,
      type: access === 'view' ? 'document_viewed' : 'document_downloaded',
      detail: { documentId: document.id, kind: document.kind, ...detail },
    });
    await recordWebhookEvent(tx, {
      orgId: scope.contact.orgId,
      type: 'document.viewed',
      data: { ...documentData(scope, document), access },
    });
  });
}
