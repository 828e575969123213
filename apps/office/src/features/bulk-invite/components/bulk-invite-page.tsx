import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { QueryError } from '../../../components/query-error';
import { useCan } from '../../../lib/permissions';
import {
  type BatchCategory,
  draftFromParams,
  draftToParams,
  emptyDraft,
  type FilterDraft,
  sameFilter,
  toRequestFilter,
} from '../api/batch-filter';
import { batchCountsOptions } from '../api/batch-preview';
import { batchProgressOptions } from '../api/batch-send';
import { BatchCounts, BatchCountsSkeleton } from './batch-counts';
import { BatchFilterForm } from './batch-filter-form';
import { BatchProgress } from './batch-progress';
import { RecipientsDialog } from './recipients-dialog';
import { SendSection } from './send-section';

/**
 * Seed 003's "Send Bulk Portal Invites": filters -> Load -> counts (each opens its contacts) ->
 * Send -> live progress. The loaded filters and the batch live in the URL, so Back from a
 * contact's page, or a reload, finds them again.
 */
export function BulkInvitePage() {
  const [params, setParams] = useSearchParams();
  const loadedDraft = useMemo(() => draftFromParams(params), [params]);
  const loadedFilter = useMemo(() => (loadedDraft ? toRequestFilter(loadedDraft) : null), [loadedDraft]);
  const batchId = params.get('batch');

  const [draft, setDraft] = useState<FilterDraft>(() => loadedDraft ?? emptyDraft);
  const [category, setCategory] = useState<BatchCategory | null>(null);
  const [justSent, setJustSent] = useState(false);
  const canSend = useCan('invitations.send');

  const counts = useQuery({ ...batchCountsOptions(loadedFilter ?? {}), enabled: loadedFilter !== null });
  const progress = useQuery({ ...batchProgressOptions(batchId ?? ''), enabled: batchId !== null });
  const stale = loadedDraft !== null && !sameFilter(draft, loadedDraft);
  const ready = loadedFilter !== null && !stale && counts.isSuccess && !counts.isFetching;

  function setUrl(change: (next: URLSearchParams) => void) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        change(next);
        return next;
      },
      { replace: true },
    );
  }

  function load() {
    // The same filters again: ask again (the counts move as people accept).
    if (loadedDraft && !stale) {
      void counts.refetch();
      return;
    }
    setUrl((next) => {
      for (const key of [...next.keys()]) if (key !== 'batch') next.delete(key);
      draftToParams(draft, next);
    });
  }

  return (
    <>
      <title>Bulk invite · Portico</title>
      <header className="page-header">
        <div>
          <h1 className="page-header__title">Bulk invite</h1>
          <p className="page-header__text">
            Invite many contacts to the customer portal at once: new ones, and those who have not accepted
            yet.
          </p>
        </div>
      </header>

      <section className="bulk-section" aria-labelledby="bulk-filters-title">
        <h2 id="bulk-filters-title" className="bulk-section__title">
          Who to invite
        </h2>
        <BatchFilterForm
          draft={draft}
          onChange={setDraft}
          onLoad={load}
          loading={counts.isFetching}
          stale={stale}
        />
      </section>

      <section className="bulk-section" aria-labelledby="bulk-counts-title">
        <div className="bulk-section__head">
          <h2 id="bulk-counts-title" className="bulk-section__title">
            Who they reach
          </h2>
          <p className="bulk-stale" aria-live="polite">
            {stale && 'Filters changed: load again to count and send.'}
          </p>
        </div>
        {loadedFilter === null ? (
          <p className="bulk-counts__empty">
            Choose the filters, then Load to count the contacts they reach.
          </p>
        ) : counts.isPending ? (
          <BatchCountsSkeleton />
        ) : counts.isError ? (
          <QueryError error={counts.error} onRetry={() => void counts.refetch()} what="the counts" />
        ) : (
          <BatchCounts counts={counts.data} stale={stale} onOpen={setCategory} />
        )}
      </section>

      <SendSection
        filter={loadedFilter}
        counts={counts.data}
        ready={ready}
        canSend={canSend}
        busy={batchId !== null && progress.data?.done !== true}
        onSent={(result) => {
          setJustSent(true);
          setUrl((next) => next.set('batch', result.batchId));
        }}
      />

      {batchId && (
        <BatchProgress
          key={batchId}
          batchId={batchId}
          focusOnStart={justSent}
          onDismiss={() => {
            setJustSent(false);
            setUrl((next) => next.delete('batch'));
          }}
        />
      )}

      {category && loadedFilter && (
        <RecipientsDialog filter={loadedFilter} category={category} onClose={() => setCategory(null)} />
      )}
    </>
  );
}
