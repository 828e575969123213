import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { LoadError, Loading } from '../../../components/load-state';
import { useDebounced } from '../../../lib/debounce';
import { helpListOptions } from '../api/help';
import '../help.css';

/** The help page: every published article in order, or those matching the words typed. */
export function HelpPage() {
  const inputId = useId();
  const [params, setParams] = useSearchParams();
  const typed = params.get('q') ?? '';
  const q = useDebounced(typed.trim(), 300);
  const list = useQuery(helpListOptions(q ? { q } : {}));

  return (
    <div className="page">
      <title>Help</title>
      <h1 className="page__title">Help</h1>
      <search>
        <form className="search-box" onSubmit={(event) => event.preventDefault()}>
          <label htmlFor={inputId} className="visually-hidden">
            Search help articles
          </label>
          <input
            id={inputId}
            type="search"
            value={typed}
            placeholder="Search help articles"
            maxLength={200}
            onChange={(event) => {
              const value = event.target.value;
              setParams(value ? { q: value } : {}, { replace: true });
            }}
          />
        </form>
      </search>
      {list.isPending ? (
        <Loading>Loading help articles…</Loading>
      ) : list.isError ? (
        <LoadError what="the help articles" error={list.error} retry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState title={q ? `No article matches “${q}”.` : 'No help articles yet.'}>
          {q ? <p>Try other words, or fewer of them.</p> : <p>Your contractor has not written any yet.</p>}
        </EmptyState>
      ) : (
        <ul className="help-list" aria-label={q ? `Articles matching “${q}”` : 'Help articles'}>
          {list.data.items.map((article) => (
            <li key={article.id}>
              <Link to={`/help/${encodeURIComponent(article.slug)}`}>{article.title}</Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
