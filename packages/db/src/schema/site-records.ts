import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { buildings } from './accounts';
import { createdAt, id, updatedAt } from './columns';
import { documents } from './documents';
import { organizations } from './organizations';

/** Ordered from most to least severe: the order is used to pick a building's highest open severity. */
export const defectSeverity = pgEnum('defect_severity', [
  'critical',
  'non_conformance',
  'non_critical',
  'recommendation',
  'info',
]);
export type DefectSeverity = (typeof defectSeverity.enumValues)[number];
export const defectStatus = pgEnum('defect_status', ['open', 'resolved']);
export type DefectStatus = (typeof defectStatus.enumValues)[number];

export const taskKind = pgEnum('task_kind', ['routine', 'reactive']);
export type TaskKind = (typeof taskKind.enumValues)[number];
export const taskStage = pgEnum('task_stage', ['on_hold', 'ready', 'in_progress', 'performed', 'complete']);
export type TaskStage = (typeof taskStage.enumValues)[number];

export const quoteKind = pgEnum('quote_kind', ['defect_quote', 'service_quote']);
export type QuoteKind = (typeof quoteKind.enumValues)[number];
export const quoteStatus = pgEnum('quote_status', ['pending', 'accepted', 'declined', 'expired']);
export type QuoteStatus = (typeof quoteStatus.enumValues)[number];

const orgId = () =>
  uuid('org_id')
    .notNull()
    .references(() => organizations.id, { onDelete: 'cascade' });
const buildingId = () =>
  uuid('building_id')
    .notNull()
    .references(() => buildings.id, { onDelete: 'cascade' });

/** Equipment at a building (extinguishers, alarm panels, sprinklers). */
export const assets = pgTable(
  'assets',
  {
    id: id(),
    orgId: orgId(),
    buildingId: buildingId(),
    name: text('name').notNull(),
    assetType: text('asset_type').notNull(),
    location: text('location'),
    status: text('status'),
    externalId: text('external_id').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('assets_org_external_uq').on(t.orgId, t.externalId),
    index('assets_building_idx').on(t.buildingId, t.assetType, t.name),
  ],
);

/** A remark raised on an asset or a building; customers see only published ones. */
export const defects = pgTable(
  'defects',
  {
    id: id(),
    orgId: orgId(),
    buildingId: buildingId(),
    assetId: uuid('asset_id').references(() => assets.id, { onDelete: 'set null' }),
    /** The report the remark was raised on, when there is one. */
    documentId: uuid('document_id').references(() => documents.id, { onDelete: 'set null' }),
    assetType: text('asset_type').notNull(),
    description: text('description').notNull(),
    severity: defectSeverity('severity').notNull(),
    status: defectStatus('status').notNull().default('open'),
    raisedOn: date('raised_on').notNull(),
    resolvedOn: date('resolved_on'),
    published: boolean('published').notNull().default(false),
    externalId: text('external_id').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('defects_org_external_uq').on(t.orgId, t.externalId),
    index('defects_building_idx').on(t.buildingId, t.status, t.raisedOn).where(sql`${t.published}`),
  ],
);

/**
 * Work at a building: routine (scheduled maintenance, judged against its due date and tolerance)
 * or reactive (service calls, counted by the month they were created).
 */
export const tasks = pgTable(
  'tasks',
  {
    id: id(),
    orgId: orgId(),
    buildingId: buildingId(),
    assetId: uuid('asset_id').references(() => assets.id, { onDelete: 'set null' }),
    kind: taskKind('kind').notNull(),
    title: text('title').notNull(),
    stage: taskStage('stage').notNull().default('ready'),
    createdOn: date('created_on').notNull().default(sql`current_date`),
    dueOn: date('due_on'),
    performedOn: date('performed_on'),
    /** Days after the due date a routine task still counts as on time. */
    toleranceDays: integer('tolerance_days').notNull().default(7),
    externalId: text('external_id').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('tasks_org_external_uq').on(t.orgId, t.externalId),
    index('tasks_building_idx').on(t.buildingId, t.kind, t.dueOn),
  ],
);

/** A price for fixing a defect or for a service, awaiting the customer's authorisation while pending. */
export const quotes = pgTable(
  'quotes',
  {
    id: id(),
    orgId: orgId(),
    buildingId: buildingId(),
    defectId: uuid('defect_id').references(() => defects.id, { onDelete: 'set null' }),
    kind: quoteKind('kind').notNull(),
    number: text('number'),
    title: text('title').notNull(),
    amount: numeric('amount', { precision: 12, scale: 2 }).notNull(),
    currency: text('currency').notNull().default('USD'),
    status: quoteStatus('status').notNull().default('pending'),
    issuedOn: date('issued_on'),
    published: boolean('published').notNull().default(false),
    externalId: text('external_id').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('quotes_org_external_uq').on(t.orgId, t.externalId),
    index('quotes_building_idx').on(t.buildingId, t.status).where(sql`${t.published}`),
  ],
);
