import type { Tx } from '../client';
import * as s from '../schema';
import { demoPdf, sha256Hex } from './demo-pdf';

/**
 * The portal content of the demo organization: a year of inspections, defects, routine and
 * reactive work, quotes, proposals and invoices for every building, dated relative to today so the
 * dashboard always has a full twelve months. Deterministic (a seeded generator), so screenshots
 * and walkthroughs look the same on every machine.
 */
const assetTypes = [
  'Extinguisher',
  'Fire alarm panel',
  'Sprinkler system',
  'Emergency light',
  'Fire door',
  'Hydrant',
];
const severities = ['critical', 'non_conformance', 'non_critical', 'recommendation', 'info'] as const;
const remarks = [
  'Pressure gauge reads below the green band',
  'Annual service tag out of date',
  'Obstructed by stored goods',
  'Battery backup fails the 90-minute test',
  'Door closer does not latch the door',
  'Signage missing above the unit',
  'Valve not secured in the open position',
];
const reactiveTitles = [
  'Alarm fault call-out',
  'Replace damaged extinguisher',
  'Sprinkler head leak',
  'Door closer repair',
];
const stages = ['on_hold', 'ready', 'in_progress', 'performed', 'complete'] as const;

function random(seed: number) {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

const ymd = (d: Date) => d.toISOString().slice(0, 10);
/** The given day of the month `monthsBack` months before this one (UTC). */
function monthDay(monthsBack: number, day: number): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsBack, day));
}
const addDays = (d: Date, days: number) => new Date(d.getTime() + days * 86_400_000);
const today = () => new Date();

export interface DemoContentInput {
  orgId: string;
  orgName: string;
  accounts: { id: string; name: string; key: string }[];
  buildings: { id: string; name: string; accountId: string }[];
}

export async function seedDemoContent(tx: Tx, input: DemoContentInput): Promise<void> {
  const { orgId } = input;
  const rand = random(2026);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T;
  const documents: (typeof s.documents.$inferInsert & { pdf: string[] })[] = [];

  for (const [bi, building] of input.buildings.entries()) {
    const tag = `B${bi + 1}`;
    const assets = await tx
      .insert(s.assets)
      .values(
        assetTypes.flatMap((assetType, ti) =>
          Array.from({ length: 1 + ((bi + ti) % 3) }, (_, n) => ({
            orgId,
            buildingId: building.id,
            assetType,
            name: `${assetType} ${assetType.slice(0, 2).toUpperCase()}-${String(n + 1).padStart(2, '0')}`,
            location: `Level ${n + 1}`,
            status: 'In service',
            externalId: `DEMO-${tag}-AST-${ti}-${n}`,
          })),
        ),
      )
      .returning({ id: s.assets.id, assetType: s.assets.assetType });

    const defects = await tx
      .insert(s.defects)
      .values(
        Array.from({ length: 8 }, (_, n) => {
          const asset = pick(assets);
          const raised = monthDay(Math.floor(rand() * 12), 1 + Math.floor(rand() * 27));
          const resolved = n % 2 === 0 && raised < addDays(today(), -45);
          return {
            orgId,
            buildingId: building.id,
            assetId: asset.id,
            assetType: asset.assetType,
            description: pick(remarks),
            severity: severities[(bi + n) % severities.length] as (typeof severities)[number],
            status: resolved ? ('resolved' as const) : ('open' as const),
            raisedOn: ymd(raised),
            resolvedOn: resolved ? ymd(addDays(raised, 20)) : null,
            // One remark per building still under review: customers must not see it.
            published: n !== 7,
            externalId: `DEMO-${tag}-DEF-${n}`,
          };
        }),
      )
      .returning({ id: s.defects.id, description: s.defects.description, status: s.defects.status });

    const routine = Array.from({ length: 14 }, (_, n) => {
      const due = monthDay(11 - n, 10);
      const roll = rand();
      const past = due < addDays(today(), -7);
      const performed = past
        ? roll < 0.7
          ? addDays(due, 2)
          : roll < 0.85
            ? addDays(due, 15)
            : null
        : due < today() && roll < 0.5
          ? addDays(due, 1)
          : null;
      return {
        orgId,
        buildingId: building.id,
        kind: 'routine' as const,
        title: 'Monthly fire safety inspection',
        stage: performed ? ('complete' as const) : ('ready' as const),
        createdOn: ymd(addDays(due, -30)),
        dueOn: ymd(due),
        performedOn: performed && performed <= today() ? ymd(performed) : null,
        toleranceDays: 7,
        externalId: `DEMO-${tag}-RT-${n}`,
      };
    });
    const reactive = Array.from({ length: 10 }, (_, n) => {
      const created = monthDay(Math.floor(rand() * 12), 1 + Math.floor(rand() * 27));
      const recent = created > addDays(today(), -60);
      const stage = recent ? pick(stages) : 'complete';
      return {
        orgId,
        buildingId: building.id,
        kind: 'reactive' as const,
        title: pick(reactiveTitles),
        stage,
        createdOn: ymd(created),
        dueOn: ymd(addDays(created, 7)),
        performedOn: stage === 'performed' || stage === 'complete' ? ymd(addDays(created, 3)) : null,
        externalId: `DEMO-${tag}-RX-${n}`,
      };
    });
    await tx.insert(s.tasks).values([...routine, ...reactive]);

    const open = defects.filter((d) => d.status === 'open');
    await tx.insert(s.quotes).values(
      (['pending', 'pending', 'accepted', 'declined'] as const).map((status, n) => {
        const defect = open[n % Math.max(open.length, 1)];
        return {
          orgId,
          buildingId: building.id,
          defectId: n < 2 ? (defect?.id ?? null) : null,
          kind: n < 2 ? ('defect_quote' as const) : ('service_quote' as const),
          number: `Q-${2600 + bi * 10 + n}`,
          title: n < 2 ? `Repair: ${defect?.description ?? 'defect'}` : 'Annual hydrant flow test',
          amount: (180 + Math.floor(rand() * 2400)).toFixed(2),
          status,
          issuedOn: ymd(monthDay(n, 5 + n)),
          published: true,
          externalId: `DEMO-${tag}-QT-${n}`,
        };
      }),
    );

    for (let q = 0; q < 4; q++) {
      const issued = monthDay(q * 3, 12);
      documents.push({
        orgId,
        accountId: building.accountId,
        buildingId: building.id,
        kind: 'inspection_report',
        number: `IR-${issued.getUTCFullYear()}-${bi + 1}${q}`,
        title: `Quarterly inspection report: ${building.name}`,
        status: 'Final',
        issuedOn: ymd(issued),
        published: true,
        externalId: `DEMO-${tag}-IR-${q}`,
        pdf: [`Inspection report: ${building.name}`, `Issued ${ymd(issued)}`, `Prepared by ${input.orgName}`],
      });
    }
    for (let r = 0; r < 2; r++) {
      const issued = monthDay(1 + r * 4, 20);
      documents.push({
        orgId,
        accountId: building.accountId,
        buildingId: building.id,
        kind: 'service_report',
        number: `SR-${bi + 1}${r}`,
        title: `Service report: ${pick(reactiveTitles).toLowerCase()}`,
        status: 'Final',
        issuedOn: ymd(issued),
        published: true,
        externalId: `DEMO-${tag}-SR-${r}`,
        pdf: [`Service report: ${building.name}`, `Issued ${ymd(issued)}`],
      });
    }
    documents.push({
      orgId,
      accountId: building.accountId,
      buildingId: building.id,
      kind: 'proposal',
      number: `P-${3100 + bi}`,
      title: `Proposal: replace ageing extinguishers at ${building.name}`,
      status: 'Awaiting approval',
      amount: (900 + bi * 150).toFixed(2),
      issuedOn: ymd(monthDay(0, 2)),
      published: true,
      externalId: `DEMO-${tag}-PR-0`,
      pdf: [`Proposal for ${building.name}`, 'Replace 6 extinguishers older than 10 years'],
    });
    // A call-out billed to the site itself; every third building has not paid it yet and is overdue.
    const billed = monthDay(2, 8);
    const owing = bi % 3 === 0;
    const callOut = 240 + bi * 35;
    documents.push({
      orgId,
      accountId: building.accountId,
      buildingId: building.id,
      kind: 'invoice',
      number: `INV-${tag}-${ymd(billed).slice(0, 7)}`,
      title: `Call-out: ${building.name}`,
      status: owing ? 'Open' : 'Paid',
      amount: callOut.toFixed(2),
      amountPaid: owing ? '0' : callOut.toFixed(2),
      issuedOn: ymd(billed),
      dueOn: ymd(addDays(billed, 30)),
      paidOn: owing ? null : ymd(addDays(billed, 12)),
      published: true,
      externalId: `DEMO-${tag}-INV-0`,
      pdf: [`Invoice: call-out at ${building.name}`, `Issued ${ymd(billed)}`, `Amount USD ${callOut}.00`],
    });
  }

  // Invoices go to the account: one a month, the recent ones unpaid, one of them overdue.
  for (const account of input.accounts) {
    for (let m = 0; m < 12; m++) {
      const issued = monthDay(m, 1);
      const due = addDays(issued, 30);
      const amount = 400 + Math.floor(rand() * 1600);
      const paid = m >= 2;
      documents.push({
        orgId,
        accountId: account.id,
        buildingId: null,
        kind: 'invoice',
        number: `INV-${account.key.toUpperCase()}-${ymd(issued).slice(0, 7)}`,
        title: `Monthly services, ${issued.toLocaleString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' })}`,
        status: paid ? 'Paid' : 'Open',
        amount: amount.toFixed(2),
        amountPaid: paid ? amount.toFixed(2) : '0',
        issuedOn: ymd(issued),
        dueOn: ymd(due),
        paidOn: paid ? ymd(addDays(issued, 20)) : null,
        published: true,
        externalId: `DEMO-${account.key.toUpperCase()}-INV-${m}`,
        pdf: [`Invoice ${account.name}`, `Issued ${ymd(issued)}, due ${ymd(due)}`, `Amount USD ${amount}.00`],
      });
    }
  }

  const fileIds = await tx
    .insert(s.files)
    .values(
      documents.map((d) => {
        const data = demoPdf(d.pdf);
        return {
          orgId,
          filename: `${d.number ?? d.externalId}.pdf`,
          contentType: 'application/pdf',
          byteSize: data.length,
          sha256: sha256Hex(data),
          data,
        };
      }),
    )
    .returning({ id: s.files.id });
  const now = new Date();
  await tx.insert(s.documents).values(
    documents.map(({ pdf: _pdf, ...d }, i) => ({
      ...d,
      fileId: fileIds[i]?.id ?? null,
      publishedAt: now,
      // Seeded content is history: nobody should get "new document" emails for it.
      notifiedAt: now,
    })),
  );
}
