import { sql } from 'drizzle-orm';
import { beforeAll, expect, test } from 'vitest';
import { describeOnEachDatabase } from '../../db/test-databases';
import { selectRows } from '../../db/types';
import { emptyCatalogueQuery, parseCatalogueQuery, type CatalogueQuery } from './query';
import { searchCatalogue } from './search';
import { insertItems, type NewItem } from './store';
import { loadTerms, type TermIndex } from './terms';
import type { Vocabulary } from './taxonomy-seed';

const LEVIS = '25213';
const RIMOUSKI = '10043';
const BATISCAN = '37210';
const SAINT_HYACINTHE = '54048';
const GRANBY = '47017';
/** A village of Mauricie of Batiscan's size, whose peers a « comme la mienne » search ranks first. */
const SAINT_LUC_DE_VINCENNES = '37225';

function fixtures(terms: TermIndex): Record<string, NewItem> {
	const ids = (vocabulary: Vocabulary, ...slugs: string[]) => slugs.map((slug) => terms.bySlug(vocabulary, slug)!.id);
	const policy = (slug: string) => ids('policy_type', slug)[0];
	const published = { status: 'published' as const };
	return {
		levisTransport: {
			...published, kind: 'mesure', title: 'Bonifier le service de transport adapté pour les personnes aînées',
			description: 'Augmenter le nombre de déplacements offerts en soirée et la fin de semaine.',
			municipalityCode: LEVIS, themeIds: ids('theme', 'transport'), clienteleIds: ids('clientele', 'aines'), policyTypeId: policy('mada'), year: 2021
		},
		rimouskiLibrary: {
			...published, kind: 'mesure', title: 'Prolonger les heures d’ouverture de la bibliothèque municipale',
			description: 'Ouvrir la bibliothèque le dimanche pour les familles.',
			municipalityCode: RIMOUSKI, themeIds: ids('theme', 'culture'), clienteleIds: ids('clientele', 'familles'), policyTypeId: policy('pfm'), year: 2019
		},
		batiscanPark: {
			...published, kind: 'mesure', title: 'Aménager un parc intergénérationnel au cœur du village',
			description: 'Des modules de jeu et des bancs pour que petits et grands se rencontrent.',
			municipalityCode: BATISCAN, themeIds: ids('theme', 'loisir', 'amenagement'), clienteleIds: ids('clientele', 'aines', 'familles'), policyTypeId: policy('pfm-mada'), year: 2022
		},
		hyacintheShuttle: {
			...published, kind: 'mesure', title: 'Offrir des navettes gratuites vers les commerces',
			description: 'Une navette hebdomadaire relie les résidences pour aînés aux commerces du centre-ville pour faciliter la mobilité.',
			municipalityCode: SAINT_HYACINTHE, themeIds: ids('theme', 'transport'), clienteleIds: ids('clientele', 'aines'), policyTypeId: policy('mada'), year: 2023
		},
		granbyCamp: {
			...published, kind: 'mesure', title: 'Offrir un camp de jour adapté',
			description: 'Un accompagnateur formé permet aux enfants en situation de handicap de participer au camp de jour.',
			municipalityCode: GRANBY, themeIds: ids('theme', 'loisir'), clienteleIds: ids('clientele', 'enfants', 'personnes-handicapees'), policyTypeId: policy('pfm'), year: 2020
		},
		transitProgramme: {
			...published, kind: 'programme', title: 'Programme d’aide au transport collectif régional',
			description: 'Soutient les MRC qui organisent un service de transport collectif.',
			funder: 'Ministère des Transports', themeIds: ids('theme', 'transport'), clienteleIds: ids('clientele', 'population'), year: 2024
		},
		madaGuide: {
			...published, kind: 'outil', title: 'Guide de la démarche Municipalité amie des aînés',
			description: 'Les étapes de la démarche, du comité de pilotage au plan d’action.',
			toolTypeId: ids('tool_type', 'guide')[0], policyTypeId: policy('mada'), themeIds: ids('theme', 'administration'), clienteleIds: ids('clientele', 'aines'), year: 2020
		},
		levisFestival: {
			...published, kind: 'initiative', title: 'Festival des familles sur le bord du fleuve',
			description: 'Une journée de jeux et de spectacles gratuits organisée avec les organismes du quartier.',
			partners: 'Maison de la famille', municipalityCode: LEVIS, themeIds: ids('theme', 'culture', 'loisir'), clienteleIds: ids('clientele', 'familles'), year: 2018
		},
		draft: {
			kind: 'mesure', status: 'draft', title: 'Mesure en brouillon sur le transport des aînés',
			description: 'Ne doit jamais paraître.', municipalityCode: LEVIS, themeIds: ids('theme', 'transport'), clienteleIds: ids('clientele', 'aines'), year: 2025
		}
	};
}

describeOnEachDatabase('catalogue search', (context) => {
	const idOf: Record<string, number> = {};
	const titles = (items: { id: number }[]) => items.map((item) => Object.entries(idOf).find(([, id]) => id === item.id)?.[0]);
	const search = (changes: Partial<CatalogueQuery>) => searchCatalogue(context.db, emptyCatalogueQuery(changes));

	beforeAll(async () => {
		const rows = fixtures(await loadTerms(context.db));
		const ids = await insertItems(context.db, Object.values(rows));
		Object.keys(rows).forEach((key, index) => (idOf[key] = ids[index]));
	});

	test.each(['transport aines', 'aînés transports', 'Transport des aînés'])('« %s » finds the measures on transport for seniors first', async (text) => {
		const result = await search({ text });
		expect(titles(result.items).slice(0, 2).sort()).toEqual(['hyacintheShuttle', 'levisTransport']);
		expect(titles(result.items)).not.toContain('draft');
	});

	test('a misspelt word is corrected and reported (« trasnport »)', async () => {
		const result = await search({ text: 'trasnport' });
		expect(result.corrections).toContainEqual({ from: 'trasnport', to: expect.stringMatching(/^transport/) });
		expect(titles(result.items)).toEqual(expect.arrayContaining(['levisTransport', 'hyacintheShuttle', 'transitProgramme']));
		expect(titles(result.items)[0]).not.toBe('madaGuide');
	});

	test('free text matches place names and taxonomy labels', async () => {
		expect(titles((await search({ text: 'Lévis' })).items).sort()).toEqual(['levisFestival', 'levisTransport']);
		expect(titles((await search({ text: 'montérégie' })).items)).toEqual(['hyacintheShuttle']);
		expect(titles((await search({ text: 'situation de handicap' })).items)).toEqual(['granbyCamp']);
		expect(titles((await search({ text: 'subvention' })).items)).toEqual(['transitProgramme']);
	});

	test('the last word matches as a prefix while it is being typed', async () => {
		expect(titles((await search({ text: 'biblioth' })).items)).toEqual(['rimouskiLibrary']);
	});

	test('words found in no item together fall back to items holding any of them', async () => {
		const result = await search({ text: 'bibliothèque navettes' });
		expect(result.relaxed).toBe(true);
		expect(titles(result.items).sort()).toEqual(['hyacintheShuttle', 'rimouskiLibrary']);
	});

	test('OR inside a facet, AND across facets, and a facet counted without its own filter', async () => {
		const themes = await search({ themes: ['transport', 'culture'] });
		expect(titles(themes.items).sort()).toEqual(['hyacintheShuttle', 'levisFestival', 'levisTransport', 'rimouskiLibrary', 'transitProgramme']);
		const both = await search({ themes: ['transport', 'culture'], clienteles: ['aines'] });
		expect(titles(both.items).sort()).toEqual(['hyacintheShuttle', 'levisTransport']);
		const themeFacet = Object.fromEntries(both.facets.themes.map((entry) => [entry.value, entry]));
		expect(themeFacet.transport).toMatchObject({ count: 2, selected: true });
		expect(themeFacet.loisir).toMatchObject({ count: 1, selected: false });
		expect(themeFacet.culture).toMatchObject({ count: 0, selected: true });
		expect(Object.fromEntries(both.facets.kinds.map((entry) => [entry.value, entry.count]))).toEqual({ mesure: 2 });
	});

	test('facet counts equal the number of matching rows', async () => {
		const base = { clienteles: ['aines'] };
		const result = await search(base);
		for (const entry of result.facets.themes) {
			const withValue = await search({ ...base, themes: [entry.value] });
			expect(withValue.total, entry.value).toBe(entry.count);
		}
		for (const entry of result.facets.regions) {
			const withValue = await search({ ...base, regions: [entry.value] });
			expect(withValue.total, entry.value).toBe(entry.count);
		}
		const [{ published }] = await selectRows<{ published: number }>(
			context.db,
			sql`select count(*)::int as published from catalogue_item where status = 'published' and clientele_ids && array[(select id from catalogue_term where vocabulary = 'clientele' and slug = 'aines')]`
		);
		expect(result.total).toBe(published);
	});

	test('region, population class and year facets', async () => {
		const montérégie = await search({ regions: ['16'] });
		expect(titles(montérégie.items)).toEqual(['hyacintheShuttle']);
		const classes = await search({});
		const smallest = classes.facets.populationClasses[0];
		expect(smallest.count).toBe(1);
		expect(titles((await search({ populationClasses: [Number(smallest.value)] })).items)).toEqual(['batiscanPark']);
		expect(titles((await search({ years: [2020] })).items).sort()).toEqual(['granbyCamp', 'madaGuide']);
	});

	test('unknown facet values are reported and ignored; a page past the end shows the last page', async () => {
		const { query } = parseCatalogueQuery(new URLSearchParams('theme=inexistant&region=99&page=40'));
		const result = await searchCatalogue(context.db, query);
		expect(result.problems).toEqual(
			expect.arrayContaining([
				{ field: 'theme', code: 'unknown', value: 'inexistant' },
				{ field: 'region', code: 'unknown', value: '99' },
				{ field: 'page', code: 'past_last_page', value: '40' }
			])
		);
		expect(result.total).toBe(8);
		expect(result.query.page).toBe(1);
	});

	test('« comme la mienne » ranks items of municipalities of the same size and region first', async () => {
		const result = await search({ like: SAINT_LUC_DE_VINCENNES });
		expect(result.like).toMatchObject({ code: SAINT_LUC_DE_VINCENNES, regionCode: '04' });
		expect(titles(result.items)[0]).toBe('batiscanPark');
	});

	test('sorts by title and by year', async () => {
		const byTitle = await search({ sort: 'titre' });
		expect(titles(byTitle.items)[0]).toBe('batiscanPark');
		const recent = await search({ sort: 'recent' });
		expect(titles(recent.items)[0]).toBe('transitProgramme');
	});

	test('excerpts mark the words that matched', async () => {
		const result = await search({ text: 'navette' });
		expect(result.items[0].excerpt).toContain('\uE000navette\uE001');
	});
});
