import { schema, type Tx } from '@portico/db';
import { eq } from 'drizzle-orm';
import type { OfficeContext } from '../context';
import { NotFoundError } from '../errors';
import {
  type AdoptionCustomerExportRow,
  type AdoptionEmailExportRow,
  adoptionTableQuery,
  getAdoptionHeadline,
} from '../reports/adoption-report';
import { type AtRiskAccount, atRiskAccountsQuery, type PortalUsage, portalUsage } from '../reports/usage';
import type { ReportExportSpec } from './export-spec';
import {
  cellsTable,
  type ExportTable,
  metricsTable,
  percent,
  queryTable,
  timestamp,
  yesNo,
} from './export-tables';

/** Everything a writer needs: the header, the headline, the charts as tables, the table asked for. */
export interface ReportContent {
  organizationName: string;
  brandColor: string;
  title: string;
  subtitle: string[];
  summary: ExportTable;
  /** The report's charts as tables (the PDF shows them; spreadsheets hold the data already). */
  charts: ExportTable[];
  /** The table asked for; the summary itself when that was asked for. */
  table: ExportTable;
}

const share = (part: number, whole: number) => (whole === 0 ? null : percent(part / whole));

const customerColumns = [
  { header: 'Customer', width: 0.4, value: (r: AdoptionCustomerExportRow) => r.name },
  { header: 'Active', width: 0.12, value: (r: AdoptionCustomerExportRow) => yesNo(r.active) },
  { header: 'Contacts', width: 0.16, align: 'right', value: (r: AdoptionCustomerExportRow) => r.contacts },
  {
    header: 'Emails with access',
    width: 0.18,
    align: 'right',
    value: (r: AdoptionCustomerExportRow) => r.emailsWithAccess,
  },
  { header: 'Has access', width: 0.14, value: (r: AdoptionCustomerExportRow) => yesNo(r.hasAccess) },
] as const;

const emailColumns = [
  { header: 'Name', width: 0.18, value: (r: AdoptionEmailExportRow) => r.name },
  { header: 'Email', width: 0.24, value: (r: AdoptionEmailExportRow) => r.email },
  { header: 'Customers', width: 0.22, value: (r: AdoptionEmailExportRow) => r.accountNames.join('; ') },
  { header: 'Invite status', width: 0.12, value: (r: AdoptionEmailExportRow) => r.portalStatus },
  { header: 'Last sign-in', width: 0.12, value: (r: AdoptionEmailExportRow) => timestamp(r.lastSignInAt) },
  { header: 'Invited', width: 0.12, value: (r: AdoptionEmailExportRow) => timestamp(r.invitedAt) },
] as const;

const atRiskColumns = [
  { header: 'Customer', width: 0.36, value: (r: AtRiskAccount) => r.name },
  {
    header: 'Open critical defects',
    width: 0.16,
    align: 'right',
    value: (r: AtRiskAccount) => r.openCriticalDefects,
  },
  { header: 'Overdue invoices', width: 0.16, align: 'right', value: (r: AtRiskAccount) => r.overdueInvoices },
  { header: 'Overdue amount', width: 0.16, align: 'right', value: (r: AtRiskAccount) => r.overdueAmount },
  {
    header: 'Contacts to invite',
    width: 0.16,
    align: 'right',
    value: (r: AtRiskAccount) => r.invitableContacts,
  },
] as const;

async function adoptionContent(
  tx: Tx,
  ctx: Pick<OfficeContext, 'orgId'>,
  spec: Extract<ReportExportSpec, { report: 'adoption' }>,
) {
  const h = await getAdoptionHeadline(tx, ctx, spec.filter);
  const customers = h.customersWithAccess + h.customersWithoutAccess;
  const summary = metricsTable('Headline', [
    ['Customers with access', h.customersWithAccess],
    ['Customers without access', h.customersWithoutAccess],
    ['Emails with access', h.emailsWithAccess],
    ['Emails without access', h.emailsWithoutAccess],
    ['Invites pending', h.invitesPending],
    ['Invites expired', h.invitesExpired],
    ['Invites not sent', h.invitesNotSent],
    ['Contacts without email', h.contactsWithoutEmail],
  ]);
  const countShare = [
    { header: 'Group', width: 0.5 },
    { header: 'Count', width: 0.25, align: 'right' },
    { header: 'Share (%)', width: 0.25, align: 'right' },
  ] as const;
  const emails = h.emailsWithAccess + h.invitesPending + h.invitesExpired + h.invitesNotSent;
  const charts = [
    cellsTable('Customers by access', countShare, [
      ['With access', h.customersWithAccess, share(h.customersWithAccess, customers)],
      ['Without access', h.customersWithoutAccess, share(h.customersWithoutAccess, customers)],
    ]),
    cellsTable(
      'Emails by invite status',
      countShare,
      (
        [
          ['With access', h.emailsWithAccess],
          ['Invite pending', h.invitesPending],
          ['Invite expired', h.invitesExpired],
          ['Not invited yet', h.invitesNotSent],
        ] as const
      ).map(([group, n]) => [group, n, share(n, emails)]),
    ),
  ];
  const table =
    spec.table === 'summary'
      ? summary
      : spec.table === 'customers'
        ? queryTable('Customers', customerColumns, adoptionTableQuery(ctx, spec.filter, 'customers'))
        : queryTable('Emails', emailColumns, adoptionTableQuery(ctx, spec.filter, 'emails'));
  return { title: 'Portal adoption', summary, charts, table };
}

function usageTables(usage: PortalUsage, orgId: string) {
  return {
    features: cellsTable(
      'Feature usage (last 30 days)',
      [
        { header: 'Feature', width: 0.6 },
        { header: 'Events', width: 0.4, align: 'right' },
      ],
      usage.featureUsage.map((f) => [f.feature, f.events]),
    ),
    funnel: cellsTable(
      'Invite funnel',
      [
        { header: 'Stage', width: 0.6 },
        { header: 'Contacts', width: 0.4, align: 'right' },
      ],
      [
        ['Invited', usage.funnel.invited],
        ['Opened the link', usage.funnel.opened],
        ['Registered', usage.funnel.registered],
        ['Active in the last 30 days', usage.funnel.active],
        ['Took an action', usage.funnel.tookAction],
      ],
    ),
    cohorts: cellsTable(
      'Cohorts by invite month',
      [
        { header: 'Month', width: 0.25 },
        { header: 'Invited', width: 0.25, align: 'right' },
        { header: 'Registered', width: 0.25, align: 'right' },
        { header: 'Active', width: 0.25, align: 'right' },
      ],
      usage.cohorts.map((c) => [c.month, c.invited, c.registered, c.active]),
    ),
    adoptionCurve: cellsTable(
      'Adoption curve (weekly)',
      [
        { header: 'Week starting', width: 0.5 },
        { header: 'Enrolled contacts', width: 0.5, align: 'right' },
      ],
      usage.adoptionCurve.map((w) => [w.weekStart, w.enrolledContacts]),
    ),
    atRiskAccounts: queryTable('Accounts at risk', atRiskColumns, atRiskAccountsQuery(orgId)),
  };
}

async function usageContent(
  tx: Tx,
  ctx: Pick<OfficeContext, 'orgId'>,
  spec: Extract<ReportExportSpec, { report: 'usage' }>,
  now: Date,
) {
  const usage = await portalUsage(tx, ctx, spec.filter, now);
  const summary = metricsTable('Headline', [
    ['Contacts invited', usage.invitedContacts],
    ['Contacts activated', usage.activatedContacts],
    ['Activation rate (%)', percent(usage.activationRate)],
    ['Monthly active users', usage.monthlyActiveUsers],
    ['Median time to register (hours)', usage.medianTimeToRegisterHours],
    ['Accounts at risk', usage.atRiskAccounts.total],
  ]);
  const tables = usageTables(usage, ctx.orgId);
  const period = `Invitations ${usage.period.from ?? 'since the first'} to ${usage.period.to}`;
  const table = spec.table === 'summary' ? summary : tables[spec.table];
  const { funnel, features, cohorts, adoptionCurve, atRiskAccounts } = tables;
  // The PDF's at-risk table is the report's first 100; the spreadsheet exports stream them all.
  const atRiskTop = cellsTable(
    `${atRiskAccounts.title} (first ${usage.atRiskAccounts.items.length} of ${usage.atRiskAccounts.total})`,
    atRiskAccounts.columns,
    usage.atRiskAccounts.items.map((r) => atRiskColumns.map((c) => c.value(r))),
  );
  return {
    title: 'Portal usage',
    period,
    summary,
    charts: [funnel, features, cohorts, adoptionCurve, atRiskTop],
    table,
  };
}

/** Reads what an export holds, inside the export's snapshot; bad filters throw here, before any byte. */
export async function reportContent(
  tx: Tx,
  ctx: Pick<OfficeContext, 'orgId'>,
  spec: ReportExportSpec,
  now: Date,
): Promise<ReportContent> {
  const org = await tx.query.organizations.findFirst({
    where: eq(schema.organizations.id, ctx.orgId),
    columns: { name: true, brandColor: true },
  });
  if (!org) throw new NotFoundError('Organization');
  const generated = `Generated ${now.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  if (spec.report === 'adoption') {
    const content = await adoptionContent(tx, ctx, spec);
    const customers = spec.filter.customers ?? 'active';
    return {
      organizationName: org.name,
      brandColor: org.brandColor,
      subtitle: [`Customers: ${customers}`, generated],
      ...content,
    };
  }
  const { period, ...content } = await usageContent(tx, ctx, spec, now);
  return {
    organizationName: org.name,
    brandColor: org.brandColor,
    subtitle: [period, generated],
    ...content,
  };
}
