import { defaultTemplates, hashPassword, permissions } from '@portico/db';
import type pg from 'pg';
import { adoptionBackfill } from './adoption-counts';
import {
  adminEmail,
  benchOrg,
  benchPassword,
  bigAccountBuildings,
  bigAccountDocsPerBuilding,
  bigAccountExternalId,
  divisions,
  docsPerBuilding,
  portalEmail,
  signInEmails,
} from './fixtures';

/**
 * The benchmark organization, written set-based: every table is one INSERT … SELECT over
 * generate_series (no row crosses the wire). Integer keys live in temporary maps (g -> uuid) so
 * links are joins on integers, not on text.
 *
 * Shape for N accounts: 3 buildings and 3 contacts per account; contacts cycle through every
 * portal status (30 % not invited, 20 % invited, 10 % expired, 30 % enrolled, 10 % suspended, 5 %
 * without email); 1 in 10 contacts is linked to a building instead of its account; 20 documents
 * per building plus one account-level document per account; per building one asset, two defects,
 * four tasks (routine and reactive) and one quote. Plus one account with 200 buildings, 100
 * documents each (20k, issue #6's figure) and a contact linked to it with every access area.
 */
export interface SeedResult {
  orgId: string;
  seconds: number;
  counts: Record<string, number>;
}

/** Tables whose secondary indexes are dropped during the load and rebuilt after (much faster). */
const bulkTables = [
  'accounts',
  'buildings',
  'contacts',
  'contact_accounts',
  'contact_buildings',
  'portal_identities',
  'invitations',
  'invitation_events',
  'documents',
  'assets',
  'defects',
  'tasks',
  'quotes',
  'activity_events',
];

export async function seedBench(
  client: pg.Client,
  n: number,
  log: (line: string) => void = console.log,
): Promise<SeedResult> {
  const started = performance.now();
  const step = async (label: string, text: string, values: unknown[] = []) => {
    const t = performance.now();
    const r = await client.query(text, values);
    log(
      `  ${label.padEnd(28)} ${String(r.rowCount ?? '').padStart(9)} rows  ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
  };
  const existing = await client.query('select 1 from organizations where slug = $1', [benchOrg.slug]);
  if (existing.rowCount) throw new Error(`this database already has the "${benchOrg.slug}" organization`);

  const hash = await hashPassword(benchPassword);
  // Fresh bench data is consistent by construction: skip FK triggers (superuser only) and WAL waits.
  await client.query("set session_replication_role = 'replica'");
  await client.query('set synchronous_commit = off');
  await client.query("set maintenance_work_mem = '512MB'");
  await client.query("set work_mem = '256MB'");

  const indexes = await client.query<{ indexdef: string; indexname: string }>(
    `select i.indexname, i.indexdef from pg_indexes i
      where i.schemaname = 'public' and i.tablename = any($1)
        and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
    [bulkTables],
  );
  for (const ix of indexes.rows) await client.query(`drop index "${ix.indexname}"`);

  const org = await client.query<{ id: string }>(
    'insert into organizations (name, slug, default_email_from) values ($1, $2, $3) returning id',
    [benchOrg.name, benchOrg.slug, 'portal@bench.example.test'],
  );
  const orgId = org.rows[0]?.id as string;
  const o = [orgId];

  const role = await client.query<{ id: string }>(
    `insert into roles (org_id, name, permissions) values ($1, 'Administrator', $2) returning id`,
    [orgId, [...permissions]],
  );
  await client.query(
    `insert into office_users (org_id, role_id, email, name, password_hash)
     select $1, $2, e, 'Bench User', $3 from unnest($4::text[]) e`,
    [orgId, role.rows[0]?.id, hash, [adminEmail, ...signInEmails]],
  );
  for (const [kind, t] of Object.entries(defaultTemplates)) {
    await client.query(
      `insert into notification_templates (org_id, kind, name, subject, html_body, text_body, is_default)
       values ($1, $2, $3, $4, $5, $6, true)`,
      [orgId, kind, t.name, t.subject, t.htmlBody, t.textBody],
    );
  }
  await step(
    'client groups',
    `insert into client_groups (org_id, name, external_id)
     select $1, 'Client group ' || g, 'G-' || g from generate_series(1, 2) g`,
    o,
  );

  // Integer -> uuid maps. g = 0 is the big account / the portal contact.
  await client.query(
    `create temp table acc_map as
    select g, gen_random_uuid() as id from generate_series(0, $1::int) g`,
    [n],
  );
  await client.query(
    `create temp table bld_map as
    select g, case when g <= $1::int * 3 then (g - 1) / 3 + 1 else 0 end as account_g,
           gen_random_uuid() as id
      from generate_series(1, $1::int * 3 + $2::int) g`,
    [n, bigAccountBuildings],
  );
  await client.query(
    `create temp table con_map as
    select g, gen_random_uuid() as id from generate_series(0, $1::int * 3) g`,
    [n],
  );
  for (const t of ['acc_map', 'bld_map', 'con_map']) {
    await client.query(`alter table ${t} add primary key (g)`);
    await client.query(`analyze ${t}`);
  }

  await step(
    'accounts',
    `insert into accounts (id, org_id, client_group_id, name, active, division, account_class, bill_group,
       account_source, balance_due, autopay, active_services_count, external_id)
     select m.id, $1,
            case when m.g % 50 = 1 then (select id from client_groups where org_id = $1 order by name limit 1)
                 when m.g % 50 = 2 then (select id from client_groups where org_id = $1 order by name desc limit 1) end,
            case when m.g = 0 then 'Big Account' else 'Customer ' || lpad(m.g::text, 6, '0') end,
            m.g % 10 <> 9,
            ($2::text[])[1 + m.g % 3],
            (array['Commercial','Residential','Industrial','Government'])[1 + m.g % 4],
            (array['Monthly','Quarterly'])[1 + m.g % 2],
            (array['Import','Manual','CRM'])[1 + m.g % 3],
            case when m.g % 5 = 0 then 120.50 else 0 end,
            m.g % 3 = 0, m.g % 4,
            case when m.g = 0 then $3 else 'A-' || m.g end
       from acc_map m`,
    [orgId, [...divisions], bigAccountExternalId],
  );
  await step(
    'buildings',
    `insert into buildings (id, org_id, account_id, name, address_line1, city, postal_code, country,
       latitude, longitude, site_source, external_id)
     select b.id, $1, a.id, 'Building ' || b.g, b.g || ' Main Street', 'City ' || (b.g % 97), lpad((b.g % 99999)::text, 5, '0'),
            'US', 30 + (b.g % 1000) / 100.0, -90 - (b.g % 1000) / 100.0,
            (array['Survey','Import'])[1 + b.g % 2], 'B-' || b.g
       from bld_map b join acc_map a on a.g = b.account_g`,
    o,
  );
  // Status by g % 10: 0-2 not invited, 3-4 invited, 5 expired, 6-8 enrolled, 9 suspended (enrolled).
  await step(
    'contacts',
    `insert into contacts (id, org_id, first_name, last_name, email, phone, external_id, client_group_id,
       access_proposals, access_invoices, invite_status, suspended, suspended_note, suspended_at)
     select c.id, $1,
            case when c.g = 0 then 'Portal' else (array['Ann','Bob','Cleo','Dev','Eli','Fay','Gus','Hana'])[1 + c.g % 8] end,
            case when c.g = 0 then 'Bench' else 'Contact' || lpad(c.g::text, 7, '0') end,
            case when c.g = 0 then $2 when c.g % 20 = 7 then null else 'c' || c.g || '@example.test' end,
            '555-' || lpad((c.g % 10000)::text, 4, '0'), 'C-' || c.g, null,
            c.g = 0 or c.g % 2 = 0, c.g = 0 or c.g % 3 = 0,
            (case when c.g = 0 then 'enrolled'
                  when c.g % 20 = 7 then 'not_invited'
                  when c.g % 10 < 3 then 'not_invited' when c.g % 10 < 5 then 'invited'
                  when c.g % 10 = 5 then 'expired' else 'enrolled' end)::invite_status,
            c.g % 10 = 9, case when c.g % 10 = 9 then 'Left the company' end,
            case when c.g % 10 = 9 then now() - interval '10 days' end
       from con_map c`,
    [orgId, portalEmail],
  );
  await step(
    'contact_accounts',
    `insert into contact_accounts (org_id, contact_id, account_id, is_billing_contact)
     select $1, c.id, a.id, c.g % 3 = 1
       from con_map c join acc_map a on a.g = case when c.g = 0 then 0 else (c.g - 1) / 3 + 1 end
      where c.g % 10 <> 4`,
    o,
  );
  await step(
    'contact_buildings',
    `insert into contact_buildings (org_id, contact_id, building_id)
     select $1, c.id, b.id from con_map c join bld_map b on b.g = c.g where c.g % 10 = 4`,
    o,
  );
  await step(
    'portal_identities',
    `insert into portal_identities (contact_id, org_id, password_hash, enrolled_at, last_sign_in_at, sign_in_count)
     select c.id, $1, $2, now() - ((m.g % 300) || ' days')::interval,
            case when m.g % 4 <> 0 then now() - ((m.g % 60) || ' days')::interval end, m.g % 40
       from contacts c join con_map m on m.id = c.id where c.invite_status = 'enrolled'`,
    [orgId, hash],
  );
  await step(
    'invitations',
    `insert into invitations (org_id, contact_id, status, delivery_state, message_id, from_address,
       expires_at, sent_at, opened_at, accepted_at, expired_at, created_at, updated_at)
     select $1, c.id,
            (case c.invite_status when 'invited' then 'pending' when 'expired' then 'expired' else 'accepted' end)::invitation_status,
            'sent', '<' || m.g || '@bench>', 'portal@bench.example.test',
            t.at + interval '3 days', t.at,
            case when c.invite_status = 'enrolled' or m.g % 3 = 0 then t.at + interval '2 hours' end,
            case when c.invite_status = 'enrolled' then t.at + interval '3 hours' end,
            case when c.invite_status = 'expired' then t.at + interval '3 days' end,
            t.at, t.at
       from contacts c join con_map m on m.id = c.id
       cross join lateral (select case when c.invite_status = 'invited' then now() - ((m.g % 2) || ' days')::interval
                                       else now() - ((10 + m.g % 400) || ' days')::interval end as at) t
      where c.invite_status <> 'not_invited'`,
    o,
  );
  await step(
    'invitation_events',
    `insert into invitation_events (org_id, contact_id, invitation_id, type, actor_type, detail, created_at)
     select $1, i.contact_id, i.id, e.type::invitation_event_type, e.actor::actor_type, e.detail, e.at
       from invitations i
       cross join lateral (values
         ('invited', 'office_user', '{}'::jsonb, i.created_at),
         ('email_sent', 'system', jsonb_build_object('messageId', i.message_id), i.sent_at + interval '5 seconds'),
         (case when i.opened_at is not null then 'link_opened' end, 'contact', '{}'::jsonb, i.opened_at),
         (case when i.accepted_at is not null then 'registered' end, 'contact', '{}'::jsonb, i.accepted_at),
         (case when i.expired_at is not null then 'expired' end, 'system', '{}'::jsonb, i.expired_at)
       ) as e(type, actor, detail, at)
      where e.type is not null`,
    o,
  );

  // Documents: kind by k % 4; every 10th unpublished; invoices 1 in 3 unpaid (overdue when past due).
  const docs = (
    perBuilding: number,
    where: string,
  ) => `insert into documents (org_id, account_id, building_id, kind,
       number, title, status, amount, amount_paid, issued_on, due_on, paid_on, published, published_at, external_id)
     select $1, a.id, b.id, d.kind, upper(left(d.kind::text, 3)) || '-' || b.g || '-' || k,
            initcap(replace(d.kind::text, '_', ' ')) || ' ' || k || ' for building ' || b.g,
            case d.kind when 'invoice' then case when k % 3 = 0 then 'open' else 'paid' end
                        when 'proposal' then 'pending' end,
            case when d.kind in ('invoice', 'proposal') then 100 + (b.g * 7 + k * 13) % 5000 end,
            case when d.kind = 'invoice' then case when k % 3 = 0 then 0 else 100 + (b.g * 7 + k * 13) % 5000 end end,
            d.issued, case when d.kind = 'invoice' then d.issued + 30 end,
            case when d.kind = 'invoice' and k % 3 <> 0 then d.issued + 20 end,
            k % 10 <> 0, case when k % 10 <> 0 then d.issued::timestamptz end, 'D-' || b.g || '-' || k
       from bld_map b join acc_map a on a.g = b.account_g
       cross join generate_series(1, ${perBuilding}) k
       cross join lateral (select (array['inspection_report','service_report','proposal','invoice'])[1 + k % 4]::document_kind as kind,
                                  current_date - ((b.g * 7 + k * 37) % 730) as issued) d
      where ${where}`;
  await step('documents (buildings)', docs(docsPerBuilding, 'b.account_g <> 0'), o);
  await step('documents (big account)', docs(bigAccountDocsPerBuilding, 'b.account_g = 0'), o);
  await step(
    'documents (account level)',
    `insert into documents (org_id, account_id, kind, number, title, status, amount, amount_paid, issued_on,
       due_on, published, published_at, external_id)
     select $1, a.id, 'invoice', 'STM-' || a.g, 'Account statement', 'open', 250, 0, current_date - (a.g % 90),
            current_date - (a.g % 90) + 30, true, now(), 'DA-' || a.g
       from acc_map a`,
    o,
  );

  // Site records: the big account's buildings get more (the dashboard's charts need a year of them).
  await client.query(`create temp table asset_map as
    select b.g as bg, k as n, gen_random_uuid() as id
      from bld_map b cross join generate_series(1, case when b.account_g = 0 then 5 else 1 end) k`);
  await step(
    'assets',
    `insert into assets (id, org_id, building_id, name, asset_type, location, status, external_id)
     select m.id, $1, b.id, 'Asset ' || m.bg || '-' || m.n,
            (array['Fire alarm','Sprinkler','Extinguisher','Emergency light','Fire door'])[1 + (m.bg + m.n) % 5],
            'Floor ' || m.n, 'in_service', 'AS-' || m.bg || '-' || m.n
       from asset_map m join bld_map b on b.g = m.bg`,
    o,
  );
  await step(
    'defects',
    `insert into defects (org_id, building_id, asset_id, asset_type, description, severity, status, raised_on,
       resolved_on, published, external_id)
     select $1, b.id, am.id, a.asset_type, 'Defect ' || k || ' at building ' || b.g,
            (array['critical','non_conformance','non_critical','recommendation','info'])[1 + (b.g + k) % 5]::defect_severity,
            (case when k % 3 = 0 then 'resolved' else 'open' end)::defect_status,
            current_date - ((b.g * 3 + k * 29) % 365),
            case when k % 3 = 0 then current_date - ((b.g * 3 + k * 29) % 365) + 10 end,
            k % 8 <> 0, 'DF-' || b.g || '-' || k
       from bld_map b
       cross join generate_series(1, case when b.account_g = 0 then 10 else 2 end) k
       join asset_map am on am.bg = b.g and am.n = 1
       join assets a on a.id = am.id`,
    o,
  );
  await step(
    'tasks',
    `insert into tasks (org_id, building_id, kind, title, stage, created_on, due_on, performed_on, external_id)
     select $1, b.id, t.kind, initcap(t.kind::text) || ' task ' || k,
            (array['on_hold','ready','in_progress','performed','complete'])[1 + (b.g + k) % 5]::task_stage,
            t.due - 20, t.due, case when (b.g + k) % 5 >= 3 then t.due + ((b.g + k) % 12) end,
            'T-' || b.g || '-' || k
       from bld_map b
       cross join generate_series(1, case when b.account_g = 0 then 24 else 4 end) k
       cross join lateral (select (case when k % 2 = 0 then 'routine' else 'reactive' end)::task_kind as kind,
                                  date_trunc('year', current_date)::date + ((b.g * 11 + k * 31) % 365) as due) t`,
    o,
  );
  await step(
    'quotes',
    `insert into quotes (org_id, building_id, kind, number, title, amount, status, issued_on, published, external_id)
     select $1, b.id, (array['defect_quote','service_quote'])[1 + k % 2]::quote_kind, 'Q-' || b.g || '-' || k,
            'Quote ' || k || ' for building ' || b.g, 200 + (b.g * 13 + k) % 3000,
            (array['pending','accepted','declined','expired'])[1 + (b.g + k) % 4]::quote_status,
            current_date - ((b.g + k * 17) % 365), true, 'Q-' || b.g || '-' || k
       from bld_map b cross join generate_series(1, case when b.account_g = 0 then 5 else 1 end) k`,
    o,
  );
  await step(
    'activity_events',
    `insert into activity_events (org_id, contact_id, type, detail, created_at)
     select $1, pi.contact_id, (array['sign_in','document_viewed','search'])[k]::activity_type, '{}'::jsonb,
            now() - ((k * 7 + abs(hashtext(pi.contact_id::text)) % 90) || ' days')::interval
       from portal_identities pi cross join generate_series(1, 3) k where pi.org_id = $1`,
    o,
  );

  log(`  rebuilding ${indexes.rowCount} indexes`);
  const t = performance.now();
  for (const ix of indexes.rows) await client.query(ix.indexdef);
  log(`  indexes                      ${((performance.now() - t) / 1000).toFixed(1)} s`);
  // Still with triggers off: the pair counters are built in bulk, not row by row. Their UPDATEs
  // rewrite every account and contact; VACUUM FULL packs the tables again (at their fillfactor),
  // so the benches scan the size a loaded table has, not one and a half times it.
  for (const backfill of adoptionBackfill) await step(backfill.label, backfill.sql);
  await client.query("set session_replication_role = 'origin'");
  await client.query('vacuum full accounts, contacts');
  // As autovacuum leaves a table in service: statistics, and the visibility map that lets
  // index-only scans skip the heap (a freshly loaded table has none, and every scan reads it).
  const v = performance.now();
  await client.query('vacuum analyze');
  log(`  vacuum analyze               ${((performance.now() - v) / 1000).toFixed(1)} s`);

  const counts: Record<string, number> = {};
  for (const table of [...bulkTables, 'office_users', 'client_groups']) {
    const r = await client.query<{ n: string }>(`select count(*) as n from ${table} where org_id = $1`, o);
    counts[table] = Number(r.rows[0]?.n ?? 0);
  }
  return { orgId, seconds: (performance.now() - started) / 1000, counts };
}
