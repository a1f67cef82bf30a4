CREATE TABLE "platform_setting" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "borough" (
	"id" serial PRIMARY KEY NOT NULL,
	"municipality_code" char(5) NOT NULL,
	"name" text NOT NULL,
	"population" integer,
	"is_demo" boolean DEFAULT false NOT NULL,
	"name_search" text GENERATED ALWAYS AS (search_normalize(name)) STORED NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "municipality" (
	"code" char(5) PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"designation_code" char(2) NOT NULL,
	"region_code" char(2) NOT NULL,
	"territory_code" text NOT NULL,
	"population" integer NOT NULL,
	"area_km2" double precision,
	"constituted_on" date,
	"website" text,
	"latitude" double precision,
	"longitude" double precision,
	"name_search" text GENERATED ALWAYS AS (search_normalize(name)) STORED NOT NULL
);
--> statement-breakpoint
CREATE TABLE "population_class" (
	"id" serial PRIMARY KEY NOT NULL,
	"min_population" integer NOT NULL,
	"max_population" integer,
	"sort_order" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "region" (
	"code" char(2) PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_search" text GENERATED ALWAYS AS (search_normalize(name)) STORED,
	"geometry" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "territory" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"mamh_code" char(3),
	"region_code" char(2) NOT NULL,
	"name_search" text GENERATED ALWAYS AS (search_normalize(name)) STORED,
	"geometry" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "borough" ADD CONSTRAINT "borough_municipality_code_municipality_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipality"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipality" ADD CONSTRAINT "municipality_region_code_region_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."region"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipality" ADD CONSTRAINT "municipality_territory_code_territory_code_fk" FOREIGN KEY ("territory_code") REFERENCES "public"."territory"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "territory" ADD CONSTRAINT "territory_region_code_region_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."region"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "borough_municipality_name_idx" ON "borough" USING btree ("municipality_code","name_search");--> statement-breakpoint
CREATE INDEX "municipality_region_idx" ON "municipality" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "municipality_territory_idx" ON "municipality" USING btree ("territory_code");--> statement-breakpoint
CREATE INDEX "municipality_population_idx" ON "municipality" USING btree ("population");--> statement-breakpoint
CREATE INDEX "municipality_name_trgm_idx" ON "municipality" USING gin ("name_search" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "territory_region_idx" ON "territory" USING btree ("region_code");