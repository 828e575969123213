import { problemMessage } from '@portico/api-client';
import { Spinner } from '@portico/ui';
import { useState } from 'react';
import type { ContactDetail } from '../api/contact';
import { useStartPortalPreview } from '../api/portal-preview';

/** What the preview will show, in the contact's situation. */
function hint(contact: ContactDetail): string {
  const who = contact.firstName || 'the contact';
  switch (contact.portalStatus) {
    case 'enrolled':
      return `Opens the portal in a new tab exactly as ${who} sees it, read-only. Recorded in the status history.`;
    case 'suspended':
      return `${who} is suspended: the preview shows what they would see if reinstated. Read-only, and recorded in the status history.`;
    default:
      return `${who} has not signed up yet: the preview shows what they will see once they do. Read-only, and recorded in the status history.`;
  }
}

/**
 * Opens the customer portal as this contact sees it. The tab is opened in the click itself (a
 * tab opened after the API answers would be stopped by popup blockers) and pointed at the
 * one-time link once it arrives; if the browser blocked it anyway, the link is offered instead.
 */
export function ViewAsCustomer({ contact }: { contact: ContactDetail }) {
  const start = useStartPortalPreview();
  const [blockedUrl, setBlockedUrl] = useState<string | null>(null);

  function open() {
    setBlockedUrl(null);
    const tab = window.open('', '_blank');
    // The portal must not reach back into the office tab.
    if (tab) tab.opener = null;
    start.mutate(
      { params: { path: { id: contact.id } } },
      {
        onSuccess: ({ url }) => {
          if (tab) tab.location.href = url;
          else setBlockedUrl(url);
        },
        onError: () => tab?.close(),
      },
    );
  }

  return (
    <div className="portal-actions">
      <div className="actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={open}
          disabled={start.isPending}
          aria-describedby={`view-as-${contact.id}`}
        >
          {start.isPending ? (
            <>
              <Spinner size="sm" /> Opening…
            </>
          ) : (
            'View as customer'
          )}
        </button>
      </div>
      <p className="field__hint" id={`view-as-${contact.id}`}>
        {hint(contact)}
      </p>
      {blockedUrl && (
        <p className="alert alert--info" role="status">
          Your browser blocked the new tab.{' '}
          <a href={blockedUrl} target="_blank" rel="noopener noreferrer" onClick={() => setBlockedUrl(null)}>
            Open the preview
          </a>{' '}
          (the link works once, for a minute).
        </p>
      )}
      {start.isError && (
        <p className="alert alert--error" role="alert">
          {problemMessage(start.error)}
        </p>
      )}
    </div>
  );
}
