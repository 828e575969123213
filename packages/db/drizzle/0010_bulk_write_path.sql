ALTER TABLE "invitation_events" DROP CONSTRAINT "invitation_events_org_id_organizations_id_fk";
--> statement-breakpoint
ALTER TABLE "invitation_events" DROP CONSTRAINT "invitation_events_invitation_id_invitations_id_fk";
--> statement-breakpoint
ALTER TABLE "invitations" DROP CONSTRAINT "invitations_org_id_organizations_id_fk";
--> statement-breakpoint
ALTER TABLE "invitations" DROP CONSTRAINT "invitations_batch_id_invitation_batches_id_fk";
--> statement-breakpoint
ALTER TABLE "invitations" DROP CONSTRAINT "invitations_created_by_office_users_id_fk";
--> statement-breakpoint
ALTER TABLE "outbox" DROP CONSTRAINT "outbox_org_id_organizations_id_fk";
--> statement-breakpoint
DROP INDEX "contacts_org_status_idx";--> statement-breakpoint
DROP INDEX "invitations_created_by_idx";--> statement-breakpoint
ALTER TABLE "invitation_events" ALTER COLUMN "id" SET DEFAULT time_ordered_uuid();--> statement-breakpoint
ALTER TABLE "invitations" ALTER COLUMN "id" SET DEFAULT time_ordered_uuid();--> statement-breakpoint
CREATE INDEX "contacts_org_suspended_idx" ON "contacts" USING btree ("org_id") WHERE "contacts"."suspended";