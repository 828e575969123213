CREATE TYPE "public"."document_kind" AS ENUM('inspection_report', 'service_report', 'proposal', 'invoice');--> statement-breakpoint
CREATE TYPE "public"."notice_state" AS ENUM('queued', 'sending', 'sent', 'failed');--> statement-breakpoint
CREATE TYPE "public"."proposal_decision" AS ENUM('accepted', 'declined');--> statement-breakpoint
CREATE TYPE "public"."defect_severity" AS ENUM('critical', 'non_conformance', 'non_critical', 'recommendation', 'info');--> statement-breakpoint
CREATE TYPE "public"."defect_status" AS ENUM('open', 'resolved');--> statement-breakpoint
CREATE TYPE "public"."quote_kind" AS ENUM('defect_quote', 'service_quote');--> statement-breakpoint
CREATE TYPE "public"."quote_status" AS ENUM('pending', 'accepted', 'declined', 'expired');--> statement-breakpoint
CREATE TYPE "public"."task_kind" AS ENUM('routine', 'reactive');--> statement-breakpoint
CREATE TYPE "public"."task_stage" AS ENUM('on_hold', 'ready', 'in_progress', 'performed', 'complete');--> statement-breakpoint
CREATE TABLE "api_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"prefix" text NOT NULL,
	"key_hash" text NOT NULL,
	"scopes" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "document_notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"document_ids" uuid[] NOT NULL,
	"state" "notice_state" DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"building_id" uuid,
	"kind" "document_kind" NOT NULL,
	"number" text,
	"title" text NOT NULL,
	"status" text,
	"amount" numeric(12, 2),
	"amount_paid" numeric(12, 2),
	"currency" text DEFAULT 'USD' NOT NULL,
	"issued_on" date,
	"due_on" date,
	"paid_on" date,
	"published" boolean DEFAULT false NOT NULL,
	"published_at" timestamp with time zone,
	"notified_at" timestamp with time zone,
	"file_id" uuid,
	"external_id" text NOT NULL,
	"decision" "proposal_decision",
	"decided_by_name" text,
	"decided_by_contact_id" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"sha256" text NOT NULL,
	"data" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"building_id" uuid NOT NULL,
	"name" text NOT NULL,
	"asset_type" text NOT NULL,
	"location" text,
	"status" text,
	"external_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "defects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"building_id" uuid NOT NULL,
	"asset_id" uuid,
	"document_id" uuid,
	"asset_type" text NOT NULL,
	"description" text NOT NULL,
	"severity" "defect_severity" NOT NULL,
	"status" "defect_status" DEFAULT 'open' NOT NULL,
	"raised_on" date NOT NULL,
	"resolved_on" date,
	"published" boolean DEFAULT false NOT NULL,
	"external_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quotes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"building_id" uuid NOT NULL,
	"defect_id" uuid,
	"kind" "quote_kind" NOT NULL,
	"number" text,
	"title" text NOT NULL,
	"amount" numeric(12, 2) NOT NULL,
	"currency" text DEFAULT 'USD' NOT NULL,
	"status" "quote_status" DEFAULT 'pending' NOT NULL,
	"issued_on" date,
	"published" boolean DEFAULT false NOT NULL,
	"external_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"building_id" uuid NOT NULL,
	"asset_id" uuid,
	"kind" "task_kind" NOT NULL,
	"title" text NOT NULL,
	"stage" "task_stage" DEFAULT 'ready' NOT NULL,
	"created_on" date DEFAULT current_date NOT NULL,
	"due_on" date,
	"performed_on" date,
	"tolerance_days" integer DEFAULT 7 NOT NULL,
	"external_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_created_by_office_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."office_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_notices" ADD CONSTRAINT "document_notices_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_notices" ADD CONSTRAINT "document_notices_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_decided_by_contact_id_contacts_id_fk" FOREIGN KEY ("decided_by_contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assets" ADD CONSTRAINT "assets_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assets" ADD CONSTRAINT "assets_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "defects" ADD CONSTRAINT "defects_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "defects" ADD CONSTRAINT "defects_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "defects" ADD CONSTRAINT "defects_asset_id_assets_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."assets"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "defects" ADD CONSTRAINT "defects_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_defect_id_defects_id_fk" FOREIGN KEY ("defect_id") REFERENCES "public"."defects"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_asset_id_assets_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."assets"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "api_keys_hash_uq" ON "api_keys" USING btree ("key_hash");--> statement-breakpoint
CREATE INDEX "api_keys_org_idx" ON "api_keys" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "document_notices_contact_idx" ON "document_notices" USING btree ("contact_id","created_at");--> statement-breakpoint
CREATE INDEX "document_notices_sending_idx" ON "document_notices" USING btree ("updated_at") WHERE "document_notices"."state" = 'sending';--> statement-breakpoint
CREATE UNIQUE INDEX "documents_org_external_uq" ON "documents" USING btree ("org_id","external_id");--> statement-breakpoint
CREATE INDEX "documents_building_list_idx" ON "documents" USING btree ("building_id","kind","issued_on" desc nulls last,"id" desc) WHERE "documents"."published";--> statement-breakpoint
CREATE INDEX "documents_account_list_idx" ON "documents" USING btree ("account_id","kind","issued_on" desc nulls last,"id" desc) WHERE "documents"."published" and "documents"."building_id" is null;--> statement-breakpoint
CREATE INDEX "documents_unnotified_idx" ON "documents" USING btree ("published_at") WHERE "documents"."published" and "documents"."notified_at" is null;--> statement-breakpoint
CREATE INDEX "documents_org_list_idx" ON "documents" USING btree ("org_id","kind","issued_on" desc nulls last,"id");--> statement-breakpoint
CREATE INDEX "files_org_idx" ON "files" USING btree ("org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "assets_org_external_uq" ON "assets" USING btree ("org_id","external_id");--> statement-breakpoint
CREATE INDEX "assets_building_idx" ON "assets" USING btree ("building_id","asset_type","name");--> statement-breakpoint
CREATE UNIQUE INDEX "defects_org_external_uq" ON "defects" USING btree ("org_id","external_id");--> statement-breakpoint
CREATE INDEX "defects_building_idx" ON "defects" USING btree ("building_id","status","raised_on") WHERE "defects"."published";--> statement-breakpoint
CREATE UNIQUE INDEX "quotes_org_external_uq" ON "quotes" USING btree ("org_id","external_id");--> statement-breakpoint
CREATE INDEX "quotes_building_idx" ON "quotes" USING btree ("building_id","status") WHERE "quotes"."published";--> statement-breakpoint
CREATE UNIQUE INDEX "tasks_org_external_uq" ON "tasks" USING btree ("org_id","external_id");--> statement-breakpoint
CREATE INDEX "tasks_building_idx" ON "tasks" USING btree ("building_id","kind","due_on");--> statement-breakpoint
CREATE INDEX "outbox_digest_idx" ON "outbox" USING btree ("org_id","run_at") WHERE "outbox"."job" = 'documents.notify';