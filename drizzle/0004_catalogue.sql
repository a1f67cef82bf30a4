CREATE TABLE "analytics_counter" (
	"day" date NOT NULL,
	"scope" text NOT NULL,
	"name" text NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "analytics_counter_day_scope_name_pk" PRIMARY KEY("day","scope","name")
);
--> statement-breakpoint
CREATE TABLE "analytics_salt" (
	"day" date PRIMARY KEY NOT NULL,
	"salt" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "analytics_visitor_day" (
	"day" date NOT NULL,
	"scope" text NOT NULL,
	"visitor" text NOT NULL,
	CONSTRAINT "analytics_visitor_day_day_scope_visitor_pk" PRIMARY KEY("day","scope","visitor")
);
--> statement-breakpoint
CREATE TABLE "catalogue_import" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"actor_id" text,
	"file_name" text NOT NULL,
	"headers" text[] NOT NULL,
	"rows" jsonb NOT NULL,
	"mapping" jsonb,
	"status" text DEFAULT 'uploaded' NOT NULL,
	"report" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"imported_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "catalogue_item" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"municipality_code" char(5),
	"territory_code" text,
	"region_code" char(2),
	"population" integer,
	"theme_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"clientele_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"policy_type_id" integer,
	"year" integer,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"policy_title" text,
	"adoption_year" integer,
	"plan_start_year" integer,
	"plan_end_year" integer,
	"progress" text,
	"partners" text,
	"results" text,
	"award_category" text,
	"award_year" integer,
	"funder" text,
	"objectives" text,
	"eligible_applicants" text,
	"amounts" text,
	"amount_tiers" jsonb,
	"opens_on" date,
	"closes_on" date,
	"guide_url" text,
	"form_url" text,
	"tool_type_id" integer,
	"process_step" text,
	"file_url" text,
	"facet_text" text DEFAULT '' NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('fr_unaccent'::regconfig, title), 'A') || setweight(to_tsvector('fr_unaccent'::regconfig, facet_text), 'B') || setweight(to_tsvector('fr_unaccent'::regconfig, description || ' ' || coalesce(policy_title, '') || ' ' || coalesce(partners, '') || ' ' || coalesce(funder, '') || ' ' || coalesce(award_category, '')), 'C') || setweight(to_tsvector('fr_unaccent'::regconfig, coalesce(results, '') || ' ' || coalesce(objectives, '') || ' ' || coalesce(eligible_applicants, '') || ' ' || coalesce(process_step, '')), 'D')) STORED NOT NULL,
	"title_search" text GENERATED ALWAYS AS (search_normalize(title)) STORED NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"contributor_organisation_id" uuid,
	"contributor_user_id" text,
	"review_status" text,
	"review_note" text,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "catalogue_list" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalogue_list_entry" (
	"list_id" uuid NOT NULL,
	"item_id" integer NOT NULL,
	"position" integer NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalogue_revision" (
	"id" serial PRIMARY KEY NOT NULL,
	"item_id" integer NOT NULL,
	"version" integer NOT NULL,
	"actor_id" text,
	"changed_fields" text[] NOT NULL,
	"snapshot" jsonb NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalogue_term" (
	"id" serial PRIMARY KEY NOT NULL,
	"vocabulary" text NOT NULL,
	"slug" text NOT NULL,
	"label" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"retired_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "catalogue_word" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
ALTER TABLE "catalogue_import" ADD CONSTRAINT "catalogue_import_actor_id_auth_user_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_item" ADD CONSTRAINT "catalogue_item_municipality_code_municipality_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipality"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_item" ADD CONSTRAINT "catalogue_item_territory_code_territory_code_fk" FOREIGN KEY ("territory_code") REFERENCES "public"."territory"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_item" ADD CONSTRAINT "catalogue_item_region_code_region_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."region"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_item" ADD CONSTRAINT "catalogue_item_policy_type_id_catalogue_term_id_fk" FOREIGN KEY ("policy_type_id") REFERENCES "public"."catalogue_term"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_item" ADD CONSTRAINT "catalogue_item_tool_type_id_catalogue_term_id_fk" FOREIGN KEY ("tool_type_id") REFERENCES "public"."catalogue_term"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_item" ADD CONSTRAINT "catalogue_item_contributor_organisation_id_organisation_id_fk" FOREIGN KEY ("contributor_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_item" ADD CONSTRAINT "catalogue_item_contributor_user_id_auth_user_id_fk" FOREIGN KEY ("contributor_user_id") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_item" ADD CONSTRAINT "catalogue_item_reviewed_by_auth_user_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_list" ADD CONSTRAINT "catalogue_list_owner_id_auth_user_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."auth_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_list_entry" ADD CONSTRAINT "catalogue_list_entry_list_id_catalogue_list_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."catalogue_list"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_list_entry" ADD CONSTRAINT "catalogue_list_entry_item_id_catalogue_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."catalogue_item"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_revision" ADD CONSTRAINT "catalogue_revision_item_id_catalogue_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."catalogue_item"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "catalogue_import_actor_idx" ON "catalogue_import" USING btree ("actor_id","created_at");--> statement-breakpoint
CREATE INDEX "catalogue_item_search_idx" ON "catalogue_item" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "catalogue_item_status_kind_idx" ON "catalogue_item" USING btree ("status","kind");--> statement-breakpoint
CREATE INDEX "catalogue_item_themes_idx" ON "catalogue_item" USING gin ("theme_ids");--> statement-breakpoint
CREATE INDEX "catalogue_item_clienteles_idx" ON "catalogue_item" USING gin ("clientele_ids");--> statement-breakpoint
CREATE INDEX "catalogue_item_municipality_idx" ON "catalogue_item" USING btree ("municipality_code");--> statement-breakpoint
CREATE INDEX "catalogue_item_title_trgm_idx" ON "catalogue_item" USING gin ("title_search" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "catalogue_item_review_idx" ON "catalogue_item" USING btree ("review_status") WHERE review_status is not null;--> statement-breakpoint
CREATE INDEX "catalogue_item_contributor_idx" ON "catalogue_item" USING btree ("contributor_organisation_id");--> statement-breakpoint
CREATE INDEX "catalogue_list_owner_idx" ON "catalogue_list" USING btree ("owner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "catalogue_list_entry_item_idx" ON "catalogue_list_entry" USING btree ("list_id","item_id");--> statement-breakpoint
CREATE INDEX "catalogue_list_entry_position_idx" ON "catalogue_list_entry" USING btree ("list_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "catalogue_revision_item_version_idx" ON "catalogue_revision" USING btree ("item_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "catalogue_term_vocabulary_slug_idx" ON "catalogue_term" USING btree ("vocabulary","slug");--> statement-breakpoint
CREATE INDEX "catalogue_word_trgm_idx" ON "catalogue_word" USING gin ("word" gin_trgm_ops);