-- Facet counting reads these columns of every published item: a covering index lets PostgreSQL
-- read them from the index alone (an index-only scan) instead of the wide rows with their texts
-- and search vectors; measured, it halves the counting time of a search without text.
CREATE INDEX IF NOT EXISTS "catalogue_item_facets_idx" ON "catalogue_item" USING btree ("status") INCLUDE ("id", "kind", "theme_ids", "clientele_ids", "policy_type_id", "region_code", "year", "population");
