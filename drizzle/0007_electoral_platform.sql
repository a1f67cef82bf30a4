CREATE TABLE "electoral_commitment" (
	"id" serial PRIMARY KEY NOT NULL,
	"edition_id" integer NOT NULL,
	"theme_id" integer NOT NULL,
	"clientele_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"title" text NOT NULL,
	"rationale" text DEFAULT '' NOT NULL,
	"powers" text DEFAULT '' NOT NULL,
	"cost_level" text NOT NULL,
	"time_frame" text NOT NULL,
	"status" text DEFAULT 'published' NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "electoral_commitment_evidence" (
	"commitment_id" integer NOT NULL,
	"catalogue_item_id" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "electoral_commitment_evidence_commitment_id_catalogue_item_id_pk" PRIMARY KEY("commitment_id","catalogue_item_id")
);
--> statement-breakpoint
CREATE TABLE "electoral_edition" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"election_date" date NOT NULL,
	"is_open" boolean DEFAULT true NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "electoral_edition_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "electoral_platform" (
	"id" serial PRIMARY KEY NOT NULL,
	"edition_id" integer NOT NULL,
	"token_hash" text NOT NULL,
	"owner_user_id" text,
	"municipality_code" char(5) NOT NULL,
	"candidate_name" text DEFAULT '' NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"introduction" text DEFAULT '' NOT NULL,
	"theme_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"clientele_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"first_exported_at" timestamp with time zone,
	"export_count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "electoral_platform_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "electoral_platform_entry" (
	"id" serial PRIMARY KEY NOT NULL,
	"platform_id" integer NOT NULL,
	"position" integer NOT NULL,
	"commitment_id" integer,
	"theme_id" integer,
	"title" text NOT NULL,
	"details" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "electoral_quiz_answer" (
	"attempt_id" uuid NOT NULL,
	"question_id" integer NOT NULL,
	"choice" integer NOT NULL,
	"correct" boolean NOT NULL,
	"answered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "electoral_quiz_answer_attempt_id_question_id_pk" PRIMARY KEY("attempt_id","question_id")
);
--> statement-breakpoint
CREATE TABLE "electoral_quiz_attempt" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"edition_id" integer NOT NULL,
	"question_ids" integer[] NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	"score" integer
);
--> statement-breakpoint
CREATE TABLE "electoral_quiz_question" (
	"id" serial PRIMARY KEY NOT NULL,
	"edition_id" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"prompt" text NOT NULL,
	"choices" jsonb NOT NULL,
	"correct_choice" integer NOT NULL,
	"explanation" text DEFAULT '' NOT NULL,
	"source_label" text DEFAULT '' NOT NULL,
	"source_url" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'published' NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "electoral_term" (
	"id" serial PRIMARY KEY NOT NULL,
	"edition_id" integer NOT NULL,
	"vocabulary" text NOT NULL,
	"slug" text NOT NULL,
	"label" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "electoral_commitment" ADD CONSTRAINT "electoral_commitment_edition_id_electoral_edition_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."electoral_edition"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "electoral_commitment" ADD CONSTRAINT "electoral_commitment_theme_id_electoral_term_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."electoral_term"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "electoral_commitment_evidence" ADD CONSTRAINT "electoral_commitment_evidence_commitment_id_electoral_commitment_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."electoral_commitment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "electoral_commitment_evidence" ADD CONSTRAINT "electoral_commitment_evidence_catalogue_item_id_catalogue_item_id_fk" FOREIGN KEY ("catalogue_item_id") REFERENCES "public"."catalogue_item"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "electoral_platform" ADD CONSTRAINT "electoral_platform_edition_id_electoral_edition_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."electoral_edition"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "electoral_platform" ADD CONSTRAINT "electoral_platform_owner_user_id_auth_user_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "electoral_platform" ADD CONSTRAINT "electoral_platform_municipality_code_municipality_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipality"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "electoral_platform_entry" ADD CONSTRAINT "electoral_platform_entry_platform_id_electoral_platform_id_fk" FOREIGN KEY ("platform_id") REFERENCES "public"."electoral_platform"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "electoral_platform_entry" ADD CONSTRAINT "electoral_platform_entry_commitment_id_electoral_commitment_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."electoral_commitment"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "electoral_platform_entry" ADD CONSTRAINT "electoral_platform_entry_theme_id_electoral_term_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."electoral_term"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "electoral_quiz_answer" ADD CONSTRAINT "electoral_quiz_answer_attempt_id_electoral_quiz_attempt_id_fk" FOREIGN KEY ("attempt_id") REFERENCES "public"."electoral_quiz_attempt"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "electoral_quiz_answer" ADD CONSTRAINT "electoral_quiz_answer_question_id_electoral_quiz_question_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."electoral_quiz_question"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "electoral_quiz_attempt" ADD CONSTRAINT "electoral_quiz_attempt_edition_id_electoral_edition_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."electoral_edition"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "electoral_quiz_question" ADD CONSTRAINT "electoral_quiz_question_edition_id_electoral_edition_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."electoral_edition"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "electoral_term" ADD CONSTRAINT "electoral_term_edition_id_electoral_edition_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."electoral_edition"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "electoral_commitment_edition_idx" ON "electoral_commitment" USING btree ("edition_id","status","theme_id");--> statement-breakpoint
CREATE INDEX "electoral_evidence_item_idx" ON "electoral_commitment_evidence" USING btree ("catalogue_item_id");--> statement-breakpoint
CREATE INDEX "electoral_platform_owner_idx" ON "electoral_platform" USING btree ("owner_user_id");--> statement-breakpoint
CREATE INDEX "electoral_platform_edition_idx" ON "electoral_platform" USING btree ("edition_id","created_at");--> statement-breakpoint
CREATE INDEX "electoral_platform_entry_platform_idx" ON "electoral_platform_entry" USING btree ("platform_id","position");--> statement-breakpoint
CREATE INDEX "electoral_quiz_answer_question_idx" ON "electoral_quiz_answer" USING btree ("question_id");--> statement-breakpoint
CREATE INDEX "electoral_quiz_attempt_edition_idx" ON "electoral_quiz_attempt" USING btree ("edition_id","completed_at");--> statement-breakpoint
CREATE INDEX "electoral_quiz_question_edition_idx" ON "electoral_quiz_question" USING btree ("edition_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "electoral_term_edition_slug_idx" ON "electoral_term" USING btree ("edition_id","vocabulary","slug");