import type { IngestKind, IngestKindName } from '../types';
import { accountIngest } from './accounts';
import { assetIngest } from './assets';
import { buildingIngest } from './buildings';
import { contactIngest } from './contacts';
import { defectIngest } from './defects';
import { documentIngest } from './documents';
import { quoteIngest } from './quotes';
import { taskIngest } from './tasks';

/** Every kind the integration API upserts, by its URL segment. */
export const ingestKinds: Record<IngestKindName, IngestKind> = {
  accounts: accountIngest,
  buildings: buildingIngest,
  contacts: contactIngest,
  documents: documentIngest,
  defects: defectIngest,
  assets: assetIngest,
  tasks: taskIngest,
  quotes: quoteIngest,
};
