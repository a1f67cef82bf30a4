CREATE TABLE "catalogue_state" (
	"id" integer PRIMARY KEY NOT NULL,
	"version" bigint NOT NULL
);
--> statement-breakpoint
-- The version starts at a random number so that a database rebuilt from scratch never repeats the
-- version of the one it replaces while a long-running process still holds a cache of it.
INSERT INTO "catalogue_state" ("id", "version") VALUES (1, floor(random() * 1000000000)::bigint);--> statement-breakpoint
-- A statement trigger, not a row trigger: an import of a thousand rows bumps the version once per
-- statement. The update takes the row lock, so the new version becomes visible with the change itself.
CREATE FUNCTION "catalogue_bump_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE "catalogue_state" SET "version" = "version" + 1 WHERE "id" = 1;
	RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "catalogue_item_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "catalogue_item" FOR EACH STATEMENT EXECUTE FUNCTION "catalogue_bump_version"();--> statement-breakpoint
CREATE TRIGGER "catalogue_term_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "catalogue_term" FOR EACH STATEMENT EXECUTE FUNCTION "catalogue_bump_version"();
