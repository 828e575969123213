import { createBrowserRouter, Navigate } from 'react-router';
import { SignInPage } from '../features/auth/components/sign-in-page';
import { NotFound } from './not-found';

export const router = createBrowserRouter([
  { index: true, element: <Navigate to="/sign-in" replace /> },
  { path: '/sign-in', element: <SignInPage /> },
  { path: '*', element: <NotFound /> },
]);
