import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { readXlsxRows } from '../../../platform/exports/xlsx';
import { listFile, listTable } from './export';
import type { ListDetail, ListEntry } from './service';

const entry = (overrides: Partial<ListEntry>): ListEntry => ({
	itemId: 1,
	position: 1,
	note: '',
	addedAt: new Date('2026-03-01T12:00:00Z'),
	kind: 'mesure',
	title: 'Titre',
	description: 'Description',
	placeName: 'Lévis',
	regionName: 'Chaudière-Appalaches',
	year: 2022,
	themes: ['Transport'],
	clienteles: ['Personnes aînées'],
	path: '/banque/mesures/1',
	...overrides
});

const list: ListDetail = {
	id: '00000000-0000-4000-8000-000000000000',
	name: 'Plan d’action « famille » 2026',
	description: 'Ébauche pour le comité de suivi.',
	createdAt: new Date('2026-03-01T12:00:00Z'),
	updatedAt: new Date('2026-03-02T12:00:00Z'),
	entries: [
		entry({ itemId: 7, path: '/banque/mesures/7', title: 'Navette vers les commerces', note: 'À proposer au conseil\nen avril' }),
		entry({ itemId: 3, position: 2, kind: 'outil', title: 'Guide MADA', placeName: null, regionName: null, year: null, themes: [], clienteles: [], path: null })
	]
};

describe('list downloads', () => {
	it('writes one spreadsheet row per item, in order, with the note and the address', async () => {
		const { body, filename } = await listFile(list, 'xlsx', 'https://muni.example', new Date('2026-03-05T15:00:00Z'));
		expect(filename).toBe('plan-d-action-famille-2026-2026-03-05.xlsx');
		const { headers, rows } = await readXlsxRows(body);
		expect(headers).toEqual(listTable(list, '').columns.map((column) => column.header));
		expect(rows).toEqual([
			['1', 'Navette vers les commerces', 'Mesure', 'Lévis', 'Chaudière-Appalaches', '2022', 'Transport', 'Personnes aînées', 'À proposer au conseil\nen avril', 'https://muni.example/banque/mesures/7'],
			['2', 'Guide MADA', 'Outil', '', '', '', '', '', '', '']
		]);
	});

	it('writes a Word document titled with the list, the items numbered in order with their notes', async () => {
		const { body, filename } = await listFile(list, 'docx', 'https://muni.example', new Date('2026-03-05T15:00:00Z'));
		expect(filename.endsWith('.docx')).toBe(true);
		const { value: html } = await mammoth.convertToHtml({ buffer: body });
		expect(html).toContain('<h1>1. Navette vers les commerces</h1>');
		expect(html).toContain('<h1>2. Guide MADA</h1>');
		const { value: text } = await mammoth.extractRawText({ buffer: body });
		const order = [
			'Plan d’action « famille » 2026',
			'Ébauche pour le comité de suivi.',
			'1. Navette vers les commerces',
			'Mesure · Lévis, Chaudière-Appalaches · 2022',
			'Champs d’intervention : Transport',
			'Clientèles : Personnes aînées',
			'Note : À proposer au conseil',
			'en avril',
			'Fiche : https://muni.example/banque/mesures/7',
			'2. Guide MADA',
			'Cette fiche n’est plus publiée dans la Banque.'
		];
		const positions = order.map((part) => text.indexOf(part));
		expect(positions.every((position) => position >= 0), JSON.stringify(positions)).toBe(true);
		expect(positions).toEqual([...positions].sort((a, b) => a - b));
	});
});
