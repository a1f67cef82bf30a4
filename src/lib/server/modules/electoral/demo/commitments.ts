import type { DemoCommitment, DemoTheme } from './types';

/**
 * Demonstration commitments of « Municipalités 2025 », written for the demonstration: realistic,
 * within municipal powers, each proven by measures of the demonstration bank.
 */
type Entry = Omit<DemoCommitment, 'theme'>;
const inTheme = (theme: DemoTheme, entries: Entry[]): DemoCommitment[] => entries.map((entry) => ({ theme, ...entry }));

const COLLABORATION = inTheme('collaboration', [
	{
		clienteles: ['enfants-adolescents', 'familles'],
		title: 'Conclure une entente avec le centre de services scolaire pour ouvrir les gymnases et les terrains sportifs des écoles le soir, la fin de semaine et l’été',
		rationale: 'Les installations existent déjà : les ouvrir en dehors des heures de classe multiplie les occasions de bouger sans construire de nouveaux bâtiments. Les jeunes et les familles y gagnent des lieux d’activité près de chez eux.',
		powers: 'Loisirs et parcs, ententes avec le milieu scolaire',
		cost: 'faible',
		time: 'court',
		evidence: ['partage installations scolaire', 'gymnases école']
	},
	{
		clienteles: ['familles', 'aines'],
		title: 'Créer une table de concertation famille et aînés qui réunit la municipalité, le CISSS ou le CIUSSS, les écoles et les organismes',
		rationale: 'Les besoins des familles et des aînés touchent plusieurs organisations à la fois. Une table qui se réunit régulièrement évite les dédoublements, fait circuler l’information et permet de monter des projets communs.',
		powers: 'Développement social, administration municipale',
		cost: 'faible',
		time: 'court',
		evidence: ['table de concertation famille aînés', 'table de concertation']
	},
	{
		clienteles: ['familles', 'enfants-adolescents'],
		title: 'Signer une entente de soutien sur trois ans avec la maison de la famille et les organismes familles du milieu',
		rationale: 'Un financement prévisible permet aux organismes de garder leur personnel et de consacrer leur énergie aux familles plutôt qu’aux demandes de subvention.',
		powers: 'Développement social, finances municipales',
		cost: 'moyen',
		time: 'court',
		evidence: ['soutenir financièrement maison famille', 'organismes familles soutien']
	},
	{
		clienteles: ['familles', 'enfants-adolescents'],
		title: 'Négocier des ententes intermunicipales pour que nos familles aient accès aux arénas et aux piscines des villes voisines au tarif résident',
		rationale: 'Dans les petites municipalités, les équipements sportifs sont souvent dans la ville voisine. Une entente évite aux familles de payer beaucoup plus cher pour les mêmes cours de natation ou de patin.',
		powers: 'Loisirs et parcs, ententes intermunicipales',
		cost: 'moyen',
		time: 'court',
		evidence: ['ententes intermunicipales arénas piscines', 'frais inscription activités sportives extérieur']
	},
	{
		clienteles: ['familles', 'aines', 'handicap'],
		title: 'Prêter gratuitement des locaux municipaux aux organismes qui servent les familles, les aînés et les personnes handicapées',
		rationale: 'Le loyer est souvent la plus lourde dépense des petits organismes. Offrir un local libère des ressources pour les services directs et rapproche ces services des citoyens.',
		powers: 'Développement social, gestion des immeubles municipaux',
		cost: 'faible',
		time: 'court',
		evidence: ['prêter locaux municipaux organismes', 'locaux municipaux']
	},
	{
		clienteles: ['familles', 'handicap'],
		title: 'Adopter une politique de reconnaissance et de soutien aux organismes communautaires, avec des critères clairs et publics',
		rationale: 'Des règles connues de tous rendent le soutien municipal équitable et prévisible. Les organismes savent à quoi s’attendre et peuvent planifier leurs services à long terme.',
		powers: 'Développement social, administration municipale',
		cost: 'faible',
		time: 'court',
		evidence: ['politique reconnaissance organismes communautaires', 'soutien organismes communautaires']
	},
	{
		clienteles: ['aines', 'familles'],
		title: 'Travailler avec le CISSS ou le CIUSSS pour attirer une clinique médicale ou un point de service du CLSC dans la municipalité',
		rationale: 'Un médecin ou une infirmière près de chez soi évite de longs déplacements, surtout aux aînés qui ne conduisent plus et aux jeunes familles. La municipalité peut offrir un local, du stationnement et de la visibilité.',
		powers: 'Développement local, gestion des immeubles municipaux',
		cost: 'moyen',
		time: 'long',
		evidence: ['clinique médicale point de service CLSC', 'clinique CLSC']
	},
	{
		clienteles: ['enfants-adolescents'],
		title: 'Soutenir le carrefour jeunesse-emploi et les organismes jeunesse qui accompagnent les jeunes vers l’emploi ou le retour aux études',
		rationale: 'Un jeune qui trouve sa place à l’école ou au travail a plus de chances d’être en bonne santé et de rester dans sa région.',
		powers: 'Développement social, développement économique local',
		cost: 'faible',
		time: 'moyen',
		evidence: ['carrefour jeunesse-emploi', 'raccrochage scolaire']
	},
	{
		clienteles: ['handicap', 'familles'],
		title: 'Bâtir avec les organismes en déficience un plan commun pour adapter les services municipaux aux personnes handicapées et à leurs familles',
		rationale: 'Les organismes connaissent les obstacles vécus au quotidien. Travailler avec eux dès le départ évite des aménagements mal adaptés et coûteux à corriger.',
		powers: 'Développement social, accessibilité universelle',
		cost: 'faible',
		time: 'moyen',
		evidence: ['organisme aide personnes handicapées familles', 'organisme accessibilité']
	},
	{
		clienteles: ['aines', 'familles'],
		title: 'Arrimer notre plan d’action avec ceux de la MRC et des municipalités voisines pour partager services et ressources',
		rationale: 'Transport, loisirs, répit : plusieurs services ne sont viables qu’à l’échelle régionale. Mettre les plans en commun permet d’offrir davantage sans dépenser plus.',
		powers: 'Ententes intermunicipales, aménagement régional',
		cost: 'faible',
		time: 'moyen',
		evidence: ['arrimer MRC municipalités voisines', 'MRC municipalités voisines']
	},
	{
		clienteles: ['aines'],
		title: 'Recruter, former et reconnaître les bénévoles qui accompagnent les aînés, avec le centre d’action bénévole',
		rationale: 'Transport, visites, popote : une grande part du soutien aux aînés repose sur des bénévoles, eux-mêmes souvent âgés. Les former et les reconnaître assure la relève.',
		powers: 'Développement social, communications',
		cost: 'faible',
		time: 'court',
		evidence: ['recruter former bénévoles aînés', 'reconnaissance bénévoles']
	},
	{
		clienteles: ['enfants-adolescents', 'handicap'],
		title: 'Convenir avec l’école et le réseau de la santé d’un partage d’information, avec l’accord des parents, pour bien accueillir au camp de jour les enfants à besoins particuliers',
		rationale: 'Quand les accompagnateurs connaissent l’enfant dès le premier jour, son été se passe mieux et les parents n’ont pas à répéter leur histoire à chaque intervenant.',
		powers: 'Loisirs et parcs, ententes avec le milieu scolaire et le réseau de la santé',
		cost: 'faible',
		time: 'court',
		evidence: ['partage information camp de jour', 'accompagnement concerté camp de jour']
	}
]);

const INCLUSIVITE = inTheme('inclusivite', [
	{
		clienteles: ['handicap'],
		title: 'Adopter chaque année un plan d’action à l’égard des personnes handicapées et en rendre compte publiquement',
		rationale: 'Le plan oblige à repérer les obstacles dans les bâtiments, les services et les communications, puis à les lever un à un. Il est exigé des municipalités de 15 000 habitants et plus, mais toute municipalité peut s’en doter.',
		powers: 'Administration municipale, accessibilité universelle',
		cost: 'faible',
		time: 'court',
		evidence: ['plan d’action personnes handicapées', 'politique accessibilité universelle']
	},
	{
		clienteles: ['familles', 'enfants-adolescents'],
		title: 'Instaurer une tarification sociale des loisirs selon le revenu familial',
		rationale: 'Le coût d’inscription est l’un des principaux freins à la pratique d’activités chez les enfants de familles à faible revenu. Un tarif selon le revenu garde les activités ouvertes à tous, sans stigmatiser personne.',
		powers: 'Loisirs et parcs, tarification des services',
		cost: 'moyen',
		time: 'court',
		evidence: ['tarification sociale', 'activités gratuites enfants faible revenu']
	},
	{
		clienteles: ['aines'],
		title: 'Financer des intervenants de milieu qui vont à la rencontre des aînés isolés, dans les HLM et à domicile',
		rationale: 'Les aînés isolés se présentent rarement d’eux-mêmes aux services. Des intervenants présents dans leur milieu de vie les repèrent, les écoutent et les dirigent vers l’aide dont ils ont besoin.',
		powers: 'Développement social, habitation',
		cost: 'moyen',
		time: 'moyen',
		evidence: ['travail de milieu aînés isolés', 'intervenants de milieu aînés']
	},
	{
		clienteles: ['handicap', 'enfants-adolescents', 'familles'],
		title: 'Réserver des plages horaires calmes aux personnes autistes à la piscine, à l’aréna et à la bibliothèque',
		rationale: 'Moins de bruit, moins de monde et un éclairage adouci suffisent souvent à rendre un lieu accessible aux personnes autistes et à leur famille. La mesure coûte peu et change beaucoup.',
		powers: 'Loisirs et parcs, culture et bibliothèques',
		cost: 'faible',
		time: 'court',
		evidence: ['plages horaires calmes', 'personnes autistes loisirs']
	},
	{
		clienteles: ['handicap'],
		title: 'Adhérer à la Carte accompagnement loisir pour que l’accompagnateur d’une personne handicapée entre gratuitement',
		rationale: 'Une personne qui a besoin d’être accompagnée ne devrait pas payer deux entrées pour aller à la piscine ou au spectacle. La carte lève ce frein financier.',
		powers: 'Loisirs et parcs, culture',
		cost: 'faible',
		time: 'court',
		evidence: ['carte accompagnement loisir', 'accompagnateurs entrée gratuite']
	},
	{
		clienteles: ['familles'],
		title: 'Offrir aux familles monoparentales des activités et des services adaptés à leur horaire et à leur budget',
		rationale: 'Les familles monoparentales cumulent souvent manque de temps et revenu plus faible. Des activités à horaire adapté, avec garde sur place, facilitent leur participation à la vie de la communauté.',
		powers: 'Développement social, loisirs',
		cost: 'faible',
		time: 'court',
		evidence: ['familles monoparentales', 'monoparentales']
	},
	{
		clienteles: ['aines'],
		title: 'Mener une campagne contre l’âgisme qui met en valeur l’apport des aînés à la communauté',
		rationale: 'Les préjugés liés à l’âge nuisent à la santé et à la participation sociale des aînés. Montrer leur contribution change le regard de toute la population.',
		powers: 'Communications, développement social',
		cost: 'faible',
		time: 'court',
		evidence: ['âgisme campagne sensibilisation', 'âgisme']
	},
	{
		clienteles: ['familles', 'aines'],
		title: 'Soutenir l’ouverture d’un frigo communautaire et d’une épicerie solidaire',
		rationale: 'L’insécurité alimentaire touche des familles qui travaillent comme des aînés qui vivent seuls. Un frigo partagé réduit aussi le gaspillage des commerces et des jardins.',
		powers: 'Développement social, environnement',
		cost: 'faible',
		time: 'court',
		evidence: ['frigo communautaire épicerie solidaire', 'frigo partagé']
	},
	{
		clienteles: ['aines', 'handicap'],
		title: 'Mettre sur pied un programme d’appels amicaux et de visites d’amitié pour briser l’isolement des aînés',
		rationale: 'L’isolement social a des effets sur la santé physique et mentale. Un appel régulier permet aussi de repérer tôt une perte d’autonomie ou une situation de maltraitance.',
		powers: 'Développement social',
		cost: 'faible',
		time: 'court',
		evidence: ['visites d’amitié isolement aînés', 'appels amicaux']
	},
	{
		clienteles: ['handicap'],
		title: 'Embaucher des personnes handicapées et leur offrir des stages au sein de l’administration municipale',
		rationale: 'La municipalité est souvent l’un des principaux employeurs du milieu. Donner l’exemple ouvre la porte chez d’autres employeurs et offre un revenu et une place à des personnes trop souvent exclues.',
		powers: 'Ressources humaines, administration municipale',
		cost: 'faible',
		time: 'moyen',
		evidence: ['stages milieu municipal handicap', 'embauche personnes handicapées']
	},
	{
		clienteles: ['aines'],
		title: 'Former le personnel municipal à reconnaître et à signaler la maltraitance envers les aînés',
		rationale: 'Les employés de l’accueil, de la bibliothèque ou des travaux publics croisent les aînés régulièrement. Formés, ils savent repérer les signes et diriger la personne vers de l’aide.',
		powers: 'Sécurité publique, ressources humaines',
		cost: 'faible',
		time: 'court',
		evidence: ['former employés maltraitance aînés', 'maltraitance']
	},
	{
		clienteles: ['handicap', 'familles', 'enfants-adolescents'],
		title: 'Offrir des journées de répit aux parents d’enfants handicapés grâce à des activités adaptées près de chez eux',
		rationale: 'Les parents d’un enfant handicapé vivent une charge quotidienne intense. Quelques journées de répit protègent leur santé, pendant que l’enfant s’amuse avec des accompagnateurs formés.',
		powers: 'Loisirs et parcs, développement social',
		cost: 'moyen',
		time: 'court',
		evidence: ['répit parents enfants handicapés', 'halte-répit enfants handicapés']
	}
]);

const PARTICIPATION = inTheme('participation', [
	{
		clienteles: ['enfants-adolescents'],
		title: 'Créer un conseil municipal des jeunes qui présente chaque année ses propositions aux élus',
		rationale: 'Les jeunes qui prennent part aux décisions développent un sentiment d’appartenance et des compétences citoyennes. Leurs idées rendent les projets plus utiles pour leur génération.',
		powers: 'Administration municipale, participation citoyenne',
		cost: 'faible',
		time: 'court',
		evidence: ['conseil municipal des jeunes', 'conseil des enfants']
	},
	{
		clienteles: ['aines'],
		title: 'Créer un comité consultatif des aînés qui donne son avis au conseil avant les décisions qui les concernent',
		rationale: 'Les aînés connaissent mieux que quiconque les obstacles de leur quotidien. Les consulter tôt évite des erreurs coûteuses, comme un banc mal placé ou un service offert à la mauvaise heure.',
		powers: 'Administration municipale, participation citoyenne',
		cost: 'faible',
		time: 'court',
		evidence: ['comité consultatif aînés', 'comité des aînés']
	},
	{
		clienteles: ['enfants-adolescents', 'familles'],
		title: 'Consulter les enfants avant chaque réaménagement de parc ou d’aire de jeux',
		rationale: 'Les enfants sont les premiers usagers des parcs. Leurs idées, recueillies par des ateliers à l’école, donnent des aménagements plus fréquentés et mieux respectés.',
		powers: 'Loisirs et parcs, urbanisme',
		cost: 'faible',
		time: 'court',
		evidence: ['consulter enfants aménagement parcs', 'enfants consultés parc']
	},
	{
		clienteles: ['enfants-adolescents'],
		title: 'Lancer un budget participatif jeunesse où les 12 à 17 ans proposent et choisissent des projets',
		rationale: 'Décider concrètement d’une partie du budget municipal donne aux adolescents une expérience démocratique réelle et produit des projets qui leur ressemblent.',
		powers: 'Finances municipales, participation citoyenne',
		cost: 'moyen',
		time: 'moyen',
		evidence: ['budget participatif jeunesse', 'budget participatif']
	},
	{
		clienteles: ['familles', 'handicap'],
		title: 'Tenir les séances du conseil à des heures favorables aux familles et les diffuser en direct et en différé',
		rationale: 'Un parent qui couche ses enfants en soirée ne peut pas assister à une séance à la même heure. La diffusion en ligne ouvre aussi la démocratie municipale aux personnes qui se déplacent difficilement.',
		powers: 'Administration municipale, communications',
		cost: 'faible',
		time: 'court',
		evidence: ['séances du conseil diffuser en ligne', 'séances du conseil']
	},
	{
		clienteles: ['handicap'],
		title: 'Consulter les personnes handicapées et leurs organismes sur l’accessibilité des lieux et des services publics',
		rationale: 'Les personnes concernées repèrent en quelques minutes des obstacles que personne n’avait vus. Leur avis, demandé avant les travaux, évite des corrections coûteuses.',
		powers: 'Accessibilité universelle, participation citoyenne',
		cost: 'faible',
		time: 'court',
		evidence: ['consulter personnes handicapées accessibilité', 'accessibilité lieux publics']
	},
	{
		clienteles: ['handicap', 'aines'],
		title: 'Rendre le site Web municipal conforme aux normes d’accessibilité et facile à consulter sur un téléphone',
		rationale: 'De plus en plus de services passent par le site Web. S’il est inaccessible aux lecteurs d’écran ou trop complexe, ce sont les personnes handicapées et bien des aînés qui restent à l’écart.',
		powers: 'Communications, administration municipale',
		cost: 'moyen',
		time: 'moyen',
		evidence: ['site web accessibilité', 'site web municipal']
	},
	{
		clienteles: ['aines', 'handicap'],
		title: 'Écrire les communications municipales en langage clair et en caractères lisibles, sur papier comme en ligne',
		rationale: 'Une information comprise du premier coup évite les erreurs, les appels et le sentiment d’exclusion. Le langage clair profite à tous, et particulièrement aux aînés et aux personnes ayant une déficience.',
		powers: 'Communications',
		cost: 'faible',
		time: 'court',
		evidence: ['langage clair caractères lisibles', 'langage clair']
	},
	{
		clienteles: ['aines'],
		title: 'Publier et tenir à jour un bottin des ressources pour les aînés, distribué à domicile et offert en ligne',
		rationale: 'Bien des aînés ignorent les services auxquels ils ont droit. Un bottin papier distribué à domicile rejoint aussi ceux qui n’utilisent pas Internet.',
		powers: 'Communications, développement social',
		cost: 'faible',
		time: 'court',
		evidence: ['bottin ressources aînés', 'programmes aide financière aînés']
	},
	{
		clienteles: ['familles'],
		title: 'Remettre une trousse de bienvenue aux nouveau-nés et aux familles qui s’installent dans la municipalité',
		rationale: 'Une trousse qui présente les services, les parcs et les organismes aide les nouvelles familles à tisser des liens rapidement et à savoir où demander de l’aide.',
		powers: 'Communications, développement social',
		cost: 'faible',
		time: 'court',
		evidence: ['trousse bienvenue nouveau-nés', 'trousse accueil nouveaux résidents']
	},
	{
		clienteles: ['aines', 'handicap'],
		title: 'Garder une ligne téléphonique municipale où une personne répond de vive voix',
		rationale: 'Tout le monde n’est pas à l’aise avec les formulaires en ligne et les boîtes vocales. Une vraie personne au bout du fil rassure et règle souvent le problème dès le premier appel.',
		powers: 'Communications, administration municipale',
		cost: 'faible',
		time: 'court',
		evidence: ['ligne téléphonique personne', 'ligne téléphonique']
	},
	{
		clienteles: ['familles', 'aines'],
		title: 'Tenir chaque année un forum citoyen pour faire le point sur la politique de la famille et des aînés',
		rationale: 'Rendre des comptes en public garde les engagements vivants et permet de corriger le tir avec les premiers concernés.',
		powers: 'Participation citoyenne, administration municipale',
		cost: 'faible',
		time: 'court',
		evidence: ['forum citoyen politique famille aînés', 'forum citoyen']
	}
]);

const SERVICES = inTheme('services', [
	{
		clienteles: ['familles', 'enfants-adolescents'],
		title: 'Ouvrir la bibliothèque plus tard le soir et plus longtemps la fin de semaine',
		rationale: 'La bibliothèque est un lieu gratuit, chauffé et accueillant pour toutes les générations. Des heures adaptées à l’horaire des familles et des travailleurs en font un vrai lieu de vie.',
		powers: 'Culture et bibliothèques',
		cost: 'moyen',
		time: 'court',
		evidence: ['heures ouverture bibliothèque', 'bibliothèque soir fin de semaine']
	},
	{
		clienteles: ['enfants-adolescents', 'familles'],
		title: 'Abonner gratuitement chaque nouveau-né à la bibliothèque et offrir l’heure du conte aux tout-petits',
		rationale: 'L’éveil à la lecture dès la petite enfance favorise le langage et la réussite scolaire. L’abonnement à la naissance fait entrer les parents à la bibliothèque dès les premiers mois.',
		powers: 'Culture et bibliothèques',
		cost: 'faible',
		time: 'court',
		evidence: ['bibliothèque nouveau-né', 'heure du conte']
	},
	{
		clienteles: ['aines', 'handicap'],
		title: 'Soutenir un service de popote roulante pour les aînés et les personnes en convalescence',
		rationale: 'Des repas nutritifs livrés à domicile aident les aînés à demeurer chez eux plus longtemps, et le passage du bénévole permet de vérifier que tout va bien.',
		powers: 'Développement social',
		cost: 'faible',
		time: 'court',
		evidence: ['popote roulante', 'repas domicile']
	},
	{
		clienteles: ['aines', 'handicap'],
		title: 'Livrer des livres à domicile aux aînés et aux personnes à mobilité réduite',
		rationale: 'La lecture garde l’esprit actif et brise la solitude. Pour ceux qui ne peuvent plus se déplacer, la bibliothèque peut venir à eux.',
		powers: 'Culture et bibliothèques',
		cost: 'faible',
		time: 'court',
		evidence: ['livraison livres domicile', 'livres gros caractères']
	},
	{
		clienteles: ['familles', 'enfants-adolescents'],
		title: 'Offrir une halte-garderie gratuite pendant les consultations publiques et les activités municipales',
		rationale: 'Sans service de garde, bien des parents ne peuvent pas participer. Une halte-garderie ouvre les consultations et les activités aux jeunes familles.',
		powers: 'Développement social, participation citoyenne',
		cost: 'faible',
		time: 'court',
		evidence: ['halte-garderie activités municipales', 'halte-garderie']
	},
	{
		clienteles: ['enfants-adolescents', 'familles'],
		title: 'Bonifier le camp de jour et prolonger le service de garde estival jusqu’à la rentrée',
		rationale: 'Les vacances scolaires durent plus longtemps que celles des parents. Un camp de jour abordable et un service de garde prolongé facilitent la conciliation travail-famille.',
		powers: 'Loisirs et parcs',
		cost: 'moyen',
		time: 'court',
		evidence: ['camp de jour service de garde estival', 'camp de jour prolongé']
	},
	{
		clienteles: ['enfants-adolescents', 'handicap', 'familles'],
		title: 'Garantir un accompagnement au camp de jour à chaque enfant ayant un handicap ou des besoins particuliers',
		rationale: 'Tous les enfants ont droit aux mêmes étés que leurs amis. Des accompagnateurs formés et une rencontre préalable avec la famille rendent cette inclusion possible.',
		powers: 'Loisirs et parcs, développement social',
		cost: 'moyen',
		time: 'court',
		evidence: ['camp de jour besoins particuliers', 'camp de jour inclusif']
	},
	{
		clienteles: ['familles', 'enfants-adolescents'],
		title: 'Céder un terrain ou un bâtiment municipal pour l’ouverture d’un centre de la petite enfance',
		rationale: 'Le manque de places en service de garde retient des parents hors du marché du travail et freine l’arrivée de jeunes familles. La municipalité peut lever l’obstacle du terrain.',
		powers: 'Urbanisme et zonage, gestion des immeubles municipaux',
		cost: 'moyen',
		time: 'moyen',
		evidence: ['terrain bâtiment CPE', 'places service de garde']
	},
	{
		clienteles: ['aines', 'handicap'],
		title: 'Soutenir un service de répit pour les proches aidants, au centre communautaire ou à domicile',
		rationale: 'Les proches aidants s’épuisent souvent en silence. Quelques heures de répit par semaine protègent leur santé et aident la personne aidée à rester plus longtemps à domicile.',
		powers: 'Développement social, gestion des immeubles municipaux',
		cost: 'moyen',
		time: 'moyen',
		evidence: ['répit proches aidants', 'halte-répit']
	},
	{
		clienteles: ['aines'],
		title: 'Installer un défibrillateur dans chaque bâtiment municipal et former le personnel à s’en servir',
		rationale: 'Lors d’un arrêt cardiaque, chaque minute compte. Un défibrillateur accessible à l’aréna, à l’hôtel de ville et au centre communautaire peut sauver une vie.',
		powers: 'Sécurité publique, gestion des immeubles municipaux',
		cost: 'faible',
		time: 'court',
		evidence: ['défibrillateur', 'défibrillateur bâtiment municipal']
	},
	{
		clienteles: ['aines'],
		title: 'Offrir à la bibliothèque des ateliers d’initiation au numérique pour les aînés',
		rationale: 'Prendre un rendez-vous, remplir un formulaire, parler à ses petits-enfants : tout passe par le numérique. Des ateliers patients aident les aînés à garder leur autonomie.',
		powers: 'Culture et bibliothèques, développement social',
		cost: 'faible',
		time: 'court',
		evidence: ['initiation numérique aînés', 'services gouvernementaux en ligne']
	},
	{
		clienteles: ['enfants-adolescents', 'familles'],
		title: 'Offrir un service de garde municipal pendant les journées pédagogiques et la semaine de relâche',
		rationale: 'Les journées pédagogiques obligent bien des parents à prendre congé. Une offre municipale abordable règle ce casse-tête et occupe les enfants de façon active.',
		powers: 'Loisirs et parcs',
		cost: 'moyen',
		time: 'court',
		evidence: ['journées pédagogiques', 'semaine de relâche']
	},
	{
		clienteles: ['aines', 'handicap'],
		title: 'Tenir un registre volontaire des personnes vulnérables pour mieux les secourir lors d’une urgence',
		rationale: 'Lors d’une panne prolongée, d’un incendie ou d’une inondation, les pompiers doivent savoir qui ne peut pas sortir seul. Un registre volontaire et confidentiel accélère les secours.',
		powers: 'Sécurité publique, sécurité civile',
		cost: 'faible',
		time: 'court',
		evidence: ['registre personnes vulnérables', 'résidences personnes mobilité réduite pompiers']
	}
]);

const ESPACES_PUBLICS = inTheme('espaces-publics', [
	{
		clienteles: ['aines', 'handicap'],
		title: 'Installer des bancs de repos tous les 150 à 200 mètres sur les rues qui mènent aux commerces et aux services',
		rationale: 'Pouvoir s’asseoir régulièrement permet à bien des aînés et des personnes à mobilité réduite de continuer à marcher jusqu’à l’épicerie ou à la pharmacie. La marche quotidienne est l’une des meilleures façons de rester en santé.',
		powers: 'Voirie, urbanisme, mobilier urbain',
		cost: 'faible',
		time: 'court',
		evidence: ['bancs de repos', 'mobilier urbain aînés']
	},
	{
		clienteles: ['aines', 'familles', 'handicap'],
		title: 'Aménager des toilettes publiques accessibles dans les parcs et au cœur du village',
		rationale: 'L’absence de toilettes est une raison fréquente pour laquelle des aînés, des familles avec de jeunes enfants et des personnes malades évitent de sortir.',
		powers: 'Loisirs et parcs, urbanisme',
		cost: 'moyen',
		time: 'moyen',
		evidence: ['toilettes publiques accessibles', 'toilettes accessibles']
	},
	{
		clienteles: ['familles', 'aines', 'enfants-adolescents'],
		title: 'Créer un parc intergénérationnel qui réunit jeux d’enfants, appareils d’exercice pour aînés et aires ombragées',
		rationale: 'Un parc pensé pour tous les âges favorise l’activité physique et les rencontres entre générations. Les grands-parents peuvent bouger pendant que les petits jouent.',
		powers: 'Loisirs et parcs, urbanisme',
		cost: 'eleve',
		time: 'moyen',
		evidence: ['parc intergénérationnel', 'parcs intergénérationnels']
	},
	{
		clienteles: ['enfants-adolescents', 'familles'],
		title: 'Aménager des jeux d’eau dans un parc de quartier accessible à pied',
		rationale: 'Lors des vagues de chaleur, les jeux d’eau rafraîchissent les enfants gratuitement et près de chez eux, sans la surveillance qu’exige une piscine.',
		powers: 'Loisirs et parcs',
		cost: 'eleve',
		time: 'moyen',
		evidence: ['jeux d’eau', 'parc familial']
	},
	{
		clienteles: ['familles', 'aines'],
		title: 'Aménager une place publique conviviale au cœur de la municipalité, avec mobilier, verdure et éclairage',
		rationale: 'Un lieu de rassemblement attrayant anime le cœur du village, soutient les commerces et donne à tous, jeunes comme aînés, une raison de sortir de chez soi.',
		powers: 'Urbanisme, voirie, culture',
		cost: 'eleve',
		time: 'long',
		evidence: ['place publique', 'rue partagée']
	},
	{
		clienteles: ['familles', 'aines'],
		title: 'Installer des fontaines d’eau potable et des abris ombragés dans les parcs les plus fréquentés',
		rationale: 'L’eau et l’ombre protègent les enfants et les aînés de la chaleur, de plus en plus fréquente l’été, et les encouragent à rester actifs dehors.',
		powers: 'Loisirs et parcs, environnement',
		cost: 'moyen',
		time: 'court',
		evidence: ['abris ombragés points d’eau', 'fontaines eau potable']
	},
	{
		clienteles: ['handicap', 'familles', 'aines'],
		title: 'Rendre les sentiers des parcs et des boisés municipaux praticables en fauteuil roulant et en poussette',
		rationale: 'Une surface stable et des pentes douces permettent à tous de profiter de la nature, dont les bienfaits sur la santé physique et mentale sont reconnus.',
		powers: 'Loisirs et parcs, accessibilité universelle',
		cost: 'moyen',
		time: 'moyen',
		evidence: ['sentiers accessibles fauteuil roulant', 'sentier accessible']
	},
	{
		clienteles: ['enfants-adolescents'],
		title: 'Concevoir avec les adolescents un parc de planche à roulettes et un lieu de rassemblement qui leur appartient',
		rationale: 'Les adolescents ont besoin d’espaces à eux, visibles et sécuritaires. Les concevoir avec eux réduit les conflits d’usage et favorise l’activité physique.',
		powers: 'Loisirs et parcs, urbanisme',
		cost: 'eleve',
		time: 'moyen',
		evidence: ['planche à roulettes', 'lieu de rassemblement jeunes']
	},
	{
		clienteles: ['enfants-adolescents', 'familles'],
		title: 'Ajouter des modules de jeux pour les tout-petits dans chaque parc de quartier',
		rationale: 'Les modules conçus pour les plus grands sont souvent inadaptés aux moins de 5 ans. Des jeux à leur mesure, avec des bancs pour les parents, font du parc un lieu de rencontre pour les jeunes familles.',
		powers: 'Loisirs et parcs',
		cost: 'moyen',
		time: 'court',
		evidence: ['modules jeux tout-petits', 'aire de jeux']
	},
	{
		clienteles: ['handicap', 'aines'],
		title: 'Installer des rampes d’accès et des portes automatiques à l’hôtel de ville, à la bibliothèque et au centre communautaire',
		rationale: 'Entrer seul dans un bâtiment public est une question de dignité. Ces travaux servent aussi les parents avec une poussette et les personnes qui portent des charges.',
		powers: 'Gestion des immeubles municipaux, accessibilité universelle',
		cost: 'moyen',
		time: 'moyen',
		evidence: ['rampes accès portes automatiques', 'accessibilité bâtiments municipaux']
	},
	{
		clienteles: ['familles'],
		title: 'Équiper les édifices municipaux de tables à langer accessibles aux deux parents et d’un coin allaitement',
		rationale: 'De petits aménagements montrent aux parents qu’ils sont les bienvenus dans les lieux publics avec leur bébé.',
		powers: 'Gestion des immeubles municipaux',
		cost: 'faible',
		time: 'court',
		evidence: ['tables à langer', 'halte-allaitement']
	},
	{
		clienteles: ['aines', 'enfants-adolescents'],
		title: 'Améliorer l’éclairage des rues, des parcs et des liens piétonniers pour que chacun s’y sente en sécurité le soir',
		rationale: 'Le sentiment de sécurité décide si les aînés, les femmes et les jeunes osent sortir à pied en soirée. Un éclairage bien orienté rassure sans éblouir le voisinage.',
		powers: 'Voirie, sécurité publique',
		cost: 'moyen',
		time: 'moyen',
		evidence: ['éclairage rues parcs', 'sentiers liens piétonniers']
	}
]);

const HABITATION = inTheme('habitation', [
	{
		clienteles: ['familles', 'aines'],
		title: 'Permettre les logements intergénérationnels dans toutes les zones résidentielles',
		rationale: 'Vivre près d’un parent vieillissant ou d’un enfant adulte facilite l’entraide au quotidien et retarde le départ vers un hébergement. Une simple modification du règlement de zonage rend cela possible.',
		powers: 'Urbanisme et zonage',
		cost: 'faible',
		time: 'court',
		evidence: ['logements intergénérationnels', 'maison intergénérationnelle']
	},
	{
		clienteles: ['aines', 'familles'],
		title: 'Autoriser les unités d’habitation accessoires, comme les minimaisons et les logements au-dessus du garage',
		rationale: 'Ces petits logements augmentent l’offre abordable sans ouvrir de nouveaux quartiers, pour un aîné qui veut rester près des siens ou un jeune adulte qui quitte le nid.',
		powers: 'Urbanisme et zonage',
		cost: 'faible',
		time: 'court',
		evidence: ['unités habitation accessoires', 'minimaisons']
	},
	{
		clienteles: ['familles', 'aines', 'handicap'],
		title: 'Céder un terrain municipal à un organisme pour construire des logements sociaux et communautaires',
		rationale: 'Le prix du terrain freine souvent les projets de logement abordable. En le cédant, la municipalité rend le projet possible et admissible aux programmes gouvernementaux.',
		powers: 'Habitation, urbanisme, gestion des immeubles municipaux',
		cost: 'eleve',
		time: 'long',
		evidence: ['terrain logements sociaux communautaires', 'logements abordables']
	},
	{
		clienteles: ['handicap', 'aines'],
		title: 'Créer un programme municipal d’aide à l’adaptation de domicile pour les personnes à mobilité réduite',
		rationale: 'Une rampe, une douche sans seuil ou une barre d’appui permettent souvent de rester chez soi en sécurité. Une aide municipale complète les programmes de la Société d’habitation du Québec.',
		powers: 'Habitation, finances municipales',
		cost: 'moyen',
		time: 'moyen',
		evidence: ['adaptation domicile mobilité réduite', 'adaptation de domicile']
	},
	{
		clienteles: ['aines'],
		title: 'Soutenir la réalisation d’une résidence communautaire pour aînés autonomes, en OBNL ou en coopérative',
		rationale: 'Quand la maison devient trop grande, bien des aînés doivent quitter leur village faute de logement adapté. Une résidence locale leur permet de rester près de leurs proches.',
		powers: 'Habitation, urbanisme, développement social',
		cost: 'eleve',
		time: 'long',
		evidence: ['résidence aînés autonomes', 'logements abordables aînés']
	},
	{
		clienteles: ['familles', 'enfants-adolescents'],
		title: 'Exiger une proportion de logements familiaux de trois chambres dans les grands projets résidentiels',
		rationale: 'Les petits logements dominent les nouvelles constructions. Sans grands logements abordables, les familles partent vers la périphérie.',
		powers: 'Urbanisme et zonage, habitation',
		cost: 'faible',
		time: 'moyen',
		evidence: ['logements familiaux trois chambres', 'logements abordables familles']
	},
	{
		clienteles: ['familles', 'aines', 'handicap'],
		title: 'Dresser un portrait des besoins en logement abordable et adapté sur le territoire',
		rationale: 'On règle mieux ce qu’on mesure. Un portrait des besoins des familles, des aînés et des personnes handicapées guide les décisions de zonage et les partenariats.',
		powers: 'Habitation, urbanisme',
		cost: 'faible',
		time: 'court',
		evidence: ['portrait besoins logement abordable', 'besoins habitation aînés']
	},
	{
		clienteles: ['familles', 'enfants-adolescents'],
		title: 'Adopter et appliquer un règlement sur la salubrité et l’entretien des logements',
		rationale: 'Moisissures, infiltrations d’eau et vermine nuisent directement à la santé respiratoire des enfants. Un règlement appuyé par des inspections donne des recours aux locataires.',
		powers: 'Habitation, salubrité, inspection',
		cost: 'moyen',
		time: 'court',
		evidence: ['salubrité entretien logements', 'salubrité']
	},
	{
		clienteles: ['handicap'],
		title: 'Tenir un registre des logements accessibles et adaptés aux personnes à mobilité réduite',
		rationale: 'Trouver un logement adapté relève souvent du hasard. Un registre tenu avec l’office d’habitation et les propriétaires facilite la rencontre entre l’offre et la demande.',
		powers: 'Habitation, communications',
		cost: 'faible',
		time: 'court',
		evidence: ['registre logements accessibles', 'logements accessibles mobilité réduite']
	},
	{
		clienteles: ['aines'],
		title: 'Offrir un service de menus travaux aux aînés qui souhaitent demeurer à domicile',
		rationale: 'Changer une ampoule au plafond, poser les moustiquaires ou déneiger le balcon devient risqué avec l’âge. Un service abordable prévient les chutes et retarde le départ de la maison.',
		powers: 'Développement social, habitation',
		cost: 'faible',
		time: 'court',
		evidence: ['menus travaux aînés', 'menus travaux']
	},
	{
		clienteles: ['aines'],
		title: 'Favoriser la cohabitation intergénérationnelle entre aînés propriétaires et étudiants ou jeunes travailleurs',
		rationale: 'Une chambre libre devient un logement abordable pour un jeune et une présence rassurante pour un aîné. Un organisme encadre chaque jumelage.',
		powers: 'Habitation, développement social',
		cost: 'faible',
		time: 'court',
		evidence: ['cohabitation intergénérationnelle', 'aînés propriétaires étudiants']
	},
	{
		clienteles: ['handicap', 'aines'],
		title: 'Inciter les promoteurs à construire des logements adaptables, faciles à transformer quand les besoins changent',
		rationale: 'Des portes plus larges et une salle de bain au rez-de-chaussée coûtent peu à la construction et beaucoup plus cher à ajouter ensuite. Ces logements permettent de vieillir chez soi.',
		powers: 'Urbanisme, habitation',
		cost: 'faible',
		time: 'moyen',
		evidence: ['logements adaptables construction', 'logements adaptables']
	}
]);

const LOISIR = inTheme('loisir', [
	{
		clienteles: ['familles', 'enfants-adolescents'],
		title: 'Offrir une tarification familiale pour toutes les activités de loisirs municipales',
		rationale: 'Inscrire trois enfants à la natation coûte vite très cher. Un tarif dégressif par famille garde les enfants actifs, quel que soit le nombre de frères et sœurs.',
		powers: 'Loisirs et parcs, tarification des services',
		cost: 'faible',
		time: 'court',
		evidence: ['tarification familiale loisirs', 'tarification familiale']
	},
	{
		clienteles: ['enfants-adolescents'],
		title: 'Offrir des cours de natation gratuits aux enfants de 5 à 12 ans',
		rationale: 'Savoir nager est une compétence qui sauve des vies. La gratuité rejoint les enfants dont les familles n’ont pas les moyens de payer des cours.',
		powers: 'Loisirs et parcs',
		cost: 'moyen',
		time: 'court',
		evidence: ['cours de natation gratuits', 'bain libre familles']
	},
	{
		clienteles: ['familles', 'enfants-adolescents'],
		title: 'Prêter gratuitement de l’équipement de plein air aux familles : raquettes, skis, luges et vélos',
		rationale: 'Le coût de l’équipement empêche bien des familles de profiter du plein air. Le prêt gratuit rend l’hiver plus actif pour tous.',
		powers: 'Loisirs et parcs',
		cost: 'faible',
		time: 'court',
		evidence: ['prêt équipement plein air', 'équipement de plein air']
	},
	{
		clienteles: ['aines'],
		title: 'Offrir aux aînés des activités physiques adaptées, en salle et en plein air, encadrées par un kinésiologue',
		rationale: 'L’activité physique régulière maintient la force, l’équilibre et l’autonomie. Un encadrement professionnel rassure les aînés qui n’osent pas s’entraîner seuls.',
		powers: 'Loisirs et parcs',
		cost: 'faible',
		time: 'court',
		evidence: ['activités physiques adaptées aînés', 'club de marche aînés']
	},
	{
		clienteles: ['handicap'],
		title: 'Rendre l’aréna, la piscine et les chalets de parc accessibles aux personnes à mobilité réduite',
		rationale: 'Vestiaires, gradins, accès à l’eau : sans adaptations, les personnes à mobilité réduite restent spectatrices ou restent chez elles, et leurs proches avec elles.',
		powers: 'Loisirs et parcs, gestion des immeubles municipaux',
		cost: 'eleve',
		time: 'long',
		evidence: ['installations loisirs mobilité réduite', 'installations sportives accessibles']
	},
	{
		clienteles: ['enfants-adolescents'],
		title: 'Soutenir la maison des jeunes pour qu’elle ouvre plus de soirs, y compris le vendredi et le samedi',
		rationale: 'Les adolescents ont besoin d’un lieu sûr, encadré par des adultes de confiance, surtout le soir et la fin de semaine.',
		powers: 'Développement social, loisirs',
		cost: 'moyen',
		time: 'court',
		evidence: ['maison des jeunes', 'lieu de rassemblement adolescents']
	},
	{
		clienteles: ['enfants-adolescents', 'familles'],
		title: 'Aménager une patinoire extérieure éclairée avec un chalet chauffé ouvert en soirée',
		rationale: 'En hiver, une patinoire près des maisons est souvent la seule activité gratuite accessible à pied pour les enfants et les familles.',
		powers: 'Loisirs et parcs',
		cost: 'moyen',
		time: 'court',
		evidence: ['patinoire extérieure chalet', 'patinoire']
	},
	{
		clienteles: ['handicap'],
		title: 'Offrir des activités de loisirs adaptées aux adultes vivant avec une déficience intellectuelle',
		rationale: 'Après l’école, l’offre de loisirs pour ces adultes diminue fortement. Des activités adaptées préviennent leur isolement et soulagent leurs proches.',
		powers: 'Loisirs et parcs, développement social',
		cost: 'faible',
		time: 'court',
		evidence: ['loisirs déficience intellectuelle', 'activités adaptées']
	},
	{
		clienteles: ['enfants-adolescents', 'aines'],
		title: 'Organiser des activités intergénérationnelles régulières entre élèves et aînés',
		rationale: 'Jeux, lecture, tricot ou jardinage : les rencontres entre générations réduisent l’isolement des aînés et les préjugés des plus jeunes.',
		powers: 'Loisirs, développement social',
		cost: 'faible',
		time: 'court',
		evidence: ['activités intergénérationnelles élèves aînés', 'intergénérationnel']
	},
	{
		clienteles: ['enfants-adolescents', 'familles'],
		title: 'Animer les parcs tout l’été avec une équipe d’animateurs itinérants',
		rationale: 'Des animations gratuites au parc rejoignent les enfants qui ne sont pas inscrits au camp de jour, souvent ceux qui en ont le plus besoin.',
		powers: 'Loisirs et parcs',
		cost: 'moyen',
		time: 'court',
		evidence: ['animateurs itinérants parcs', 'animer parcs été']
	},
	{
		clienteles: ['familles', 'aines'],
		title: 'Entretenir gratuitement des sentiers de ski de fond, de raquette et de marche hivernale',
		rationale: 'Bouger dehors l’hiver est bon pour la santé physique et pour le moral. Des sentiers gratuits et bien entretenus attirent familles et aînés.',
		powers: 'Loisirs et parcs',
		cost: 'moyen',
		time: 'court',
		evidence: ['sentiers ski de fond raquette', 'sentiers de raquette']
	},
	{
		clienteles: ['enfants-adolescents'],
		title: 'Organiser avec les jeunes une ligue de basketball libre et de sports de rue, sans frais d’inscription',
		rationale: 'Les sports libres attirent des adolescents qui ne se reconnaissent pas dans les ligues organisées. Ils bougent, se rencontrent et prennent des responsabilités.',
		powers: 'Loisirs et parcs',
		cost: 'faible',
		time: 'court',
		evidence: ['basketball sports de rue', 'sports libres jeunes']
	}
]);

const MOBILITE = inTheme('mobilite', [
	{
		clienteles: ['enfants-adolescents', 'familles'],
		title: 'Aménager des corridors scolaires sécuritaires autour de chaque école primaire',
		rationale: 'Marcher ou rouler vers l’école, c’est de l’activité physique chaque jour. Des trajets balisés, avec traverses marquées et vitesse réduite, rassurent les parents comme les enfants.',
		powers: 'Voirie, sécurité publique, transport',
		cost: 'moyen',
		time: 'moyen',
		evidence: ['corridors scolaires sécuritaires', 'trajets écoles']
	},
	{
		clienteles: ['enfants-adolescents', 'aines'],
		title: 'Réduire la limite de vitesse à 30 km/h dans les zones scolaires et les rues résidentielles',
		rationale: 'La gravité des blessures d’un piéton augmente fortement avec la vitesse du véhicule. Une vitesse réduite protège d’abord les enfants et les aînés.',
		powers: 'Voirie, réglementation de la circulation, sécurité publique',
		cost: 'faible',
		time: 'court',
		evidence: ['limite de vitesse zones scolaires', 'vitesse zones scolaires']
	},
	{
		clienteles: ['handicap', 'aines', 'familles'],
		title: 'Abaisser les bordures de trottoir à toutes les intersections achalandées',
		rationale: 'Une bordure trop haute suffit à bloquer un fauteuil roulant, une marchette ou une poussette. Ces corrections coûtent peu lorsqu’elles sont faites pendant la réfection des rues.',
		powers: 'Voirie, accessibilité universelle',
		cost: 'moyen',
		time: 'moyen',
		evidence: ['bordures de trottoir', 'bateaux pavés']
	},
	{
		clienteles: ['aines', 'handicap', 'enfants-adolescents'],
		title: 'Déneiger en priorité les trottoirs près des écoles, des résidences pour aînés et des services',
		rationale: 'Un trottoir glacé isole les aînés tout l’hiver et pousse les piétons dans la rue. Revoir l’ordre des opérations de déneigement ne coûte presque rien.',
		powers: 'Voirie, travaux publics',
		cost: 'faible',
		time: 'court',
		evidence: ['déneiger priorité trottoirs', 'déneigement trottoirs']
	},
	{
		clienteles: ['aines', 'handicap'],
		title: 'Organiser un transport vers les rendez-vous médicaux et les services de santé régionaux',
		rationale: 'Sans voiture, un rendez-vous à l’hôpital régional peut devenir impossible. Un transport organisé évite que des aînés renoncent à leurs soins.',
		powers: 'Transport, ententes intermunicipales',
		cost: 'moyen',
		time: 'moyen',
		evidence: ['transport rendez-vous médicaux', 'transport services de santé']
	},
	{
		clienteles: ['handicap'],
		title: 'Mieux faire connaître le transport adapté et élargir ses heures de service',
		rationale: 'Bien des personnes admissibles au transport adapté ne l’utilisent pas, faute d’information, ou ne peuvent pas s’en servir le soir. Un service connu et disponible leur rend leur autonomie.',
		powers: 'Transport, communications',
		cost: 'moyen',
		time: 'court',
		evidence: ['transport adapté', 'promouvoir transport adapté']
	},
	{
		clienteles: ['aines', 'handicap', 'enfants-adolescents'],
		title: 'Allonger le temps de traversée aux feux pour piétons des intersections achalandées',
		rationale: 'Les feux sont souvent réglés pour des marcheurs rapides. Quelques secondes de plus permettent aux aînés, aux enfants et aux personnes à mobilité réduite de traverser sans stress.',
		powers: 'Voirie, sécurité publique',
		cost: 'faible',
		time: 'court',
		evidence: ['temps de traversée feux piétons', 'traverses piétonnes']
	},
	{
		clienteles: ['aines', 'enfants-adolescents'],
		title: 'Mettre en place un taxibus ou un transport collectif sur réservation pour les secteurs ruraux',
		rationale: 'Dans les rangs, l’absence de transport isole les aînés qui ne conduisent plus et les adolescents qui veulent se rendre au travail ou à leurs activités.',
		powers: 'Transport, ententes intermunicipales',
		cost: 'eleve',
		time: 'moyen',
		evidence: ['taxibus réservation', 'transport collectif demande']
	},
	{
		clienteles: ['enfants-adolescents', 'familles'],
		title: 'Lancer un pédibus et un vélobus avec les écoles primaires',
		rationale: 'Marcher ou pédaler en groupe avec des adultes bénévoles rend le trajet sécuritaire, sociable et actif. Moins d’autos devant l’école, c’est plus sûr pour tous.',
		powers: 'Transport actif, sécurité publique',
		cost: 'faible',
		time: 'court',
		evidence: ['pédibus vélobus', 'pédibus']
	},
	{
		clienteles: ['enfants-adolescents', 'familles'],
		title: 'Développer un réseau cyclable sécuritaire qui relie les quartiers aux écoles, aux parcs et aux commerces',
		rationale: 'Des voies cyclables séparées de la circulation permettent aux jeunes de se déplacer seuls et aux familles de laisser l’auto à la maison.',
		powers: 'Voirie, transport, urbanisme',
		cost: 'eleve',
		time: 'long',
		evidence: ['réseau cyclable écoles parcs', 'plan mobilité active']
	},
	{
		clienteles: ['aines', 'enfants-adolescents'],
		title: 'Offrir la gratuité du transport en commun aux aînés et aux enfants',
		rationale: 'Le transport en commun gratuit aide les aînés à garder une vie sociale et les jeunes à se rendre à leurs loisirs ou à leur emploi, tout en réduisant l’usage de l’auto.',
		powers: 'Transport, finances municipales',
		cost: 'eleve',
		time: 'moyen',
		evidence: ['gratuité transport en commun', 'titre de transport tarif réduit']
	},
	{
		clienteles: ['aines', 'handicap'],
		title: 'Installer des abribus éclairés avec bancs aux arrêts les plus utilisés',
		rationale: 'Attendre debout au froid ou sous la pluie décourage les aînés et les personnes à mobilité réduite de prendre l’autobus.',
		powers: 'Transport, voirie',
		cost: 'moyen',
		time: 'moyen',
		evidence: ['abribus', 'abribus bancs']
	},
	{
		clienteles: ['enfants-adolescents'],
		title: 'Embaucher des brigadiers scolaires aux intersections dangereuses près des écoles',
		rationale: 'Un brigadier rend sûre une traversée difficile et encourage les parents à laisser leurs enfants marcher jusqu’à l’école.',
		powers: 'Sécurité publique, voirie',
		cost: 'moyen',
		time: 'court',
		evidence: ['brigadiers scolaires', 'traverses sécuritaires école']
	}
]);

const TRANSITION = inTheme('transition', [
	{
		clienteles: ['aines', 'enfants-adolescents'],
		title: 'Aménager des îlots de fraîcheur dans les quartiers les plus minéralisés et près des résidences pour aînés',
		rationale: 'Les canicules sont plus fréquentes et touchent d’abord les aînés, les jeunes enfants et les personnes malades. Arbres, verdure et ombre abaissent la température là où on en a le plus besoin.',
		powers: 'Environnement, urbanisme, loisirs et parcs',
		cost: 'moyen',
		time: 'moyen',
		evidence: ['îlots de fraîcheur', 'plantation arbres chaleur']
	},
	{
		clienteles: ['aines', 'handicap'],
		title: 'Adopter un plan d’intervention en chaleur extrême pour joindre les aînés et les personnes vulnérables',
		rationale: 'Lors d’une vague de chaleur, les personnes seules ou malades sont les plus à risque. Le plan prévoit des appels, des lieux climatisés ouverts au public et du transport pour s’y rendre.',
		powers: 'Sécurité civile, développement social',
		cost: 'faible',
		time: 'court',
		evidence: ['chaleur extrême aînés vulnérables', 'plan chaleur']
	},
	{
		clienteles: ['enfants-adolescents'],
		title: 'Verdir les cours d’école avec le centre de services scolaire',
		rationale: 'Des cours plus vertes, plus ombragées et plus variées favorisent le jeu actif, réduisent la chaleur et améliorent le bien-être des élèves.',
		powers: 'Environnement, ententes avec le milieu scolaire',
		cost: 'eleve',
		time: 'moyen',
		evidence: ['verdir cours école', 'parc-école']
	},
	{
		clienteles: ['aines', 'handicap'],
		title: 'Aménager des jardins communautaires accessibles, avec bacs surélevés, près des résidences pour aînés',
		rationale: 'Jardiner procure une activité physique douce, des légumes frais et des occasions de rencontre. Des bacs surélevés le rendent possible aux personnes à mobilité réduite.',
		powers: 'Environnement, loisirs et parcs, urbanisme',
		cost: 'moyen',
		time: 'court',
		evidence: ['jardins communautaires accessibles', 'jardins communautaires aînés']
	},
	{
		clienteles: ['familles'],
		title: 'Offrir une subvention pour l’achat de couches lavables',
		rationale: 'Les couches jetables pèsent lourd dans les déchets comme dans le budget des familles. Une aide à l’achat rend l’option lavable plus accessible.',
		powers: 'Environnement, gestion des matières résiduelles',
		cost: 'faible',
		time: 'court',
		evidence: ['couches lavables', 'produits réutilisables']
	},
	{
		clienteles: ['enfants-adolescents'],
		title: 'Créer un comité environnemental jeunesse doté d’un budget pour réaliser ses projets',
		rationale: 'Les jeunes s’inquiètent pour le climat. Leur donner les moyens d’agir localement transforme l’inquiétude en engagement.',
		powers: 'Environnement, participation citoyenne',
		cost: 'faible',
		time: 'court',
		evidence: ['comité environnemental jeunesse', 'comité jeunesse environnement']
	},
	{
		clienteles: ['familles'],
		title: 'Ouvrir une bibliothèque d’outils et d’équipements partagés',
		rationale: 'Emprunter plutôt qu’acheter réduit les dépenses des familles et la consommation de ressources. C’est aussi une occasion d’entraide entre voisins.',
		powers: 'Environnement, culture et bibliothèques',
		cost: 'faible',
		time: 'court',
		evidence: ['bibliothèque outils équipements partagés', 'équipements partagés']
	},
	{
		clienteles: ['familles', 'enfants-adolescents'],
		title: 'Soutenir une ressourcerie et des bazars d’échange de vêtements et d’articles pour enfants',
		rationale: 'Les enfants grandissent vite. Le réemploi fait économiser les familles et réduit les déchets.',
		powers: 'Environnement, développement social',
		cost: 'faible',
		time: 'court',
		evidence: ['bazar échange vêtements', 'ressourcerie vêtements enfants']
	},
	{
		clienteles: ['aines', 'handicap'],
		title: 'Élaborer un plan d’adaptation aux changements climatiques qui tient compte des personnes vulnérables',
		rationale: 'Inondations, canicules et tempêtes frappent plus durement les aînés, les personnes handicapées et les ménages à faible revenu. Les connaître à l’avance permet de mieux les protéger.',
		powers: 'Sécurité civile, environnement, urbanisme',
		cost: 'moyen',
		time: 'moyen',
		evidence: ['adaptation changements climatiques', 'plan sécurité civile personnes vulnérables']
	},
	{
		clienteles: ['familles', 'enfants-adolescents'],
		title: 'Adopter une politique de l’arbre avec une cible de canopée pour chaque quartier',
		rationale: 'Les arbres rafraîchissent l’air, filtrent les polluants et rendent les rues plus agréables à parcourir à pied. Une cible par quartier assure que les secteurs moins favorisés en profitent aussi.',
		powers: 'Environnement, urbanisme et zonage',
		cost: 'moyen',
		time: 'long',
		evidence: ['politique de l’arbre canopée', 'couvert forestier urbain']
	},
	{
		clienteles: ['familles', 'enfants-adolescents'],
		title: 'Aménager une forêt nourricière ou un verger communautaire avec les écoles et les citoyens',
		rationale: 'Un verger public offre des fruits à tous, un lieu d’apprentissage pour les enfants et un projet rassembleur pour le quartier.',
		powers: 'Environnement, loisirs et parcs',
		cost: 'moyen',
		time: 'moyen',
		evidence: ['forêt nourricière verger', 'jardin collectif']
	},
	{
		clienteles: ['aines', 'handicap'],
		title: 'Aider les aînés et les personnes à mobilité réduite à sortir leurs encombrants et leurs bacs',
		rationale: 'Déplacer un vieux meuble ou un bac plein peut causer une chute. Une aide sur demande permet de bien trier ses matières sans se mettre en danger.',
		powers: 'Gestion des matières résiduelles, développement social',
		cost: 'faible',
		time: 'court',
		evidence: ['collecte encombrants aînés', 'encombrants']
	},
	{
		clienteles: ['familles'],
		title: 'Remettre un arbre à planter à chaque famille lors d’une naissance ou d’une adoption',
		rationale: 'Un geste symbolique qui souligne l’arrivée d’un enfant et fait grandir, année après année, la forêt urbaine de la municipalité.',
		powers: 'Environnement, communications',
		cost: 'faible',
		time: 'court',
		evidence: ['arbre naissance adoption', 'arbre naissance']
	}
]);

export const DEMO_COMMITMENTS: readonly DemoCommitment[] = [
	...COLLABORATION,
	...INCLUSIVITE,
	...PARTICIPATION,
	...SERVICES,
	...ESPACES_PUBLICS,
	...HABITATION,
	...LOISIR,
	...MOBILITE,
	...TRANSITION
];
