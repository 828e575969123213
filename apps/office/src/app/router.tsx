import { createBrowserRouter, Navigate } from 'react-router';
import { AccountsPage } from '../features/accounts/components/accounts-page';
import { RequireSession } from '../features/auth/components/require-session';
import { SignInPage } from '../features/auth/components/sign-in-page';
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
      { index: true, element: <Navigate to="/accounts" replace /> },
      { path: 'accounts', element: <AccountsPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
