import { createBrowserRouter } from 'react-router';
import { ForgotPasswordPage } from '../features/auth/components/forgot-password-page';
import { MagicLinkPage } from '../features/auth/components/magic-link-page';
import { RequireSession } from '../features/auth/components/require-session';
import { ResetPasswordPage } from '../features/auth/components/reset-password-page';
import { SignInPage } from '../features/auth/components/sign-in-page';
import { HomePage } from '../features/home/components/home-page';
import { AcceptInvitationPage } from '../features/invitations/components/accept-invitation-page';
import { NotFound } from './not-found';

// The link paths are fixed by the emails the API sends (issue 5): /accept, /sign-in/link,
// /reset-password, each with ?token=.
export const router = createBrowserRouter([
  {
    index: true,
    element: (
      <RequireSession>
        <HomePage />
      </RequireSession>
    ),
  },
  { path: '/sign-in', element: <SignInPage /> },
  { path: '/sign-in/link', element: <MagicLinkPage /> },
  { path: '/forgot-password', element: <ForgotPasswordPage /> },
  { path: '/reset-password', element: <ResetPasswordPage /> },
  { path: '/accept', element: <AcceptInvitationPage /> },
  { path: '*', element: <NotFound /> },
]);
