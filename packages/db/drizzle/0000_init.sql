CREATE TYPE "public"."activity_type" AS ENUM('sign_in', 'sign_out', 'document_viewed', 'document_downloaded', 'proposal_decided', 'search');--> statement-breakpoint
CREATE TYPE "public"."invite_status" AS ENUM('not_invited', 'invited', 'expired', 'enrolled');--> statement-breakpoint
CREATE TYPE "public"."actor_type" AS ENUM('office_user', 'contact', 'integration', 'system');--> statement-breakpoint
CREATE TYPE "public"."delivery_state" AS ENUM('queued', 'sending', 'sent', 'failed');--> statement-breakpoint
CREATE TYPE "public"."invitation_event_type" AS ENUM('invited', 'resent', 'reminded', 'email_sent', 'email_failed', 'link_opened', 'registered', 'expired', 'revoked', 'suspended', 'reinstated', 'password_reset_requested');--> statement-breakpoint
CREATE TYPE "public"."invitation_status" AS ENUM('pending', 'accepted', 'expired', 'revoked');--> statement-breakpoint
CREATE TYPE "public"."portal_link_purpose" AS ENUM('magic_link', 'password_reset');--> statement-breakpoint
CREATE TYPE "public"."session_audience" AS ENUM('office', 'portal');--> statement-breakpoint
CREATE TYPE "public"."template_kind" AS ENUM('invitation', 'invitation_reminder', 'password_reset', 'magic_link', 'document_shared', 'export_delivery');--> statement-breakpoint
CREATE TABLE "accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"client_group_id" uuid,
	"name" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"division" text,
	"account_class" text,
	"bill_group" text,
	"account_source" text,
	"balance_due" numeric(12, 2) DEFAULT '0' NOT NULL,
	"autopay" boolean DEFAULT false NOT NULL,
	"active_services_count" integer DEFAULT 0 NOT NULL,
	"external_id" text,
	"portal_panels" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "buildings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"name" text NOT NULL,
	"address_line1" text,
	"address_line2" text,
	"city" text,
	"region" text,
	"postal_code" text,
	"country" text,
	"latitude" numeric(9, 6),
	"longitude" numeric(9, 6),
	"site_source" text,
	"external_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "client_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"external_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"type" "activity_type" NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contact_accounts" (
	"org_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"is_billing_contact" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contact_accounts_contact_id_account_id_pk" PRIMARY KEY("contact_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "contact_buildings" (
	"org_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"building_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contact_buildings_contact_id_building_id_pk" PRIMARY KEY("contact_id","building_id")
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text DEFAULT '' NOT NULL,
	"email" text,
	"phone" text,
	"job_title" text,
	"external_id" text,
	"client_group_id" uuid,
	"access_inspection_reports" boolean DEFAULT true NOT NULL,
	"access_service_reports" boolean DEFAULT true NOT NULL,
	"access_proposals" boolean DEFAULT false NOT NULL,
	"access_invoices" boolean DEFAULT false NOT NULL,
	"invite_status" "invite_status" DEFAULT 'not_invited' NOT NULL,
	"suspended" boolean DEFAULT false NOT NULL,
	"suspended_note" text,
	"suspended_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portal_identities" (
	"contact_id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"password_hash" text,
	"enrolled_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_sign_in_at" timestamp with time zone,
	"sign_in_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "invitation_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"created_by" uuid,
	"idempotency_key" text,
	"selection" jsonb NOT NULL,
	"from_address" text,
	"template_id" uuid,
	"total" integer DEFAULT 0 NOT NULL,
	"skipped" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "invitation_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"invitation_id" uuid,
	"type" "invitation_event_type" NOT NULL,
	"actor_type" "actor_type" NOT NULL,
	"actor_id" uuid,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"token_hash" text,
	"status" "invitation_status" DEFAULT 'pending' NOT NULL,
	"delivery_state" "delivery_state" DEFAULT 'queued' NOT NULL,
	"delivery_attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"message_id" text,
	"from_address" text,
	"template_id" uuid,
	"batch_id" uuid,
	"created_by" uuid,
	"expires_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	"opened_at" timestamp with time zone,
	"accepted_at" timestamp with time zone,
	"expired_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"reminder_count" integer DEFAULT 0 NOT NULL,
	"last_reminder_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invitations_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "office_users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"role_id" uuid NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"last_sign_in_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "roles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"permissions" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"logo_url" text,
	"brand_color" text DEFAULT '#1d4ed8' NOT NULL,
	"auto_invite_new_contacts" boolean DEFAULT false NOT NULL,
	"invite_expiry_days" integer DEFAULT 3 NOT NULL,
	"default_email_from" text,
	"reminders_enabled" boolean DEFAULT true NOT NULL,
	"reminder_after_days" integer DEFAULT 2 NOT NULL,
	"reminder_max_count" integer DEFAULT 1 NOT NULL,
	"portal_panels" jsonb DEFAULT '{"activityReport":true,"spendTracking":true,"defectAnalytics":true,"routineActivities":true,"serviceCalls":true}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organizations_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"job" text NOT NULL,
	"payload" jsonb NOT NULL,
	"run_at" timestamp with time zone,
	"relay_attempts" integer DEFAULT 0 NOT NULL,
	"relayed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portal_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"purpose" "portal_link_purpose" NOT NULL,
	"token_hash" text,
	"delivery_state" "delivery_state" DEFAULT 'queued' NOT NULL,
	"expires_at" timestamp with time zone,
	"used_at" timestamp with time zone,
	"requested_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "portal_links_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "refresh_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"audience" "session_audience" NOT NULL,
	"subject_id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"persistent" boolean DEFAULT false NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"replaced_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"user_agent" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "refresh_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "notification_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"kind" "template_kind" NOT NULL,
	"name" text NOT NULL,
	"subject" text NOT NULL,
	"html_body" text NOT NULL,
	"text_body" text NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_client_group_id_client_groups_id_fk" FOREIGN KEY ("client_group_id") REFERENCES "public"."client_groups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "buildings" ADD CONSTRAINT "buildings_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "buildings" ADD CONSTRAINT "buildings_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_groups" ADD CONSTRAINT "client_groups_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_events" ADD CONSTRAINT "activity_events_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_events" ADD CONSTRAINT "activity_events_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_accounts" ADD CONSTRAINT "contact_accounts_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_accounts" ADD CONSTRAINT "contact_accounts_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_accounts" ADD CONSTRAINT "contact_accounts_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_buildings" ADD CONSTRAINT "contact_buildings_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_buildings" ADD CONSTRAINT "contact_buildings_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_buildings" ADD CONSTRAINT "contact_buildings_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_client_group_id_client_groups_id_fk" FOREIGN KEY ("client_group_id") REFERENCES "public"."client_groups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_identities" ADD CONSTRAINT "portal_identities_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_identities" ADD CONSTRAINT "portal_identities_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitation_batches" ADD CONSTRAINT "invitation_batches_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitation_batches" ADD CONSTRAINT "invitation_batches_created_by_office_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."office_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitation_batches" ADD CONSTRAINT "invitation_batches_template_id_notification_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."notification_templates"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitation_events" ADD CONSTRAINT "invitation_events_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitation_events" ADD CONSTRAINT "invitation_events_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitation_events" ADD CONSTRAINT "invitation_events_invitation_id_invitations_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."invitations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_template_id_notification_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."notification_templates"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_batch_id_invitation_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."invitation_batches"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_created_by_office_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."office_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "office_users" ADD CONSTRAINT "office_users_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "office_users" ADD CONSTRAINT "office_users_role_id_roles_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."roles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roles" ADD CONSTRAINT "roles_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_links" ADD CONSTRAINT "portal_links_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_links" ADD CONSTRAINT "portal_links_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refresh_tokens" ADD CONSTRAINT "refresh_tokens_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_templates" ADD CONSTRAINT "notification_templates_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "accounts_org_name_idx" ON "accounts" USING btree ("org_id",lower("name"),"id");--> statement-breakpoint
CREATE INDEX "accounts_org_active_idx" ON "accounts" USING btree ("org_id","active");--> statement-breakpoint
CREATE INDEX "accounts_org_division_idx" ON "accounts" USING btree ("org_id","division");--> statement-breakpoint
CREATE INDEX "accounts_org_class_idx" ON "accounts" USING btree ("org_id","account_class");--> statement-breakpoint
CREATE INDEX "accounts_org_bill_group_idx" ON "accounts" USING btree ("org_id","bill_group");--> statement-breakpoint
CREATE INDEX "accounts_org_source_idx" ON "accounts" USING btree ("org_id","account_source");--> statement-breakpoint
CREATE INDEX "accounts_client_group_idx" ON "accounts" USING btree ("client_group_id");--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_org_external_uq" ON "accounts" USING btree ("org_id","external_id");--> statement-breakpoint
CREATE INDEX "buildings_org_name_idx" ON "buildings" USING btree ("org_id",lower("name"),"id");--> statement-breakpoint
CREATE INDEX "buildings_account_idx" ON "buildings" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "buildings_org_site_source_idx" ON "buildings" USING btree ("org_id","site_source");--> statement-breakpoint
CREATE UNIQUE INDEX "buildings_org_external_uq" ON "buildings" USING btree ("org_id","external_id");--> statement-breakpoint
CREATE INDEX "client_groups_org_name_idx" ON "client_groups" USING btree ("org_id",lower("name"),"id");--> statement-breakpoint
CREATE UNIQUE INDEX "client_groups_org_external_uq" ON "client_groups" USING btree ("org_id","external_id");--> statement-breakpoint
CREATE INDEX "activity_events_org_type_idx" ON "activity_events" USING btree ("org_id","type","created_at");--> statement-breakpoint
CREATE INDEX "activity_events_contact_idx" ON "activity_events" USING btree ("contact_id","created_at");--> statement-breakpoint
CREATE INDEX "contact_accounts_account_idx" ON "contact_accounts" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "contact_accounts_org_idx" ON "contact_accounts" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "contact_buildings_building_idx" ON "contact_buildings" USING btree ("building_id");--> statement-breakpoint
CREATE INDEX "contact_buildings_org_idx" ON "contact_buildings" USING btree ("org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "contacts_org_email_uq" ON "contacts" USING btree ("org_id",lower("email")) WHERE "contacts"."email" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "contacts_org_external_uq" ON "contacts" USING btree ("org_id","external_id");--> statement-breakpoint
CREATE INDEX "contacts_org_name_idx" ON "contacts" USING btree ("org_id",lower("last_name"),lower("first_name"),"id");--> statement-breakpoint
CREATE INDEX "contacts_org_status_idx" ON "contacts" USING btree ("org_id","suspended","invite_status");--> statement-breakpoint
CREATE INDEX "contacts_client_group_idx" ON "contacts" USING btree ("client_group_id");--> statement-breakpoint
CREATE INDEX "portal_identities_org_idx" ON "portal_identities" USING btree ("org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "invitation_batches_idempotency_uq" ON "invitation_batches" USING btree ("org_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "invitation_batches_created_by_idx" ON "invitation_batches" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "invitation_batches_template_idx" ON "invitation_batches" USING btree ("template_id");--> statement-breakpoint
CREATE INDEX "invitation_events_contact_idx" ON "invitation_events" USING btree ("contact_id","created_at");--> statement-breakpoint
CREATE INDEX "invitation_events_invitation_idx" ON "invitation_events" USING btree ("invitation_id");--> statement-breakpoint
CREATE INDEX "invitation_events_org_type_idx" ON "invitation_events" USING btree ("org_id","type","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "invitations_one_pending_per_contact_uq" ON "invitations" USING btree ("contact_id") WHERE "invitations"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "invitations_contact_idx" ON "invitations" USING btree ("contact_id");--> statement-breakpoint
CREATE INDEX "invitations_org_status_idx" ON "invitations" USING btree ("org_id","status","expires_at");--> statement-breakpoint
CREATE INDEX "invitations_pending_expiry_idx" ON "invitations" USING btree ("expires_at") WHERE "invitations"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "invitations_batch_idx" ON "invitations" USING btree ("batch_id","delivery_state");--> statement-breakpoint
CREATE INDEX "invitations_template_idx" ON "invitations" USING btree ("template_id");--> statement-breakpoint
CREATE INDEX "invitations_created_by_idx" ON "invitations" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "invitations_delivery_idx" ON "invitations" USING btree ("org_id","delivery_state");--> statement-breakpoint
CREATE UNIQUE INDEX "office_users_email_uq" ON "office_users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "office_users_org_idx" ON "office_users" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "office_users_role_idx" ON "office_users" USING btree ("role_id");--> statement-breakpoint
CREATE UNIQUE INDEX "roles_org_name_uq" ON "roles" USING btree ("org_id","name");--> statement-breakpoint
CREATE INDEX "outbox_pending_idx" ON "outbox" USING btree ("id") WHERE "outbox"."relayed_at" is null;--> statement-breakpoint
CREATE INDEX "outbox_org_idx" ON "outbox" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "portal_links_contact_idx" ON "portal_links" USING btree ("contact_id","purpose");--> statement-breakpoint
CREATE INDEX "portal_links_org_idx" ON "portal_links" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "portal_links_unused_idx" ON "portal_links" USING btree ("created_at") WHERE "portal_links"."used_at" is null;--> statement-breakpoint
CREATE INDEX "refresh_tokens_subject_idx" ON "refresh_tokens" USING btree ("audience","subject_id");--> statement-breakpoint
CREATE INDEX "refresh_tokens_family_idx" ON "refresh_tokens" USING btree ("family_id");--> statement-breakpoint
CREATE INDEX "refresh_tokens_org_idx" ON "refresh_tokens" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "notification_templates_org_kind_idx" ON "notification_templates" USING btree ("org_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "notification_templates_one_default_uq" ON "notification_templates" USING btree ("org_id","kind") WHERE "notification_templates"."is_default";