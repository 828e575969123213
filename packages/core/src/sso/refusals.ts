import { DomainError } from '../errors';

/**
 * Why a single sign-on did not sign anyone in. The codes travel to the portal's explanation page
 * (`/sign-in/sso-error?reason=`), so they are part of the contract: never rename one.
 */
export const ssoRefusalReasons = [
  'provider_unavailable',
  'provider_error',
  'cancelled',
  'state_mismatch',
  'expired',
  'invalid_response',
  'unverified_email',
  'unknown_email',
  'not_invited',
  'invitation_expired',
  'suspended',
  'too_many_attempts',
] as const;
export type SsoRefusalReason = (typeof ssoRefusalReasons)[number];

const messages: Record<SsoRefusalReason, string> = {
  provider_unavailable: 'This sign-in option is not available any more.',
  provider_error: 'The sign-in provider could not be reached or answered with an error.',
  cancelled: 'The sign-in was cancelled at the provider.',
  state_mismatch: 'This sign-in was started in another browser or tab.',
  expired: 'This sign-in took too long or was already used.',
  invalid_response: 'The answer from the sign-in provider could not be verified.',
  unverified_email: 'The sign-in provider has not verified your email address.',
  unknown_email: 'No customer account uses this email address.',
  not_invited: 'You have not been invited to the portal yet.',
  invitation_expired: 'Your invitation has expired.',
  suspended: 'Your access to the portal has been suspended.',
  too_many_attempts: 'Too many sign-in attempts from here. Wait a few minutes and try again.',
};

/** 403: a refused single sign-on. `detail` is for the server's log only: never secrets. */
export class SsoRefusedError extends DomainError {
  constructor(
    readonly reason: SsoRefusalReason,
    options: { suspendedNote?: string | null; detail?: string } = {},
  ) {
    super('forbidden', messages[reason], {
      code: reason,
      ...(options.suspendedNote !== undefined && { suspendedNote: options.suspendedNote }),
    });
    this.detail = options.detail;
  }

  readonly detail: string | undefined;
}
