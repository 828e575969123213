CREATE TABLE "account_contact_pairs" (
	"org_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"direct" boolean DEFAULT false NOT NULL,
	"via_buildings" integer DEFAULT 0 NOT NULL,
	"has_access" boolean DEFAULT false NOT NULL,
	"account_active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "account_contact_pairs_account_id_contact_id_pk" PRIMARY KEY("account_id","contact_id")
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "adoption_contacts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "adoption_contacts_with_access" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "adoption_active_customers" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "adoption_inactive_customers" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "account_contact_pairs" ADD CONSTRAINT "account_contact_pairs_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_contact_pairs" ADD CONSTRAINT "account_contact_pairs_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_contact_pairs" ADD CONSTRAINT "account_contact_pairs_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "account_contact_pairs_contact_idx" ON "account_contact_pairs" USING btree ("contact_id");--> statement-breakpoint
CREATE INDEX "account_contact_pairs_org_idx" ON "account_contact_pairs" USING btree ("org_id");--> statement-breakpoint
-- The adoption report's derived data (decision 016), maintained by triggers so that every writer
-- (office, integrations, imports, cascades) keeps it right in its own transaction.
-- A pair's reason to exist is added (`p_direct`, `p_buildings`); its flags are read at creation.
CREATE FUNCTION adoption_pair_add(p_org uuid, p_account uuid, p_contact uuid, p_direct boolean, p_buildings integer)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO account_contact_pairs AS p (org_id, account_id, contact_id, direct, via_buildings, has_access, account_active)
  SELECT p_org, p_account, p_contact, p_direct, p_buildings,
         (c.invite_status = 'enrolled' AND NOT c.suspended), a.active
    FROM contacts c, accounts a
   WHERE c.id = p_contact AND a.id = p_account
  ON CONFLICT (account_id, contact_id) DO UPDATE
    SET direct = p.direct OR excluded.direct, via_buildings = p.via_buildings + excluded.via_buildings;
END $$;
--> statement-breakpoint
-- A reason goes; the pair goes with the last one.
CREATE FUNCTION adoption_pair_remove(p_account uuid, p_contact uuid, p_direct boolean, p_buildings integer)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  UPDATE account_contact_pairs
     SET direct = direct AND NOT p_direct, via_buildings = via_buildings - p_buildings
   WHERE account_id = p_account AND contact_id = p_contact;
  DELETE FROM account_contact_pairs
   WHERE account_id = p_account AND contact_id = p_contact AND NOT direct AND via_buildings <= 0;
END $$;
--> statement-breakpoint
-- The counters follow the pairs: a pair in or out, or its copies changing. In a cascade the account
-- or contact row may already be gone: the UPDATE then touches nothing.
CREATE FUNCTION adoption_pair_counted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  d_contacts integer := 0;
  d_access integer := 0;
  d_active integer := 0;
  d_inactive integer := 0;
  pair account_contact_pairs;
BEGIN
  IF TG_OP = 'INSERT' THEN
    pair := NEW;
    d_contacts := 1;
    d_access := NEW.has_access::integer;
    d_active := NEW.account_active::integer;
    d_inactive := (NOT NEW.account_active)::integer;
  ELSIF TG_OP = 'DELETE' THEN
    pair := OLD;
    d_contacts := -1;
    d_access := -OLD.has_access::integer;
    d_active := -OLD.account_active::integer;
    d_inactive := -(NOT OLD.account_active)::integer;
  ELSE
    pair := NEW;
    d_access := NEW.has_access::integer - OLD.has_access::integer;
    d_active := NEW.account_active::integer - OLD.account_active::integer;
    d_inactive := -d_active;
  END IF;
  IF d_contacts <> 0 OR d_access <> 0 THEN
    UPDATE accounts
       SET adoption_contacts = adoption_contacts + d_contacts,
           adoption_contacts_with_access = adoption_contacts_with_access + d_access
     WHERE id = pair.account_id;
  END IF;
  IF d_active <> 0 OR d_inactive <> 0 THEN
    UPDATE contacts
       SET adoption_active_customers = adoption_active_customers + d_active,
           adoption_inactive_customers = adoption_inactive_customers + d_inactive
     WHERE id = pair.contact_id;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER account_contact_pairs_counted
  AFTER INSERT OR DELETE ON account_contact_pairs
  FOR EACH ROW EXECUTE FUNCTION adoption_pair_counted();
--> statement-breakpoint
CREATE TRIGGER account_contact_pairs_flags_counted
  AFTER UPDATE OF has_access, account_active ON account_contact_pairs
  FOR EACH ROW
  WHEN (OLD.has_access IS DISTINCT FROM NEW.has_access OR OLD.account_active IS DISTINCT FROM NEW.account_active)
  EXECUTE FUNCTION adoption_pair_counted();
--> statement-breakpoint
CREATE FUNCTION adoption_direct_link_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    PERFORM adoption_pair_remove(OLD.account_id, OLD.contact_id, true, 0);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM adoption_pair_add(NEW.org_id, NEW.account_id, NEW.contact_id, true, 0);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER contact_accounts_adoption
  AFTER INSERT OR DELETE OR UPDATE OF account_id, contact_id ON contact_accounts
  FOR EACH ROW EXECUTE FUNCTION adoption_direct_link_changed();
--> statement-breakpoint
-- A building link counts for the building's account. When the building itself is deleted, its
-- BEFORE DELETE trigger below has already taken its links out (the account is unknown afterwards).
CREATE FUNCTION adoption_building_link_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  account uuid;
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    SELECT b.account_id INTO account FROM buildings b WHERE b.id = OLD.building_id;
    IF FOUND THEN PERFORM adoption_pair_remove(account, OLD.contact_id, false, 1); END IF;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT b.account_id INTO account FROM buildings b WHERE b.id = NEW.building_id;
    PERFORM adoption_pair_add(NEW.org_id, account, NEW.contact_id, false, 1);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER contact_buildings_adoption
  AFTER INSERT OR DELETE OR UPDATE OF building_id, contact_id ON contact_buildings
  FOR EACH ROW EXECUTE FUNCTION adoption_building_link_changed();
--> statement-breakpoint
-- A building moved to another account, or deleted: its contacts' links follow.
CREATE FUNCTION adoption_building_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  link record;
BEGIN
  FOR link IN SELECT cb.org_id, cb.contact_id FROM contact_buildings cb WHERE cb.building_id = OLD.id LOOP
    PERFORM adoption_pair_remove(OLD.account_id, link.contact_id, false, 1);
    IF TG_OP = 'UPDATE' THEN
      PERFORM adoption_pair_add(link.org_id, NEW.account_id, link.contact_id, false, 1);
    END IF;
  END LOOP;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER buildings_adoption_moved
  AFTER UPDATE OF account_id ON buildings
  FOR EACH ROW WHEN (OLD.account_id IS DISTINCT FROM NEW.account_id)
  EXECUTE FUNCTION adoption_building_changed();
--> statement-breakpoint
CREATE TRIGGER buildings_adoption_deleted
  BEFORE DELETE ON buildings
  FOR EACH ROW EXECUTE FUNCTION adoption_building_changed();
--> statement-breakpoint
-- Only a change of access (enrolled and not suspended) matters; invitations sent by the
-- hundred thousand change the status without calling this.
CREATE FUNCTION adoption_contact_access_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE account_contact_pairs SET has_access = (NEW.invite_status = 'enrolled' AND NOT NEW.suspended)
   WHERE contact_id = NEW.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER contacts_adoption_access
  AFTER UPDATE OF invite_status, suspended ON contacts
  FOR EACH ROW
  WHEN ((OLD.invite_status = 'enrolled' AND NOT OLD.suspended) IS DISTINCT FROM (NEW.invite_status = 'enrolled' AND NOT NEW.suspended))
  EXECUTE FUNCTION adoption_contact_access_changed();
--> statement-breakpoint
CREATE FUNCTION adoption_account_active_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE account_contact_pairs SET account_active = NEW.active WHERE account_id = NEW.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER accounts_adoption_active
  AFTER UPDATE OF active ON accounts
  FOR EACH ROW WHEN (OLD.active IS DISTINCT FROM NEW.active)
  EXECUTE FUNCTION adoption_account_active_changed();
--> statement-breakpoint
-- Existing data, once: the pairs, then the counters (built in bulk, not by the trigger).
ALTER TABLE account_contact_pairs DISABLE TRIGGER account_contact_pairs_counted;
--> statement-breakpoint
INSERT INTO account_contact_pairs (org_id, account_id, contact_id, direct, via_buildings, has_access, account_active)
SELECT l.org_id, l.account_id, l.contact_id, bool_or(l.direct), sum(l.via)::integer,
       bool_or(c.invite_status = 'enrolled' AND NOT c.suspended), bool_or(a.active)
  FROM (
    SELECT ca.org_id, ca.account_id, ca.contact_id, true AS direct, 0 AS via FROM contact_accounts ca
    UNION ALL
    SELECT cb.org_id, b.account_id, cb.contact_id, false, 1 FROM contact_buildings cb JOIN buildings b ON b.id = cb.building_id
  ) l
  JOIN contacts c ON c.id = l.contact_id
  JOIN accounts a ON a.id = l.account_id
 GROUP BY l.org_id, l.account_id, l.contact_id;
--> statement-breakpoint
ALTER TABLE account_contact_pairs ENABLE TRIGGER account_contact_pairs_counted;
--> statement-breakpoint
UPDATE accounts a
   SET adoption_contacts = n.contacts, adoption_contacts_with_access = n.with_access
  FROM (SELECT account_id, count(*)::integer AS contacts, (count(*) FILTER (WHERE has_access))::integer AS with_access
          FROM account_contact_pairs GROUP BY account_id) n
 WHERE a.id = n.account_id;
--> statement-breakpoint
UPDATE contacts c
   SET adoption_active_customers = n.active, adoption_inactive_customers = n.inactive
  FROM (SELECT contact_id, (count(*) FILTER (WHERE account_active))::integer AS active,
               (count(*) FILTER (WHERE NOT account_active))::integer AS inactive
          FROM account_contact_pairs GROUP BY contact_id) n
 WHERE c.id = n.contact_id;
--> statement-breakpoint
-- Fresh statistics, so the first reports are not planned as if the table were empty.
ANALYZE account_contact_pairs, accounts, contacts;
