ALTER TABLE "invitations" DROP CONSTRAINT "invitations_token_hash_unique";--> statement-breakpoint
DROP INDEX "invitations_delivery_idx";--> statement-breakpoint
DROP INDEX "outbox_org_idx";--> statement-breakpoint
DROP INDEX "invitations_template_idx";--> statement-breakpoint
CREATE UNIQUE INDEX "invitations_token_hash_uq" ON "invitations" USING btree ("token_hash") WHERE "invitations"."token_hash" is not null;--> statement-breakpoint
CREATE INDEX "invitations_failed_idx" ON "invitations" USING btree ("org_id") WHERE "invitations"."delivery_state" = 'failed';--> statement-breakpoint
CREATE INDEX "invitations_template_idx" ON "invitations" USING btree ("template_id") WHERE "invitations"."template_id" is not null;