import { actionActivityTypes } from '@portico/core';
import { schema } from '@portico/db';
import { Type } from 'typebox';
import { Nullable, StringEnum } from '../../http/schema-helpers';

const count = (description: string) => Type.Integer({ minimum: 0, description });
const day = (description: string) => Type.String({ format: 'date', description });

export const PortalUsageQuery = Type.Object(
  {
    from: Type.Optional(day('First day (UTC) of first invitations the funnel, median and cohorts cover.')),
    to: Type.Optional(day('Last day (UTC, inclusive); defaults to today.')),
  },
  // `now` and any other unknown parameter is refused: the server's clock decides "the last 30 days".
  { additionalProperties: false },
);

export const PortalUsageDto = Type.Object(
  {
    period: Type.Object({
      from: Nullable(day('Null: since the organization first invited anyone.')),
      to: day('Inclusive.'),
    }),
    invitedContacts: count('Contacts ever invited.'),
    activatedContacts: count('Invited contacts that are enrolled and signed in at least once.'),
    activationRate: Nullable(
      Type.Number({
        minimum: 0,
        maximum: 1,
        description: 'activatedContacts / invitedContacts; null when nobody was invited.',
      }),
    ),
    monthlyActiveUsers: count('Contacts that signed in during the last 30 days.'),
    featureUsage: Type.Array(
      Type.Object({
        feature: StringEnum(schema.activityType.enumValues),
        events: count('In the last 30 days.'),
      }),
      { description: 'Every kind of portal activity, zeros included.' },
    ),
    funnel: Type.Object(
      {
        invited: count('Contacts first invited in the period.'),
        opened: count('... that opened the invitation link.'),
        registered: count('... that registered.'),
        active: count('... that signed in during the last 30 days.'),
        tookAction: count(`... that did something in the portal: ${actionActivityTypes.join(', ')}.`),
      },
      { title: 'PortalUsageFunnel' },
    ),
    medianTimeToRegisterHours: Nullable(
      Type.Number({ description: 'From first invitation to registration; null when nobody registered.' }),
    ),
    cohorts: Type.Array(
      Type.Object({
        month: Type.String({ pattern: '^\\d{4}-\\d{2}$', description: 'Month (UTC) of first invitation.' }),
        invited: count('Contacts first invited that month.'),
        registered: count('... that registered since.'),
        active: count('... that signed in during the last 30 days.'),
      }),
    ),
    adoptionCurve: Type.Array(
      Type.Object({
        weekStart: day('Monday (UTC).'),
        enrolledContacts: count('Contacts enrolled by the end of that week.'),
      }),
      { description: "Weekly, since the organization's first invitation." },
    ),
    atRiskAccounts: Type.Object(
      {
        items: Type.Array(
          Type.Object(
            {
              accountId: Type.String({ format: 'uuid' }),
              name: Type.String(),
              openCriticalDefects: count('Published, open, critical defects on its buildings.'),
              overdueInvoices: count('Published invoices past due and not fully paid.'),
              overdueAmount: Type.Number({ description: 'What is left to pay on those invoices.' }),
              invitableContacts: count('Linked contacts with an email, not enrolled nor suspended.'),
            },
            { title: 'AtRiskAccount' },
          ),
          { maxItems: 100 },
        ),
        total: count('At-risk accounts across the whole list (the export has them all).'),
      },
      {
        description:
          'Active accounts with open critical defects or overdue invoices (published: what the customer would see) and no enrolled contact, by name, at most 100: whom to invite first.',
      },
    ),
  },
  { title: 'PortalUsage' },
);
