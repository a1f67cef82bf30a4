import { fieldsOfKind, isItemKind, valueList, valueText, type FormVocabularies, type ItemFormValues } from '$lib/components/catalogue/item-form';
import { KIND_LABELS, PROGRESS_LABELS, fieldLabel } from '$lib/components/catalogue/labels';

export type FieldDifference = { field: string; label: string; current: string; yours: string };

/** The fields where the person's values and the current version differ, as people read them. */
export function differences(yours: ItemFormValues, current: ItemFormValues, vocabularies: FormVocabularies): FieldDifference[] {
	const kind = isItemKind(yours.kind) ? yours.kind : isItemKind(current.kind) ? current.kind : 'mesure';
	const term = (vocabulary: keyof FormVocabularies, slug: string) => vocabularies[vocabulary].find((entry) => entry.slug === slug)?.label ?? slug;
	const shown = (field: string, values: ItemFormValues): string => {
		const value = values[field];
		switch (field) {
			case 'themes':
				return valueList(value).map((slug) => term('theme', slug)).sort().join(', ');
			case 'clienteles':
				return valueList(value).map((slug) => term('clientele', slug)).sort().join(', ');
			case 'policyType':
				return value ? term('policy_type', valueText(value)) : '';
			case 'toolType':
				return value ? term('tool_type', valueText(value)) : '';
			case 'kind':
				return isItemKind(value) ? KIND_LABELS[value]() : valueText(value);
			case 'progress':
				return PROGRESS_LABELS[valueText(value) as keyof typeof PROGRESS_LABELS]?.() ?? valueText(value);
			default:
				return valueText(value).replace(/\r\n/g, '\n').trim();
		}
	};
	return fieldsOfKind(kind)
		.map((field) => ({ field, label: fieldLabel(field), current: shown(field, current), yours: shown(field, yours) }))
		.filter((row) => row.current !== row.yours);
}
