-- Search foundation shared by every module: accent folding, trigram similarity,
-- a French text-search configuration that stems and ignores accents, and one
-- normalisation function for names ("St-Jacques" and "saint jacques" compare equal).
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
DO $$
BEGIN
	IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'fr_unaccent') THEN
		CREATE TEXT SEARCH CONFIGURATION fr_unaccent (COPY = french);
		ALTER TEXT SEARCH CONFIGURATION fr_unaccent
			ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
	END IF;
END
$$;
--> statement-breakpoint
-- unaccent() is only STABLE; naming the dictionary makes the result fixed, so indexes and generated columns may use it.
CREATE OR REPLACE FUNCTION immutable_unaccent(value text) RETURNS text
	LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
	AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, value) $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION search_normalize(value text) RETURNS text
	LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
	AS $$
	SELECT trim(
		regexp_replace(regexp_replace(regexp_replace(regexp_replace(
			regexp_replace(lower(public.immutable_unaccent(value)), '[^a-z0-9]+', ' ', 'g'),
			'\mstes\M', 'saintes', 'g'),
			'\msts\M', 'saints', 'g'),
			'\mste\M', 'sainte', 'g'),
			'\mst\M', 'saint', 'g')
	)
	$$;
