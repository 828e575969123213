import type { WebhookEventType } from './webhooks';

/** Every event an endpoint may subscribe to, in the order the form lists them. */
export const eventChoices: { type: WebhookEventType; label: string }[] = [
  { type: 'contact.enrolled', label: 'A contact enrolled in the portal' },
  { type: 'contact.suspended', label: 'A contact was suspended' },
  { type: 'invitation.sent', label: 'An invitation email was sent' },
  { type: 'invitation.failed', label: 'An invitation email failed for good' },
  { type: 'invitation.expired', label: 'An invitation expired unused' },
  { type: 'proposal.accepted', label: 'A proposal was accepted' },
  { type: 'proposal.declined', label: 'A proposal was declined' },
  { type: 'document.viewed', label: 'A document was viewed or downloaded' },
];
