CREATE TABLE "accompaniment_member" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"region_code" char(2) NOT NULL,
	"user_id" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"end_on" date,
	"demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "board_mandate" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seat_id" integer NOT NULL,
	"person_name" text NOT NULL,
	"affiliation" text,
	"role" text DEFAULT 'administration' NOT NULL,
	"organisation_id" uuid,
	"start_on" date NOT NULL,
	"end_on" date
);
--> statement-breakpoint
CREATE TABLE "board_seat" (
	"id" serial PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"representation" text NOT NULL,
	"population_class_id" integer,
	"delegation" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "committee" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"description" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"start_on" date,
	"end_on" date,
	"demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "committee_member" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"committee_id" uuid NOT NULL,
	"person_name" text NOT NULL,
	"affiliation" text,
	"role" text,
	"organisation_id" uuid,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dues_rate" (
	"id" serial PRIMARY KEY NOT NULL,
	"fiscal_year" integer NOT NULL,
	"member_type" text NOT NULL,
	"population_class_id" integer,
	"amount_cents" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dues_rate_key" UNIQUE NULLS NOT DISTINCT("fiscal_year","member_type","population_class_id"),
	CONSTRAINT "dues_rate_amount_check" CHECK ("dues_rate"."amount_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "invoice" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"fiscal_year" integer NOT NULL,
	"sequence" integer NOT NULL,
	"organisation_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"billed_name" text NOT NULL,
	"description" text NOT NULL,
	"amount_cents" integer NOT NULL,
	"issued_on" date NOT NULL,
	"due_on" date NOT NULL,
	"voided_at" timestamp with time zone,
	"void_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invoice_number_unique" UNIQUE("number"),
	CONSTRAINT "invoice_year_sequence_key" UNIQUE("fiscal_year","sequence"),
	CONSTRAINT "invoice_amount_check" CHECK ("invoice"."amount_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "invoice_counter" (
	"fiscal_year" integer PRIMARY KEY NOT NULL,
	"last_sequence" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "membership" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"joined_on" date NOT NULL,
	"left_on" date,
	"left_reason" text,
	"source" text NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "membership_application" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"organisation_name" text NOT NULL,
	"municipality_code" char(5),
	"borough_id" integer,
	"territory_code" text,
	"contact_name" text NOT NULL,
	"contact_email" text NOT NULL,
	"contact_phone" text,
	"contact_title" text,
	"message" text,
	"resolution_file_name" text,
	"resolution_content_type" text,
	"resolution_file" "bytea",
	"status" text DEFAULT 'pending' NOT NULL,
	"decision_reason" text,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"organisation_id" uuid,
	"user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "membership_period" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"fiscal_year" integer NOT NULL,
	"exempt" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "membership_period_org_year_key" UNIQUE("organisation_id","fiscal_year")
);
--> statement-breakpoint
CREATE TABLE "membership_reminder" (
	"organisation_id" uuid NOT NULL,
	"fiscal_year" integer NOT NULL,
	"kind" text NOT NULL,
	"queued_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "membership_reminder_organisation_id_fiscal_year_kind_pk" PRIMARY KEY("organisation_id","fiscal_year","kind")
);
--> statement-breakpoint
CREATE TABLE "payment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"invoice_id" uuid NOT NULL,
	"received_on" date NOT NULL,
	"amount_cents" integer NOT NULL,
	"method" text NOT NULL,
	"reference" text,
	"note" text,
	"recorded_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payment_amount_check" CHECK ("payment"."amount_cents" > 0)
);
--> statement-breakpoint
CREATE TABLE "seal_campaign_participation" (
	"organisation_id" uuid NOT NULL,
	"campaign_year" integer NOT NULL,
	"opted_in_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recipient_name" text NOT NULL,
	"address_line1" text NOT NULL,
	"address_line2" text,
	"city" text NOT NULL,
	"postal_code" text NOT NULL,
	"sticker_count" integer DEFAULT 10 NOT NULL,
	"note" text,
	"shipped_at" timestamp with time zone,
	"shipped_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "seal_campaign_participation_organisation_id_campaign_year_pk" PRIMARY KEY("organisation_id","campaign_year")
);
--> statement-breakpoint
CREATE TABLE "staff_member" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"job_title" text NOT NULL,
	"team" text NOT NULL,
	"user_id" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"start_on" date,
	"end_on" date,
	"demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"strategy_area_code" text NOT NULL,
	"objectives" text,
	"achievements" text,
	"results" text,
	"period_start" date NOT NULL,
	"period_end" date,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_impact_level" (
	"activity_id" uuid NOT NULL,
	"level_code" text NOT NULL,
	CONSTRAINT "activity_impact_level_activity_id_level_code_pk" PRIMARY KEY("activity_id","level_code")
);
--> statement-breakpoint
CREATE TABLE "annual_report" (
	"fiscal_year" integer PRIMARY KEY NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"foreword" text,
	"published_at" timestamp with time zone,
	"published_by" text,
	"published_figures" jsonb,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "change_model_element" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	"sort_order" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "impact_level" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"sort_order" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "impact_outcome" (
	"level_code" text NOT NULL,
	"audience" text NOT NULL,
	"text" text NOT NULL,
	CONSTRAINT "impact_outcome_level_code_audience_pk" PRIMARY KEY("level_code","audience")
);
--> statement-breakpoint
CREATE TABLE "indicator" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"activity_id" uuid,
	"strategy_area_code" text,
	"fiscal_year" integer NOT NULL,
	"label" text NOT NULL,
	"stat_key" text,
	"value" numeric,
	"unit" text,
	"measured_on" date,
	"source_note" text,
	"sum_of" jsonb,
	"same_as" text,
	"retired_at" timestamp with time zone,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_value_or_stat_check" CHECK ("indicator"."stat_key" is not null or "indicator"."value" is not null)
);
--> statement-breakpoint
CREATE TABLE "representation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" text NOT NULL,
	"title" text NOT NULL,
	"host" text,
	"description" text,
	"partners" text,
	"start_on" date NOT NULL,
	"end_on" date,
	"url" text,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strategy_area" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"definition" text NOT NULL,
	"sort_order" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "accompaniment_member" ADD CONSTRAINT "accompaniment_member_region_code_region_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."region"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accompaniment_member" ADD CONSTRAINT "accompaniment_member_user_id_auth_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_mandate" ADD CONSTRAINT "board_mandate_seat_id_board_seat_id_fk" FOREIGN KEY ("seat_id") REFERENCES "public"."board_seat"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_mandate" ADD CONSTRAINT "board_mandate_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_seat" ADD CONSTRAINT "board_seat_population_class_id_population_class_id_fk" FOREIGN KEY ("population_class_id") REFERENCES "public"."population_class"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_member" ADD CONSTRAINT "committee_member_committee_id_committee_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committee"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_member" ADD CONSTRAINT "committee_member_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dues_rate" ADD CONSTRAINT "dues_rate_population_class_id_population_class_id_fk" FOREIGN KEY ("population_class_id") REFERENCES "public"."population_class"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice" ADD CONSTRAINT "invoice_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice" ADD CONSTRAINT "invoice_period_id_membership_period_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."membership_period"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership" ADD CONSTRAINT "membership_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_application" ADD CONSTRAINT "membership_application_municipality_code_municipality_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipality"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_application" ADD CONSTRAINT "membership_application_borough_id_borough_id_fk" FOREIGN KEY ("borough_id") REFERENCES "public"."borough"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_application" ADD CONSTRAINT "membership_application_territory_code_territory_code_fk" FOREIGN KEY ("territory_code") REFERENCES "public"."territory"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_application" ADD CONSTRAINT "membership_application_decided_by_auth_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_application" ADD CONSTRAINT "membership_application_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_application" ADD CONSTRAINT "membership_application_user_id_auth_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_period" ADD CONSTRAINT "membership_period_organisation_id_membership_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."membership"("organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_reminder" ADD CONSTRAINT "membership_reminder_organisation_id_membership_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."membership"("organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment" ADD CONSTRAINT "payment_invoice_id_invoice_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoice"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment" ADD CONSTRAINT "payment_recorded_by_auth_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seal_campaign_participation" ADD CONSTRAINT "seal_campaign_participation_organisation_id_membership_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."membership"("organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seal_campaign_participation" ADD CONSTRAINT "seal_campaign_participation_shipped_by_auth_user_id_fk" FOREIGN KEY ("shipped_by") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_member" ADD CONSTRAINT "staff_member_user_id_auth_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity" ADD CONSTRAINT "activity_strategy_area_code_strategy_area_code_fk" FOREIGN KEY ("strategy_area_code") REFERENCES "public"."strategy_area"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_impact_level" ADD CONSTRAINT "activity_impact_level_activity_id_activity_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activity"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_impact_level" ADD CONSTRAINT "activity_impact_level_level_code_impact_level_code_fk" FOREIGN KEY ("level_code") REFERENCES "public"."impact_level"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_report" ADD CONSTRAINT "annual_report_published_by_auth_user_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impact_outcome" ADD CONSTRAINT "impact_outcome_level_code_impact_level_code_fk" FOREIGN KEY ("level_code") REFERENCES "public"."impact_level"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_activity_id_activity_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activity"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_strategy_area_code_strategy_area_code_fk" FOREIGN KEY ("strategy_area_code") REFERENCES "public"."strategy_area"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "accompaniment_member_name_region_idx" ON "accompaniment_member" USING btree ("name","region_code");--> statement-breakpoint
CREATE INDEX "board_mandate_seat_idx" ON "board_mandate" USING btree ("seat_id");--> statement-breakpoint
CREATE INDEX "committee_member_committee_idx" ON "committee_member" USING btree ("committee_id");--> statement-breakpoint
CREATE UNIQUE INDEX "invoice_period_active_idx" ON "invoice" USING btree ("period_id") WHERE voided_at is null;--> statement-breakpoint
CREATE INDEX "invoice_organisation_idx" ON "invoice" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "membership_application_status_idx" ON "membership_application" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "membership_period_year_idx" ON "membership_period" USING btree ("fiscal_year");--> statement-breakpoint
CREATE INDEX "payment_invoice_idx" ON "payment" USING btree ("invoice_id");--> statement-breakpoint
CREATE INDEX "activity_period_idx" ON "activity" USING btree ("period_start");--> statement-breakpoint
CREATE INDEX "activity_area_idx" ON "activity" USING btree ("strategy_area_code");--> statement-breakpoint
CREATE INDEX "indicator_year_idx" ON "indicator" USING btree ("fiscal_year");--> statement-breakpoint
CREATE INDEX "indicator_activity_idx" ON "indicator" USING btree ("activity_id");--> statement-breakpoint
CREATE INDEX "representation_start_idx" ON "representation" USING btree ("start_on");