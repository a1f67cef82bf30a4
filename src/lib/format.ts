import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime';

const formatters = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, maximumFractionDigits = 0): string {
	const key = `${getLocale()}:${maximumFractionDigits}`;
	let formatter = formatters.get(key);
	if (!formatter) {
		formatter = new Intl.NumberFormat(getLocale() === 'fr' ? 'fr-CA' : 'en-CA', { maximumFractionDigits });
		formatters.set(key, formatter);
	}
	return formatter.format(value);
}

export function formatDate(isoDate: string): string {
	return new Intl.DateTimeFormat(getLocale() === 'fr' ? 'fr-CA' : 'en-CA', { dateStyle: 'long', timeZone: 'UTC' }).format(
		new Date(`${isoDate}T00:00:00Z`)
	);
}

export function populationClassLabel(populationClass: { minPopulation: number; maxPopulation: number | null }): string {
	const { minPopulation, maxPopulation } = populationClass;
	if (maxPopulation === null) return m.population_class_open({ min: formatNumber(minPopulation) });
	if (minPopulation <= 1) return m.population_class_first({ max: formatNumber(maxPopulation + 1) });
	return m.population_class_range({ min: formatNumber(minPopulation), max: formatNumber(maxPopulation) });
}

export function inhabitants(count: number): string {
	return m.population_inhabitants({ count, shown: formatNumber(count) });
}

const designations: Record<string, () => string> = {
	'01': m.designation_01,
	'02': m.designation_02,
	'04': m.designation_04,
	'05': m.designation_05,
	'06': m.designation_06,
	'07': m.designation_07,
	'08': m.designation_08,
	'09': m.designation_09,
	'10': m.designation_10
};

export function designationLabel(code: string): string {
	return designations[code]?.() ?? code;
}

/** Web sites in the MAMH directory come without a scheme ("www.muniles.ca"). */
export function websiteHref(website: string): string {
	return /^https?:\/\//i.test(website) ? website : `https://${website}`;
}
