/**
 * The seed loads with triggers off (session_replication_role = replica), so the adoption pairs and
 * counters that the triggers of migration 0006 keep (decision 016) are built here once, the way
 * that migration backfills an existing database: the pairs from both kinds of link, then each
 * customer's and each contact's counts.
 */
export const adoptionBackfill: { label: string; sql: string }[] = [
  {
    label: 'account_contact_pairs',
    sql: `insert into account_contact_pairs (org_id, account_id, contact_id, direct, via_buildings, has_access, account_active)
      select l.org_id, l.account_id, l.contact_id, bool_or(l.direct), sum(l.via)::integer,
             bool_or(c.invite_status = 'enrolled' and not c.suspended), bool_or(a.active)
        from (select ca.org_id, ca.account_id, ca.contact_id, true as direct, 0 as via from contact_accounts ca
              union all
              select cb.org_id, b.account_id, cb.contact_id, false, 1
                from contact_buildings cb join buildings b on b.id = cb.building_id) l
        join contacts c on c.id = l.contact_id
        join accounts a on a.id = l.account_id
       group by l.org_id, l.account_id, l.contact_id`,
  },
  {
    label: 'accounts adoption counts',
    sql: `update accounts a set adoption_contacts = n.contacts, adoption_contacts_with_access = n.with_access
        from (select account_id, count(*)::integer as contacts, (count(*) filter (where has_access))::integer as with_access
                from account_contact_pairs group by account_id) n
       where a.id = n.account_id`,
  },
  {
    label: 'contacts adoption counts',
    sql: `update contacts c set adoption_active_customers = n.active, adoption_inactive_customers = n.inactive
        from (select contact_id, (count(*) filter (where account_active))::integer as active,
                     (count(*) filter (where not account_active))::integer as inactive
                from account_contact_pairs group by contact_id) n
       where c.id = n.contact_id`,
  },
];
