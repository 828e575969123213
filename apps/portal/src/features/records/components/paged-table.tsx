import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { EmptyState } from '../../../components/empty-state';
import type { HelpTopic } from '../../../components/help-link';
import { ListFooter } from '../../../components/list-parts';
import { LoadError, Loading } from '../../../components/load-state';

interface PagedTableProps<T> {
  list: UseInfiniteQueryResult<InfiniteData<{ items: T[]; total: number }>>;
  /** "defects", "tasks": for the loading and error lines. */
  what: string;
  emptyText: string;
  /** The help article the empty state links to, when one is published. */
  help?: HelpTopic;
  columns: readonly string[];
  row: (item: T) => ReactNode;
}

/** The shape every record list shares: loading, error, empty, a table (cards on a phone), more. */
export function PagedTable<T>({ list, what, emptyText, help, columns, row }: PagedTableProps<T>) {
  if (list.isPending) return <Loading>{`Loading ${what}…`}</Loading>;
  if (list.isError) return <LoadError what={what} error={list.error} retry={() => void list.refetch()} />;
  const items = list.data.pages.flatMap((page) => page.items);
  if (items.length === 0) return <EmptyState title={emptyText} {...(help && { help })} />;
  return (
    <div className="stack stack--tight">
      <div className="table-scroll">
        <table className="table table--cards">
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{items.map(row)}</tbody>
        </table>
      </div>
      <ListFooter
        shown={items.length}
        total={list.data.pages[0]?.total ?? 0}
        hasMore={list.hasNextPage}
        loadingMore={list.isFetchingNextPage}
        onMore={() => void list.fetchNextPage()}
      />
    </div>
  );
}
