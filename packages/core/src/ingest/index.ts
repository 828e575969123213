export * from './document-files';
export * from './file-store';
export { ingestBatch, ingestOne, itemSchemaOf, MAX_BATCH_ITEMS } from './ingest';
export { ingestKinds } from './kinds';
export type {
  IngestBatchResult,
  IngestKind,
  IngestKindName,
  IngestStatus,
  ItemError,
  ItemResult,
} from './types';
export { ingestKindNames } from './types';
