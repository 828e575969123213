import { Link } from 'react-router';

/** "Accounts / Harbor Tower": the way back to the list a detail page belongs to. */
export function Breadcrumb({ to, list, current }: { to: string; list: string; current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumb">
      <Link to={to}>{list}</Link>
      <span aria-hidden="true">/</span>
      <span aria-current="page">{current}</span>
    </nav>
  );
}
