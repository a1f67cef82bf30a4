-- The bank's search keeps the region names and population classes with its snapshot of the items:
-- a change to either bumps the bank's version as a change to items or terms does (see 0006).
CREATE TRIGGER "region_catalogue_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "region" FOR EACH STATEMENT EXECUTE FUNCTION "catalogue_bump_version"();--> statement-breakpoint
CREATE TRIGGER "population_class_catalogue_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "population_class" FOR EACH STATEMENT EXECUTE FUNCTION "catalogue_bump_version"();
