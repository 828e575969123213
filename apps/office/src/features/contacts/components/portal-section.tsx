import { useState } from 'react';
import { PortalStatusBadge, portalStatusLooks } from '../../../components/portal-status-badge';
import type { ContactDetail } from '../api/contact';
import { portalActions } from '../utils/portal-status';
import { InvitationActions } from './invitation-actions';
import { PasswordResetAction } from './password-reset-action';
import { PortalHistory } from './portal-history';
import { SuspensionActions } from './suspension-actions';
import { ViewAsCustomer } from './view-as-customer';

interface PortalSectionProps {
  contact: ContactDetail;
  canInvite: boolean;
  /** Sending a password reset link needs contacts.write. */
  canWrite: boolean;
  /** Suspending and reinstating, and viewing the portal as the contact, need access.manage. */
  canManageAccess: boolean;
}

export function PortalSection({ contact, canInvite, canWrite, canManageAccess }: PortalSectionProps) {
  const [done, setDone] = useState<string | null>(null);
  const actions = portalActions(contact.portalStatus);

  return (
    <section className="card" aria-labelledby="contact-portal-title">
      <h2 id="contact-portal-title" className="card__title">
        Customer portal
      </h2>
      <div className="portal-status">
        <PortalStatusBadge status={contact.portalStatus} />
        <p className="portal-status__text">{portalStatusLooks[contact.portalStatus].description}</p>
      </div>
      {contact.portalStatus === 'suspended' && contact.suspendedNote && (
        <p className="portal-status__note">
          <span className="muted">Shown to them at sign-in:</span> “{contact.suspendedNote}”
        </p>
      )}
      {canInvite ? (
        <InvitationActions contact={contact} actions={actions} onDone={setDone} />
      ) : (
        actions.some((action) => action === 'invite' || action === 'resend' || action === 'revoke') && (
          <p className="field__hint">Inviting to the portal needs the invitations.send permission.</p>
        )
      )}
      {canWrite && contact.portalStatus === 'enrolled' && (
        <PasswordResetAction contact={contact} onDone={setDone} />
      )}
      {canManageAccess && <SuspensionActions contact={contact} actions={actions} onDone={setDone} />}
      {canManageAccess && <ViewAsCustomer contact={contact} />}
      <p className="form-status contact-status" role="status">
        {done}
      </p>

      <h3 className="contact-links__title">Status history</h3>
      <PortalHistory contactId={contact.id} />
    </section>
  );
}
