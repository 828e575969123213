import { type ReactNode, useEffect, useRef } from 'react';

/**
 * The neutral answer to "email me a link": the same whether or not the address has an account,
 * because the API answers the same. Focus moves here so a screen reader hears it at once.
 */
export function CheckYourEmail({ email, children }: { email: string; children: ReactNode }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <div className="sent" role="status">
      <span className="sent__icon" aria-hidden="true" />
      <h2 className="sent__title" tabIndex={-1} ref={headingRef}>
        Check your email
      </h2>
      <p>
        If <strong className="sent__email">{email}</strong> has a portal account, we have sent it a link.
      </p>
      {children}
    </div>
  );
}
