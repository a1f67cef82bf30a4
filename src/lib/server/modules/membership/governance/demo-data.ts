// Governance and team as the 2024-2025 activity report lists them (« La gouvernance », « La permanence »,
// « L’équipe d’accompagnement »). The report gives no dates: mandates and the committees start with the
// fiscal year, and the six people who left during it get its last day.
import type { BoardRole, SeatRepresentation } from './board';
import type { CommitteeKind } from './committees';
import type { StaffTeam } from './staff';

export const DEMO_YEAR_START = '2024-04-01';
export const DEMO_DEPARTURE = '2025-03-31';

export type DemoSeat = {
	label: string;
	representation: SeatRepresentation;
	/** The seat's population class, found among the classes by its upper bound (null: the open class). */
	classMax?: number | null;
	delegation?: string;
	holder: { name: string; affiliation: string; role: BoardRole };
};

const classSeat = (range: string, classMax: number | null, holder: DemoSeat['holder']): DemoSeat => ({
	label: `Représentation des municipalités de ${range} individus`,
	representation: 'population_class',
	classMax,
	holder
});

const delegationSeat = (article: string, delegation: string, holder: DemoSeat['holder']): DemoSeat => ({
	label: `Délégation de ${article}${delegation}`,
	representation: 'delegation',
	delegation,
	holder
});

export const DEMO_SEATS: readonly DemoSeat[] = [
	classSeat('1 à 1 749', 1_749, { name: 'Andréa Gosselin', affiliation: 'Mairesse de Saint-Jacques-de-Leeds', role: 'administration' }),
	classSeat('1 750 à 4 999', 4_999, { name: 'Patrick Bouillé', affiliation: 'Maire de Deschambault-Grondines', role: 'administration' }),
	classSeat('5 000 à 9 999', 9_999, { name: 'Gabrielle Garand', affiliation: 'Conseillère municipale de Saint-Philippe', role: 'administration' }),
	classSeat('10 000 à 49 999', 49_999, { name: 'Isabelle Bleau', affiliation: 'Conseillère municipale de Boucherville', role: 'tresorerie' }),
	classSeat('10 000 à 49 999', 49_999, { name: 'Patrick Paulin', affiliation: 'Conseiller municipal de Victoriaville', role: 'vice_presidence' }),
	classSeat('50 000 à 99 999', 99_999, { name: 'Nancy Blanchet', affiliation: 'Mairesse de l’arrondissement LaSalle', role: 'administration' }),
	classSeat('100 000 à 499 999', 499_999, { name: 'Amélie Landry', affiliation: 'Conseillère municipale de Lévis', role: 'administration' }),
	delegationSeat('l’', 'Union des municipalités du Québec', { name: 'Doreen Assaad', affiliation: 'Mairesse de Brossard', role: 'presidence' }),
	delegationSeat('la ', 'Fédération québécoise des municipalités', { name: 'Marilyn Nadeau', affiliation: 'Mairesse de Saint-Jean-Baptiste', role: 'administration' }),
	delegationSeat('la ', 'Ville de Montréal', { name: 'Jocelyn Pauzé', affiliation: 'Conseiller municipal de Rosemont–La Petite-Patrie', role: 'administration' }),
	delegationSeat('la ', 'Ville de Québec', {
		name: 'Patricia Boudreault-Bruyère',
		affiliation: 'Conseillère municipale du district de Neufchâtel Est-Lebourgneuf',
		role: 'secretariat'
	}),
	{
		label: 'Représentation des municipalités régionales de comté',
		representation: 'mrc',
		holder: { name: 'Sylvie Turgeon', affiliation: 'Conseillère municipale de Rouyn-Noranda', role: 'administration' }
	},
	{
		label: 'Représentation des organismes à but non lucratif',
		representation: 'nonprofit',
		holder: { name: 'Anne-Frédérique Morin', affiliation: 'Directrice générale adjointe de l’Association des camps du Québec', role: 'administration' }
	},
	{
		label: 'Direction générale (membre d’office)',
		representation: 'ex_officio',
		holder: { name: 'Isabelle Lizée', affiliation: 'Directrice générale d’Espace MUNI', role: 'direction_generale' }
	}
];

/** The report's three team headings; each person sits in the team their title fits. */
export const DEMO_STAFF: Readonly<Record<StaffTeam, readonly [name: string, jobTitle: string][]>> = {
	direction: [
		['Isabelle Lizée', 'Directrice générale'],
		['Sylvie Larivière', 'Adjointe à la direction générale'],
		['Nathalie Simard', 'Coordonnatrice des opérations et à l’offre de services'],
		['Sébastien Truong', 'Technicien comptable']
	],
	programmes: [
		['Emmanuelle Jean-Arsenault', 'Chargée de l’offre de services'],
		['Denis Guérin', 'Coordonnateur de la valorisation des connaissances'],
		['Rana Boubaker', 'Chargée de projet – vieillissement actif et famille'],
		['Gabrielle Grondin-Gravel', 'Chargée de projet – municipalité inclusive'],
		['Karine Jehelmann', 'Chargée de projet – PourRallier'],
		['Véronique Wong Kwan Chuen', 'Chargée de projet – conciliation famille, travail, vie politique'],
		['Anaïs Fabvre Agnese', 'Chargée de projet – enfance et jeunesse'],
		['Alexandra Curodeau', 'Chargée de projet – participation citoyenne'],
		['Myriam Daignault', 'Chargée de projet – communautés en santé']
	],
	communications: [
		['Samuel Émond', 'Chargé des communications'],
		['Sandy-Élisa Greene', 'Coordonnatrice à l’événementiel et à la vie associative'],
		['Andréa Ouellette-Lapointe', 'Chargée aux communications visuelles et soutien aux projets']
	]
};

/** The report thanks them without their titles or teams. */
export const DEMO_DEPARTED_STAFF: readonly string[] = [
	'Jessica Beauchamp',
	'Antoine Favreau',
	'Alice Deslausniers',
	'Fany Panichelli',
	'Richard Paulhus',
	'Gabrielle Tardif'
];
export const DEPARTED_JOB_TITLE = 'Membre de la permanence';

/**
 * « Région N » and its people. The report's block « Région 5 » repeats « Mauricie, Lise Roy, Richard Côté »
 * from Région 4 word for word, a page-layout slip that names no one for Estrie, so it is left out.
 */
export const DEMO_ACCOMPANIMENT: readonly [regionNumber: number, names: readonly string[]][] = [
	[1, ['Julie Couvrette']],
	[2, ['Alain Leclerc', 'Laurent Saint-Jacques']],
	[3, ['Richard Côté']],
	[4, ['Lise Roy', 'Richard Côté']],
	[7, ['Luc Trottier']],
	[8, ['Robert B. Brière']],
	[9, ['Kathleen Brisbois', 'Laurent Saint-Jacques']],
	[11, ['Danielle Perreault']],
	[12, ['Denise Chayer', 'France Nadeau']],
	[14, ['Lise Noël']],
	[15, ['Luc Trottier', 'Christine Trépanier']],
	[16, ['Richard Paulhus', 'Linda Duval', 'Lise Noël']],
	[17, ['Martin Mailhot']]
];

export type DemoCommittee = {
	name: string;
	kind: CommitteeKind;
	description: string;
	members: readonly { personName: string; affiliation: string; role?: string }[];
};

const team = (personName: string, role?: string) => ({ personName, affiliation: 'Espace MUNI', role });

/** Committees the report mentions; who sits on them is made up for the demonstration (the report does not say). */
export const DEMO_COMMITTEES: readonly DemoCommittee[] = [
	{
		name: 'Comité de coordination PourRallier',
		kind: 'coordination',
		description:
			'Coordonne PourRallier, la plateforme qui guide les organismes à but non lucratif et communautaires dans leur stratégie de communication d’influence (8 rencontres en 2024-2025).',
		members: [team('Karine Jehelmann', 'Coordination'), team('Isabelle Lizée'), team('Samuel Émond')]
	},
	{
		name: 'Comité de contenu PourRallier',
		kind: 'contenu',
		description: 'Revoit les contenus de PourRallier avant leur mise en ligne (11 rencontres en 2024-2025).',
		members: [team('Karine Jehelmann', 'Coordination'), team('Denis Guérin'), team('Andréa Ouellette-Lapointe')]
	},
	{
		name: 'Comité Fièrement membre',
		kind: 'autre',
		description: 'Prépare la campagne Fièrement membre : le sceau, les autocollants et la reconnaissance des membres.',
		members: [team('Sandy-Élisa Greene', 'Coordination'), team('Samuel Émond'), team('Andréa Ouellette-Lapointe')]
	}
];
