import { Spinner } from '@portico/ui';
import { formatMoney } from '../../../lib/format';
import type { PortalDocument } from '../../../lib/portal-types';
import { usePreviewing } from '../../../lib/preview';
import { failureMessage } from '../../../lib/problems';
import { usePayInvoice } from '../api/payments';

/**
 * "Pay now" on an unpaid invoice that has somewhere to pay it (the API's `payable`). The click
 * goes through the API, which checks access, records it and answers the payment page; the page
 * opens in a new tab so the portal stays where it was. Paying itself happens on the contractor's
 * page; the paid status comes back later through the integration.
 */
export function PayNowButton({ document }: { document: PortalDocument }) {
  const pay = usePayInvoice();
  const previewing = usePreviewing();
  if (!document.payable) return null;
  const balance = formatMoney((document.amount ?? 0) - (document.amountPaid ?? 0), document.currency);

  if (previewing) {
    return (
      <p className="muted">
        The customer sees a “Pay now” button here ({balance}); it does nothing in a preview.
      </p>
    );
  }

  function open() {
    // Opened before the request, inside the click, so pop-up blockers allow it; pointed at the
    // payment page once the API answers (or closed if it refuses).
    const tab = window.open('', '_blank');
    pay.mutate(
      { params: { path: { id: document.id } } },
      {
        onSuccess: ({ url }) => {
          if (tab) {
            tab.opener = null;
            tab.location.href = url;
          } else {
            window.location.assign(url);
          }
        },
        onError: () => tab?.close(),
      },
    );
  }

  return (
    <div className="stack stack--tight">
      <div className="actions">
        <button type="button" className="button button--primary" onClick={open} disabled={pay.isPending}>
          {pay.isPending && <Spinner size="sm" />}
          Pay now ({balance})
        </button>
      </div>
      {pay.isError && (
        <p className="alert alert--error" role="alert">
          The payment page could not be opened. {failureMessage(pay.error)}
        </p>
      )}
    </div>
  );
}
