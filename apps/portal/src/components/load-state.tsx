import { problemMessage } from '@portico/api-client';
import { PageStatus } from '@portico/ui';

/** While a section loads: its own words, so a screen reader hears what is coming. */
export function Loading({ children = 'Loading…' }: { children?: string }) {
  return <PageStatus>{children}</PageStatus>;
}

/** A section that could not load: why, and a retry that does not reload the whole page. */
export function LoadError({ what, error, retry }: { what: string; error: unknown; retry: () => void }) {
  return (
    <div className="alert alert--error load-error" role="alert">
      <p>
        Could not load {what}. {problemMessage(error)}
      </p>
      <button type="button" className="button button--secondary button--small" onClick={retry}>
        Try again
      </button>
    </div>
  );
}
