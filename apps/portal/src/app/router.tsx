import { lazy } from 'react';
import { createBrowserRouter, Navigate, useParams } from 'react-router';
import { ForgotPasswordPage } from '../features/auth/components/forgot-password-page';
import { MagicLinkPage } from '../features/auth/components/magic-link-page';
import { RequireSession } from '../features/auth/components/require-session';
import { ResetPasswordPage } from '../features/auth/components/reset-password-page';
import { SignInPage } from '../features/auth/components/sign-in-page';
import { DocumentPage } from '../features/documents/components/document-page';
import { DocumentsPage } from '../features/documents/components/documents-page';
import { HelpArticlePage } from '../features/help/components/help-article-page';
import { HelpPage } from '../features/help/components/help-page';
import { EnterCodePage } from '../features/invitation-codes/components/enter-code-page';
import { AcceptInvitationPage } from '../features/invitations/components/accept-invitation-page';
import { MessagesPage } from '../features/messages/components/messages-page';
import { NewThreadPage } from '../features/messages/components/new-thread-page';
import { ThreadPage } from '../features/messages/components/thread-page';
import { NotificationSettingsPage } from '../features/preferences/components/notification-settings-page';
import { UnsubscribePage } from '../features/preferences/components/unsubscribe-page';
import { PreviewPage } from '../features/preview/components/preview-page';
import { SearchPage } from '../features/search/components/search-page';
import { NewServiceRequestPage } from '../features/service-requests/components/new-service-request-page';
import { ServiceRequestPage } from '../features/service-requests/components/service-request-page';
import { ServiceRequestsPage } from '../features/service-requests/components/service-requests-page';
import { SsoErrorPage } from '../features/sso/components/sso-error-page';
import { SsoSignInOptions } from '../features/sso/components/sso-sign-in-options';
import { NotFound } from './not-found';
import { PortalLayout } from './portal-layout';

// The map (Leaflet) and the charts (recharts) are most of the portal's weight: the screens that
// show them load them when first opened, so sign-in and an email's document link stay light.
const DashboardPage = lazy(() =>
  import('../features/dashboard/components/dashboard-page').then((m) => ({ default: m.DashboardPage })),
);
const PropertiesPage = lazy(() =>
  import('../features/properties/components/properties-page').then((m) => ({ default: m.PropertiesPage })),
);

/** An invoice is a document: the email's /invoices/:id lands on the same page as /documents/:id. */
function InvoiceLink() {
  const { id = '' } = useParams();
  return <Navigate to={`/documents/${encodeURIComponent(id)}`} replace />;
}

// The link paths are fixed by the emails the API sends (issue 5): /accept, /sign-in/link,
// /reset-password, each with ?token=; and /documents/:id, /invoices/:id for new documents.
export const routes = [
  {
    element: (
      <RequireSession>
        <PortalLayout />
      </RequireSession>
    ),
    children: [
      { index: true, element: <DashboardPage /> },
      { path: '/properties', element: <PropertiesPage /> },
      { path: '/documents', element: <DocumentsPage /> },
      { path: '/documents/:id', element: <DocumentPage /> },
      { path: '/invoices/:id', element: <InvoiceLink /> },
      { path: '/search', element: <SearchPage /> },
      { path: '/messages', element: <MessagesPage /> },
      { path: '/messages/new', element: <NewThreadPage /> },
      { path: '/messages/:id', element: <ThreadPage /> },
      // /service-requests/:id is the link in the requester's status emails.
      { path: '/service-requests', element: <ServiceRequestsPage /> },
      { path: '/service-requests/new', element: <NewServiceRequestPage /> },
      { path: '/service-requests/:id', element: <ServiceRequestPage /> },
      { path: '/help', element: <HelpPage /> },
      { path: '/help/:slug', element: <HelpArticlePage /> },
      { path: '/settings/notifications', element: <NotificationSettingsPage /> },
    ],
  },
  { path: '/sign-in', element: <SignInPage alternatives={<SsoSignInOptions />} /> },
  // Where a refused single sign-on lands (the API redirects here with ?reason=&org=).
  { path: '/sign-in/sso-error', element: <SsoErrorPage /> },
  { path: '/sign-in/link', element: <MagicLinkPage /> },
  { path: '/forgot-password', element: <ForgotPasswordPage /> },
  { path: '/reset-password', element: <ResetPasswordPage /> },
  { path: '/accept', element: <AcceptInvitationPage /> },
  // Printed invitation letters (issue 12): the QR code leads here, with ?c= the code.
  { path: '/code', element: <EnterCodePage /> },
  // "View as customer", opened from the office console in a new tab.
  { path: '/preview', element: <PreviewPage /> },
  // From notification emails' unsubscribe link: no sign-in, the signed token is the authority.
  { path: '/unsubscribe', element: <UnsubscribePage /> },
  { path: '*', element: <NotFound /> },
];

export const router = createBrowserRouter(routes);
