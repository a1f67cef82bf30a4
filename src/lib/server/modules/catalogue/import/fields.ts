/** The item fields an action plan's columns can fill, in the order the mapping form shows them. */
export const IMPORT_FIELDS = [
	'title',
	'description',
	'themes',
	'clienteles',
	'year',
	'policyTitle',
	'adoptionYear',
	'planStartYear',
	'planEndYear',
	'progress',
	'links'
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export type ColumnMapping = Partial<Record<ImportField, number>>;

/** Lower case, without accents, apostrophes, « (s) » or punctuation: « Thème(s) » and « theme » compare equal. */
export function foldText(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/\(s\)/g, '')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

/** Headers seen in municipal action plans, folded, for each field; the first field listed wins a tie. */
const HEADER_NAMES: Record<ImportField, string[]> = {
	title: ['titre', 'mesure', 'mesures', 'action', 'actions', 'intitule', 'libelle', 'nom', 'titre de la mesure', 'nom de la mesure', 'titre de l action'],
	description: ['description', 'descriptif', 'details', 'detail', 'moyens', 'moyen', 'precisions', 'description de la mesure', 'description de l action'],
	themes: ['theme', 'themes', 'champ d intervention', 'champs d intervention', 'champ d action', 'champs d action', 'axe', 'axes', 'domaine', 'domaines', 'secteur'],
	clienteles: ['clientele', 'clienteles', 'clientele visee', 'clienteles visees', 'clientele cible', 'public cible', 'publics cibles', 'population visee', 'groupe cible', 'groupes cibles'],
	year: ['annee', 'an', 'annee de realisation', 'echeance', 'echeancier'],
	policyTitle: ['politique', 'titre de la politique', 'nom de la politique'],
	adoptionYear: ['annee d adoption', 'adoption', 'adoptee en'],
	planStartYear: ['debut', 'annee de debut', 'debut du plan'],
	planEndYear: ['fin', 'annee de fin', 'fin du plan'],
	progress: ['etat', 'avancement', 'etat d avancement', 'statut', 'realisation', 'etat de realisation'],
	links: ['lien', 'liens', 'url', 'adresse web', 'site web', 'reference', 'references']
};

/**
 * Guesses which column holds which field from the header names: exact names first (« Année de début »
 * is the plan's start, not the year), then headers that begin with a known name, the longest name
 * winning (« Année d’adoption de la politique » is the adoption year). Each column and field is used once.
 */
export function guessColumns(headers: readonly string[]): ColumnMapping {
	const folded = headers.map(foldText);
	const guessed: ColumnMapping = {};
	const take = (field: ImportField, index: number) => {
		guessed[field] = index;
		folded[index] = '';
	};
	for (const field of IMPORT_FIELDS) {
		const index = folded.findIndex((header) => header !== '' && HEADER_NAMES[field].includes(header));
		if (index !== -1) take(field, index);
	}
	folded.forEach((header, index) => {
		if (header === '') return;
		let best: { field: ImportField; length: number } | null = null;
		for (const field of IMPORT_FIELDS) {
			if (guessed[field] !== undefined) continue;
			for (const name of HEADER_NAMES[field]) {
				if (header.startsWith(`${name} `) && name.length > (best?.length ?? 0)) best = { field, length: name.length };
			}
		}
		if (best) take(best.field, index);
	});
	return guessed;
}
