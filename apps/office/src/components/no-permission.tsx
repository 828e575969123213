import { problemMessage } from '@portico/api-client';

/** What a 403 looks like: the role lacks a permission, which only an administrator can change. */
export function NoPermission({ error }: { error?: unknown }) {
  return (
    <section className="state state--locked" aria-labelledby="no-permission-title">
      <svg className="state__icon" viewBox="0 0 24 24" aria-hidden="true">
        <path d="M7 10V7a5 5 0 0 1 10 0v3h1a1 1 0 0 1 1 1v9a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1v-9a1 1 0 0 1 1-1zm2 0h6V7a3 3 0 0 0-6 0z" />
      </svg>
      <h2 id="no-permission-title" className="state__title">
        You don’t have access to this
      </h2>
      <p className="state__text">
        {error === undefined ? 'Your role does not include this.' : problemMessage(error)} Ask an
        administrator of your organization if you need it.
      </p>
    </section>
  );
}
