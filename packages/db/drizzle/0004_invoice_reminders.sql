CREATE TYPE "public"."invoice_reminder_stage" AS ENUM('due_soon', 'overdue');--> statement-breakpoint
CREATE TABLE "invoice_reminders" (
	"document_id" uuid NOT NULL,
	"stage" "invoice_reminder_stage" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invoice_reminders_document_id_stage_pk" PRIMARY KEY("document_id","stage")
);
--> statement-breakpoint
ALTER TABLE "invoice_reminders" ADD CONSTRAINT "invoice_reminders_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;