import type { Database } from '../db/types';
import type { Role } from './roles';

/** A fiscal year or any other span the activity report asks figures for; `end` is exclusive. */
export type Period = { start: Date; end: Date };

export type NavigationEntry = {
	href: string;
	label: () => string;
	description: () => string;
	order: number;
};

/** A staff page the module offers, listed on /admin for those who hold the permission. */
export type AdministrationEntry = {
	href: string;
	label: () => string;
	description: () => string;
	permission: string;
	order: number;
};

export type SearchHit = {
	kind: string;
	title: string;
	href: string;
	detail: string;
	score: number;
};

export type StatFigure = {
	key: string;
	label: () => string;
	value: number;
	/** Shown after the value: '$', 'h', '%'... (none for a count). */
	unit?: string;
	/** Where the records behind the figure can be seen. */
	source: string;
	/** Shown among the key figures of the home page. */
	headline?: boolean;
};

/** A block that a module adds to another module's page, such as the municipality sheet. */
export type PageSection = {
	key: string;
	title: string;
	items: { label: string; href?: string; detail?: string }[];
};

/** `today` is the Québec calendar date (YYYY-MM-DD) the run is for; `origin` the public address for links in emails. */
export type DailyContext = { db: Database; today: string; origin: string };

export type SeedContext = { db: Database; referenceDir: string };

/**
 * What a domain module declares about itself. The platform iterates the manifests, so adding
 * a module never means editing a list elsewhere.
 */
export type ModuleManifest = {
	name: string;
	/** Modules whose seeds must run before this one's. */
	dependsOn?: readonly string[];
	navigation?: readonly NavigationEntry[];
	administration?: readonly AdministrationEntry[];
	/** Permission name to the platform roles that hold it. */
	permissions?: Readonly<Record<string, readonly Role[]>>;
	search?: (db: Database, text: string, limit: number) => Promise<SearchHit[]>;
	stats?: (db: Database, period: Period) => Promise<StatFigure[]>;
	sections?: {
		municipality?: (db: Database, municipalityCode: string) => Promise<PageSection | null>;
		/** What a member organisation takes part in, shown in its member portal. */
		memberPortal?: (db: Database, organisationId: string) => Promise<PageSection | null>;
	};
	/** What the module holds about a person (Québec's Law 25): exported on request, erased or anonymised on request. */
	personalData?: {
		export: (db: Database, userId: string) => Promise<Record<string, unknown>>;
		/** Runs inside the erasure transaction. */
		erase: (tx: Database, userId: string) => Promise<void>;
	};
	/**
	 * Work done once a day (renewal reminders...). It runs as a durable job at most once per module and
	 * Québec calendar day, so a restart never repeats it; it must still be idempotent, since a failed run is retried.
	 */
	daily?: (context: DailyContext) => Promise<void>;
	seed?: {
		/** Real reference data, loaded on every installation. */
		reference?: (context: SeedContext) => Promise<void>;
		/** Clearly labelled demonstration content, loaded only when demonstration content is on. */
		demo?: (context: SeedContext) => Promise<void>;
	};
};
