import { type AdoptionReport, type AdoptionReportFilter, adoptionFilterOf } from '@portico/core';
import { type Static, Type } from 'typebox';
import { pageQuery } from '../../http/pagination';
import { Nullable, StringEnum } from '../../http/schema-helpers';
import { PortalStatus } from '../contacts/schemas';

const YesNo = (description: string) => Type.Optional(StringEnum(['yes', 'no'] as const, { description }));

export const PortalAdoptionQuery = Type.Object(
  {
    customers: Type.Optional(
      StringEnum(['active', 'inactive', 'all'] as const, {
        default: 'active',
        description: 'Inactive customers lose portal access, so the report shows active ones unless asked.',
      }),
    ),
    customerHasAccess: YesNo('Customers with (yes) or without (no) at least one contact that has access.'),
    customer: Type.Optional(
      Type.Array(Type.String({ format: 'uuid' }), {
        maxItems: 100,
        description: 'Only these customers (account ids); repeat the parameter.',
      }),
    ),
    customerName: Type.Optional(
      Type.String({ maxLength: 200, description: 'Customer name contains (case-insensitive).' }),
    ),
    emailHasAccess: YesNo('Contacts that are (yes) or are not (no) enrolled and unsuspended.'),
    email: Type.Optional(Type.String({ maxLength: 320, description: 'Email contains (case-insensitive).' })),
    inviteStatus: Type.Optional(
      Type.Array(PortalStatus, { maxItems: 5, description: 'Any of these statuses; repeat the parameter.' }),
    ),
    table: Type.Optional(
      StringEnum(['customers', 'emails'] as const, {
        default: 'customers',
        description: 'Which table to page; the other is null.',
      }),
    ),
    limit: pageQuery.limit,
    cursor: pageQuery.cursor,
  },
  { additionalProperties: false },
);

const count = () => Type.Integer({ minimum: 0 });
const timestamp = () => Nullable(Type.String({ format: 'date-time' }));

export const AdoptionHeadlineDto = Type.Object(
  {
    customersWithAccess: count(),
    customersWithoutAccess: count(),
    emailsWithAccess: count(),
    emailsWithoutAccess: count(),
    invitesPending: count(),
    invitesExpired: count(),
    invitesNotSent: count(),
    contactsWithoutEmail: count(),
  },
  { title: 'AdoptionHeadline' },
);

const AdoptionCustomerRowDto = Type.Object(
  {
    accountId: Type.String({ format: 'uuid' }),
    name: Type.String(),
    active: Type.Boolean(),
    contacts: count(),
    emailsWithAccess: count(),
    hasAccess: Type.Boolean(),
  },
  { title: 'AdoptionCustomerRow' },
);

const AdoptionEmailRowDto = Type.Object(
  {
    contactId: Type.String({ format: 'uuid' }),
    name: Type.String(),
    email: Nullable(Type.String()),
    accountNames: Type.Array(Type.String()),
    portalStatus: PortalStatus,
    lastSignInAt: timestamp(),
    invitedAt: timestamp(),
  },
  { title: 'AdoptionEmailRow' },
);

const pageOf = <T extends typeof AdoptionCustomerRowDto | typeof AdoptionEmailRowDto>(
  item: T,
  title: string,
) =>
  Nullable(
    Type.Object({ items: Type.Array(item), nextCursor: Nullable(Type.String()), total: count() }, { title }),
  );

export const PortalAdoptionReportDto = Type.Object(
  {
    headline: AdoptionHeadlineDto,
    customers: pageOf(AdoptionCustomerRowDto, 'AdoptionCustomerPage'),
    emails: pageOf(AdoptionEmailRowDto, 'AdoptionEmailPage'),
  },
  { title: 'PortalAdoptionReport' },
);

/** One definition of the query-to-filter mapping, in core: schedules and alerts store the query. */
export function toAdoptionFilter(
  q: Omit<Static<typeof PortalAdoptionQuery>, 'table' | 'limit' | 'cursor'>,
): AdoptionReportFilter {
  return adoptionFilterOf(q);
}

export const toAdoptionReportDto = (report: AdoptionReport) => ({
  ...report,
  emails: report.emails && {
    ...report.emails,
    items: report.emails.items.map((e) => ({
      ...e,
      lastSignInAt: e.lastSignInAt?.toISOString() ?? null,
      invitedAt: e.invitedAt?.toISOString() ?? null,
    })),
  },
});
