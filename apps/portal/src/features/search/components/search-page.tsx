import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useId } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { OverlayLink } from '../../../components/list-parts';
import { LoadError, Loading } from '../../../components/load-state';
import { SeverityBadge } from '../../../components/severity-badge';
import { useDebounced } from '../../../lib/debounce';
import { kindLabel } from '../../../lib/document-areas';
import { formatDate, formatMoney } from '../../../lib/format';
import { overlayTarget, useOverlay } from '../../../lib/overlay';
import type { PortalSearchResult } from '../../../lib/portal-types';
import { searchOptions } from '../api/search';

/** One search box across everything the customer may see; each hit opens where it lives. */
export function SearchPage() {
  const inputId = useId();
  const [params, setParams] = useSearchParams();
  const typed = params.get('q') ?? '';
  const q = useDebounced(typed.trim(), 300);
  const search = useQuery(searchOptions(q));

  return (
    <div className="page">
      <h1 className="page__title">Search</h1>
      <search>
        <form className="search-box" onSubmit={(event) => event.preventDefault()}>
          <label htmlFor={inputId} className="visually-hidden">
            Search properties, assets, reports, quotes and tasks
          </label>
          <input
            id={inputId}
            type="search"
            value={typed}
            placeholder="Search properties, assets, reports, quotes, tasks"
            maxLength={100}
            onChange={(event) => {
              const value = event.target.value;
              setParams(value ? { q: value } : {}, { replace: true });
            }}
          />
        </form>
      </search>
      {q.length < 2 ? (
        <p className="muted">
          Type at least two letters: a property name, an asset, a report or invoice number.
        </p>
      ) : search.isPending ? (
        <Loading>Searching…</Loading>
      ) : search.isError ? (
        <LoadError what="the results" error={search.error} retry={() => void search.refetch()} />
      ) : (
        <Results result={search.data} q={q} />
      )}
    </div>
  );
}

function Results({ result, q }: { result: PortalSearchResult; q: string }) {
  const overlay = useOverlay();
  const href = overlay.href;
  const nothing = Object.values(result).every((group) => group.total === 0);
  if (nothing) {
    return (
      <EmptyState title={`Nothing matches “${q}”.`}>
        <p>Try fewer words, or part of a name or number.</p>
      </EmptyState>
    );
  }
  return (
    <div className="panels">
      <Group title="Properties" total={result.properties.total}>
        {result.properties.items.map((b) => (
          <li key={b.id}>
            <OverlayLink to={href(`/property/${b.id}`)}>{b.name}</OverlayLink>
            <span className="row-sub">{b.address ?? b.accountName}</span>
          </li>
        ))}
      </Group>
      <Group title="Assets" total={result.assets.total} more={href(overlayTarget('/assets', { q }))}>
        {result.assets.items.map((a) => (
          <li key={a.id}>
            <OverlayLink to={href(overlayTarget('/assets', { buildingId: a.buildingId, q: a.name }))}>
              {a.name}
            </OverlayLink>
            <span className="row-sub">
              {a.assetType} · {a.buildingName}{' '}
              {a.highestOpenSeverity && <SeverityBadge severity={a.highestOpenSeverity} />}
            </span>
          </li>
        ))}
      </Group>
      <Group
        title="Reports and documents"
        total={result.reports.total}
        more={href(overlayTarget('/documents', { q }))}
      >
        {result.reports.items.map((d) => (
          <li key={d.id}>
            <OverlayLink to={href(`/document/${d.id}`)}>{d.title}</OverlayLink>
            <span className="row-sub">
              {kindLabel(d.kind)}
              {d.number && ` · ${d.number}`} · {formatDate(d.issuedOn)}
              {d.overdue && <span className="badge badge--danger">Overdue</span>}
            </span>
          </li>
        ))}
      </Group>
      <Group title="Quotes" total={result.quotes.total}>
        {result.quotes.items.map((quote) => (
          <li key={quote.id}>
            <OverlayLink to={href(overlayTarget('/quotes', { buildingId: quote.buildingId }))}>
              {quote.title}
            </OverlayLink>
            <span className="row-sub">
              {quote.buildingName} · {formatMoney(quote.amount, quote.currency)} · {quote.status}
            </span>
          </li>
        ))}
      </Group>
      <Group title="Tasks" total={result.tasks.total} more={href(overlayTarget('/tasks', { q }))}>
        {result.tasks.items.map((task) => (
          <li key={task.id}>
            <OverlayLink to={href(overlayTarget('/tasks', { buildingId: task.buildingId, q: task.title }))}>
              {task.title}
            </OverlayLink>
            <span className="row-sub">
              {task.buildingName} · {task.kind === 'routine' ? 'Routine' : 'Service call'} · due{' '}
              {formatDate(task.dueOn)}
            </span>
          </li>
        ))}
      </Group>
    </div>
  );
}

function Group({
  title,
  total,
  more,
  children,
}: {
  title: string;
  total: number;
  more?: string;
  children: ReactNode;
}) {
  const id = useId();
  if (total === 0) return null;
  return (
    <section className="panel-card" aria-labelledby={id}>
      <div className="panel-card__head">
        <h2 id={id} className="panel-card__title">
          {title} <span className="muted">({total})</span>
        </h2>
        {more && (
          <OverlayLink className="text-link" to={more}>
            Show all
          </OverlayLink>
        )}
      </div>
      <ul className="doc-list">{children}</ul>
    </section>
  );
}
