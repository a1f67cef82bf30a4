-- Every named place of the territory in one relation, so that one query searches regions, MRC and
-- municipalities alike (the site-wide search today, the catalogue's place-name matching later).
CREATE VIEW place AS
	SELECT 'region'::text AS kind, r.code::text AS code, r.name, r.code::text AS region_code, r.name AS region_name,
		r.name_search, NULL::integer AS population
	FROM region r
	UNION ALL
	SELECT 'territory', t.code, t.name, t.region_code::text, r.name, t.name_search, NULL
	FROM territory t JOIN region r ON r.code = t.region_code
	UNION ALL
	SELECT 'municipality', m.code::text, m.name, m.region_code::text, r.name, m.name_search, m.population
	FROM municipality m JOIN region r ON r.code = m.region_code;
