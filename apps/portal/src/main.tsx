import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { AppProviders } from './app/providers';
import { router } from './app/router';
import '@portico/ui/base.css';
import './styles/base.css';
import './styles/auth.css';
import './styles/shell.css';
import './styles/account.css';
import './styles/overlay.css';
import './styles/dashboard.css';
import './styles/map-charts.css';
import './styles/lists.css';
import './styles/details.css';
import './styles/preview.css';
import './styles/preferences.css';
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
