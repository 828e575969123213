import type { RequestBody, ResponseBody } from '@portico/api-client';
import { $api } from '../../../lib/api';

export type AccessPreview = ResponseBody<'previewContactAccess'>;
export type AccessChange = RequestBody<'previewContactAccess'>;
type DocumentCounts = AccessPreview['documents']['gained'];

/** The dry run of an access change: what the contact would gain and lose. Nothing is saved. */
export function usePreviewContactAccess() {
  return $api.useMutation('post', '/api/v1/contacts/{id}/access/preview');
}

const documentKinds: readonly (keyof DocumentCounts)[] = [
  'inspectionReport',
  'serviceReport',
  'proposal',
  'invoice',
];

export const documentKindNames: Record<keyof DocumentCounts, [one: string, many: string]> = {
  inspectionReport: ['inspection report', 'inspection reports'],
  serviceReport: ['service report', 'service reports'],
  proposal: ['proposal', 'proposals'],
  invoice: ['invoice', 'invoices'],
};

/** "3 inspection reports", one entry per kind with any. */
export function documentCountLines(counts: DocumentCounts): string[] {
  return documentKinds
    .filter((kind) => counts[kind] > 0)
    .map((kind) => {
      const [one, many] = documentKindNames[kind];
      return `${counts[kind].toLocaleString()} ${counts[kind] === 1 ? one : many}`;
    });
}

/** One side (gained or lost) of a preview, for the summary's two columns. */
export function side(preview: AccessPreview, which: 'gained' | 'lost') {
  return {
    accounts: preview.accounts[which],
    buildings: preview.buildings[which],
    documents: documentCountLines(preview.documents[which]),
  };
}

/** True when the change would show the contact nothing new and hide nothing. */
export function changesNothing(preview: AccessPreview): boolean {
  return (['gained', 'lost'] as const).every((which) => {
    const { accounts, buildings, documents } = side(preview, which);
    return accounts.length === 0 && buildings.length === 0 && documents.length === 0;
  });
}
