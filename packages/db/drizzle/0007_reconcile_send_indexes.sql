CREATE INDEX "invitations_in_flight_idx" ON "invitations" USING btree ("delivery_state","created_at","id") WHERE "invitations"."delivery_state" = 'sending' or ("invitations"."delivery_state" = 'queued' and "invitations"."status" = 'pending');--> statement-breakpoint
CREATE INDEX "outbox_invitation_send_idx" ON "outbox" USING btree (("payload"->>'invitationId')) WHERE "outbox"."job" = 'invitation.send';--> statement-breakpoint
-- The planner ignores statistics of a partial index's expression: without these it takes any
-- invitation id for 0.5% of the outbox, and a page of the send reconcile for a costly (JIT) plan.
CREATE STATISTICS "outbox_invitation_id_stats" ON (("payload"->>'invitationId')) FROM "outbox";
