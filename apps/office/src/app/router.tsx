import { createBrowserRouter, Navigate } from 'react-router';
import { AccountPage } from '../features/accounts/components/account-page';
import { AccountsPage } from '../features/accounts/components/accounts-page';
import { ApiKeysPage } from '../features/api-keys/components/api-keys-page';
import { BuildingAudience } from '../features/audience/components/building-audience';
import { DocumentAudience } from '../features/audience/components/document-audience';
import { RequireSession } from '../features/auth/components/require-session';
import { SignInPage } from '../features/auth/components/sign-in-page';
import { BuildingPage } from '../features/buildings/components/building-page';
import { BuildingsPage } from '../features/buildings/components/buildings-page';
import { BulkInvitePage } from '../features/bulk-invite/components/bulk-invite-page';
import { ClientGroupPage } from '../features/client-groups/components/client-group-page';
import { ClientGroupsPage } from '../features/client-groups/components/client-groups-page';
import { ContactPage } from '../features/contacts/components/contact-page';
import { ContactsPage } from '../features/contacts/components/contacts-page';
import { NewContactPage } from '../features/contacts/components/new-contact-page';
import { DocumentsPage } from '../features/documents/components/documents-page';
import { EmailFailuresPage } from '../features/email-failures/components/email-failures-page';
import { HelpArticlePage } from '../features/help-articles/components/help-article-page';
import { HelpArticlesPage } from '../features/help-articles/components/help-articles-page';
import { InboundContactsPage } from '../features/inbound-contacts/components/inbound-contacts-page';
import { InboxPage } from '../features/messages/components/inbox-page';
import { ThreadPage } from '../features/messages/components/thread-page';
import { ServiceRequestPage } from '../features/service-requests/components/service-request-page';
import { ServiceRequestsPage } from '../features/service-requests/components/service-requests-page';
import { SettingsPage } from '../features/settings/components/settings-page';
import { SsoProvidersPage } from '../features/sso/components/sso-providers-page';
import { TemplatePage } from '../features/templates/components/template-page';
import { TemplatesPage } from '../features/templates/components/templates-page';
import { WebhooksPage } from '../features/webhooks/components/webhooks-page';
import { AppShell } from './app-shell';
import { NotFound } from './not-found';

export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage /> },
  {
    path: '/',
    element: (
      <RequireSession>
        <AppShell />
      </RequireSession>
    ),
    children: [
      { index: true, element: <Navigate to="/contacts" replace /> },
      { path: 'contacts', element: <ContactsPage /> },
      { path: 'contacts/new', element: <NewContactPage /> },
      { path: 'contacts/:contactId', element: <ContactPage /> },
      { path: 'accounts', element: <AccountsPage /> },
      { path: 'accounts/:accountId', element: <AccountPage /> },
      { path: 'buildings', element: <BuildingsPage /> },
      {
        path: 'buildings/:buildingId',
        // Features do not import one another: the app composes "who can see this?" into their pages.
        element: <BuildingPage whoCanSee={(building) => <BuildingAudience buildingId={building.id} />} />,
      },
      {
        path: 'documents',
        element: <DocumentsPage renderAudience={(document) => <DocumentAudience document={document} />} />,
      },
      { path: 'messages', element: <InboxPage /> },
      { path: 'messages/:threadId', element: <ThreadPage /> },
      { path: 'client-groups', element: <ClientGroupsPage /> },
      { path: 'client-groups/:clientGroupId', element: <ClientGroupPage /> },
      { path: 'bulk-invite', element: <BulkInvitePage /> },
      { path: 'templates', element: <TemplatesPage /> },
      { path: 'templates/:templateId', element: <TemplatePage /> },
      {
        path: 'reports',
        // The charts (recharts) would double the console's first download: loaded when first opened.
        lazy: () =>
          import('../features/reports/components/reports-page').then((m) => ({ Component: m.ReportsPage })),
      },
      { path: 'service-requests', element: <ServiceRequestsPage /> },
      { path: 'service-requests/:requestId', element: <ServiceRequestPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: 'settings/single-sign-on', element: <SsoProvidersPage /> },
      { path: 'email-failures', element: <EmailFailuresPage /> },
      { path: 'help-articles', element: <HelpArticlesPage /> },
      { path: 'help-articles/:id', element: <HelpArticlePage /> },
      { path: 'inbound-contacts', element: <InboundContactsPage /> },
      { path: 'integrations/api-keys', element: <ApiKeysPage /> },
      { path: 'integrations/webhooks', element: <WebhooksPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
