import { Spinner } from '@portico/ui';
import type { ReactNode, RefObject } from 'react';
import { useId, useRef, useState } from 'react';
import { useDebouncedValue } from '../lib/use-debounced-value';
import { QueryError } from './query-error';

const SEARCH_DELAY_MS = 300;

/** What a picker's owner needs: the settled query to search with, and a way to say what was added. */
export interface SearchPickerState {
  search: string;
  setSearch: (text: string) => void;
  /** The trimmed text once typing pauses: search with this. */
  query: string;
  searchRef: RefObject<HTMLInputElement | null>;
  announcement: string;
  /** Says (politely) what just happened; after an add, focus goes back to the search for the next one. */
  announce: (message: string) => void;
}

export function useSearchPicker(): SearchPickerState {
  const [search, setSearch] = useState('');
  const query = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  const [announcement, setAnnouncement] = useState('');
  const searchRef = useRef<HTMLInputElement>(null);
  const announce = (message: string) => {
    setAnnouncement(message);
    // The Add button has just turned into a badge: keep focus in the picker.
    if (message) searchRef.current?.focus();
  };
  return { search, setSearch, query, searchRef, announcement, announce };
}

/** The parts of a search query's result the picker shows (a react-query result fits). */
interface PickerResults<T> {
  data: { items: T[]; total: number } | undefined;
  isPending: boolean;
  isError: boolean;
  isFetching: boolean;
  error: unknown;
  refetch: () => unknown;
}

interface SearchPickerProps<T> {
  title: string;
  searchLabel: string;
  /** Plural of what is searched, for the empty and error states: "contacts". */
  what: string;
  picker: SearchPickerState;
  results: PickerResults<T>;
  /** One <PickerItem> per result. */
  renderItem: (item: T) => ReactNode;
  /** Options beside the search box, e.g. "Add as billing contact". */
  controls?: ReactNode;
  onClose: () => void;
}

/**
 * "Add an existing …": search, then add from a short list of matches without leaving the page.
 * Escape or Done closes it; the owner gives focus back to its opener.
 */
export function SearchPicker<T>(props: SearchPickerProps<T>) {
  const { title, searchLabel, what, picker, results } = props;
  const id = useId();
  const { data } = results;
  return (
    <section
      className="picker"
      aria-labelledby={`${id}-title`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') props.onClose();
      }}
    >
      <div className="picker__header">
        <h3 id={`${id}-title`} className="picker__title">
          {title}
        </h3>
        <button type="button" className="button button--secondary button--small" onClick={props.onClose}>
          Done
        </button>
      </div>
      <div className="picker__controls">
        <div className="field picker__search">
          <label className="field__label" htmlFor={`${id}-search`}>
            {searchLabel}
          </label>
          <input
            ref={picker.searchRef}
            id={`${id}-search`}
            className="field__input"
            type="search"
            value={picker.search}
            onChange={(event) => picker.setSearch(event.target.value)}
            autoComplete="off"
            maxLength={200}
            // The picker opens on request, so the search is where the person wants to be.
            // biome-ignore lint/a11y/noAutofocus: focus follows the button that opened the picker
            autoFocus
          />
        </div>
        {props.controls}
      </div>
      <p className="picker__status" aria-live="polite">
        {picker.announcement}
      </p>
      {results.isError ? (
        <QueryError error={results.error} onRetry={() => void results.refetch()} what={what} />
      ) : data === undefined ? (
        <p className="picker__status">
          <Spinner size="sm" /> Searching…
        </p>
      ) : data.items.length === 0 ? (
        <p className="picker__status">
          No {what} match{picker.query && ` “${picker.query}”`}.
        </p>
      ) : (
        <ul className="item-list item-list--compact" aria-busy={results.isFetching}>
          {data.items.map(props.renderItem)}
        </ul>
      )}
      {data && data.total > data.items.length && (
        <p className="picker__status">
          Showing {data.items.length} of {data.total.toLocaleString()}: type more of a name to narrow it down.
        </p>
      )}
    </section>
  );
}

interface PickerItemProps {
  name: string;
  /** A second line: an email, or why adding moves it. */
  sub?: ReactNode;
  /** The API's refusal to add this one. */
  error?: string | undefined;
  /** Badges, then the action. */
  children: ReactNode;
}

export function PickerItem({ name, sub, error, children }: PickerItemProps) {
  return (
    <li className="item-list__item">
      <div className="item-list__main">
        <span className="item-list__name">{name}</span>
        {sub && <span className="item-list__sub">{sub}</span>}
        {error && (
          <span className="field__error" role="alert">
            {error}
          </span>
        )}
      </div>
      {children}
    </li>
  );
}

interface PickerAddProps {
  /** Who is added: read with the button, so each one's name is distinct. */
  name: string;
  /** Already there: a badge with these words instead of the button. */
  done: string | null;
  label?: string;
  adding: boolean;
  disabled: boolean;
  onAdd: () => void;
}

/** The Add button of one result; it turns into a badge once added. */
export function PickerAdd({ name, done, label = 'Add', adding, disabled, onAdd }: PickerAddProps) {
  if (done) return <span className="badge badge--success">{done}</span>;
  return (
    <button
      type="button"
      className="button button--primary button--small"
      onClick={onAdd}
      disabled={disabled}
    >
      {adding ? 'Adding…' : label}
      <span className="visually-hidden"> {name}</span>
    </button>
  );
}
