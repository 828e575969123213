import type { DbOrTx } from '@portico/db';
import { recordActivity } from '../activity/activity';
import type { Page } from '../pagination';
import { listPortalAssets, listPortalTasks, type PortalAsset, type PortalTask } from './assets-tasks';
import { listPortalBuildings, type PortalBuilding } from './buildings';
import { listPortalQuotes, type PortalQuote } from './defects-quotes';
import { listPortalDocuments } from './document-list';
import type { PortalDocument } from './documents';
import type { PortalScope } from './visibility';

type Group<T> = { items: T[]; total: number };

export interface PortalSearchResult {
  properties: Group<PortalBuilding>;
  assets: Group<PortalAsset>;
  reports: Group<PortalDocument>;
  quotes: Group<PortalQuote>;
  tasks: Group<PortalTask>;
}

const group = <T>({ items, total }: Page<T>): Group<T> => ({ items, total });

/**
 * One search box over everything a customer sees: each group is the first page of the matching
 * list with `q`, so search can never show more than the lists (same access rule, same DTOs).
 */
export async function searchPortal(
  db: DbOrTx,
  scope: PortalScope,
  q: string,
  limit: number,
): Promise<PortalSearchResult> {
  const page = { limit };
  const [properties, assets, reports, quotes, tasks] = await Promise.all([
    listPortalBuildings(db, scope, { q }, page),
    listPortalAssets(db, scope, { q }, page),
    listPortalDocuments(db, scope, { q }, page),
    listPortalQuotes(db, scope, { q }, page),
    listPortalTasks(db, scope, { q }, page),
  ]);
  const result = {
    properties: group(properties),
    assets: group(assets),
    reports: group(reports),
    quotes: group(quotes),
    tasks: group(tasks),
  };
  // A preview (office staff viewing as the customer) is not the customer's use.
  if (scope.preview) return result;
  // The search text itself is the customer's, and may name people: only its length is kept.
  await recordActivity(db, {
    orgId: scope.contact.orgId,
    contactId: scope.contact.id,
    type: 'search',
    detail: {
      queryLength: q.length,
      results: Object.values(result).reduce((n, g) => n + g.total, 0),
    },
  });
  return result;
}
