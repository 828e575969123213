import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { AppProviders } from './app/providers';
import { router } from './app/router';
import '@portico/ui/base.css';
import './styles.css';
// After styles.css, so its components' rules can be refined.
import './styles/portal-content.css';
import './styles/reports.css';
import './styles/webhooks.css';
import './features/messages/messages.css';
import './features/help-articles/help-articles.css';
import './styles/service-requests.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

createRoot(root).render(
  <StrictMode>
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
