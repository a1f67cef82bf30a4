import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { toDocx, type DocDocument } from './docx';
import { zipEntryText } from './unzip.testing';

const report: DocDocument = {
	title: "Rapport d'activités 2026",
	subtitle: 'Espace MUNI — réseau québécois',
	footer: 'Document de travail',
	blocks: [
		{ kind: 'paragraph', text: 'Une année de mesures pour la santé.', style: 'lead' },
		{ kind: 'heading', level: 1, text: 'Faits saillants' },
		{ kind: 'paragraph', text: 'Premier paragraphe.' },
		{ kind: 'numbered', items: ['Adhésion', 'Sceau Fièrement membre'] },
		{ kind: 'heading', level: 2, text: 'Municipalités' },
		{ kind: 'paragraph', text: 'Ligne un\nLigne deux', style: 'muted' },
		{ kind: 'numbered', items: ['Lévis', 'Rimouski', 'Saint-Jérôme'] },
		{ kind: 'bullets', items: ['Aînés', 'Enfants'] },
		{
			kind: 'table',
			table: {
				title: 'Tableau 1 — Mesures',
				columns: [
					{ key: 'name', header: 'Mesure', width: 30 },
					{ key: 'count', header: 'Nombre', kind: 'number' },
					{ key: 'day', header: 'Date', kind: 'date' },
					{ key: 'url', header: 'Lien', kind: 'url' },
					{ key: 'tags', header: 'Thèmes' }
				],
				rows: [
					{ name: 'Ruelles vertes', count: 12345.5, day: new Date('2026-11-25'), url: 'https://espacemuni.org/m/1', tags: ['Santé', 'Aînés'] },
					{ name: 'Jardins', count: 2026, day: null, url: 'javascript:alert(1)', tags: null }
				]
			}
		},
		{ kind: 'pageBreak' },
		{ kind: 'heading', level: 3, text: 'Coordonnées' },
		{ kind: 'keyValues', entries: [['Responsable', 'Marie Tremblay'], ['Courriel', 'info@espacemuni.org']] }
	]
};

const rendered = toDocx(report);

describe('toDocx', () => {
	it('writes headings with Word heading styles (h1, h2, h3 for mammoth) after the title', async () => {
		const { value: html } = await mammoth.convertToHtml({ buffer: await rendered });
		expect(html).toContain('<h1>Faits saillants</h1>');
		expect(html).toContain('<h2>Municipalités</h2>');
		expect(html).toContain('<h3>Coordonnées</h3>');
		expect(html.indexOf("Rapport d'activités 2026")).toBeLessThan(html.indexOf('Espace MUNI — réseau québécois'));
		expect(html.indexOf('Espace MUNI — réseau québécois')).toBeLessThan(html.indexOf('<h1>'));
	});

	it('keeps the blocks in order', async () => {
		const { value: text } = await mammoth.extractRawText({ buffer: await rendered });
		const order = [
			"Rapport d'activités 2026",
			'Une année de mesures',
			'Faits saillants',
			'Premier paragraphe.',
			'Adhésion',
			'Municipalités',
			'Ligne un',
			'Ligne deux',
			'Lévis',
			'Aînés',
			'Tableau 1 — Mesures',
			'Ruelles vertes',
			'Coordonnées',
			'Marie Tremblay'
		];
		const positions = order.map((part) => text.indexOf(part));
		expect(positions.every((position) => position >= 0)).toBe(true);
		expect(positions).toEqual([...positions].sort((a, b) => a - b));
	});

	it('writes numbered and bulleted lists as Word lists', async () => {
		const { value: html } = await mammoth.convertToHtml({ buffer: await rendered });
		expect(html).toContain('<ol><li>Adhésion</li><li>Sceau Fièrement membre</li></ol>');
		expect(html).toContain('<ol><li>Lévis</li><li>Rimouski</li><li>Saint-Jérôme</li></ol>');
		expect(html).toContain('<ul><li>Aînés</li><li>Enfants</li></ul>');
	});

	it('restarts numbering for each numbered list', async () => {
		const buffer = await rendered;
		const body = zipEntryText(buffer, 'word/document.xml');
		const numIds = [...body.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((match) => match[1]);
		expect(numIds).toHaveLength(7);
		const [first, second] = [numIds[0], numIds[2]];
		expect(numIds.slice(0, 5)).toEqual([first, first, second, second, second]);
		expect(first).not.toBe(second);
		const numbering = zipEntryText(buffer, 'word/numbering.xml');
		for (const id of [first, second]) {
			expect(numbering).toMatch(new RegExp(`<w:num w:numId="${id}">.*?<w:startOverride w:val="1"/>.*?</w:num>`));
		}
	});

	it('writes tables with a repeated header row, formatted numbers, dates, lists and safe links', async () => {
		const buffer = await rendered;
		const { value: html } = await mammoth.convertToHtml({ buffer });
		const cells = [...html.matchAll(/<t[dh]>(.*?)<\/t[dh]>/g)].map((match) => match[1].replace(/<\/?p>/g, ''));
		expect(cells.slice(0, 10)).toEqual([
			'<strong>Mesure</strong>',
			'<strong>Nombre</strong>',
			'<strong>Date</strong>',
			'<strong>Lien</strong>',
			'<strong>Thèmes</strong>',
			'Ruelles vertes',
			'12\u00a0345,5',
			'2026-11-25',
			'<a href="https://espacemuni.org/m/1">https://espacemuni.org/m/1</a>',
			'Santé; Aînés'
		]);
		expect(cells.slice(10, 15)).toEqual(['Jardins', '2026', '', 'javascript:alert(1)', '']);
		expect(cells.slice(15)).toEqual(['<strong>Responsable</strong>', 'Marie Tremblay', '<strong>Courriel</strong>', 'info@espacemuni.org']);
		const body = zipEntryText(buffer, 'word/document.xml');
		expect(body.match(/<w:tblHeader\/>/g)).toHaveLength(1);
		expect(body).toMatch(/<w:jc w:val="right"\/>.*12\u00a0345,5/s);
		expect(body).not.toMatch(/<w:jc w:val="(start|end)"\/>/);
	});

	it('uses real styles, French (Canada), Calibri 11 pt, heading outline levels and page numbers in the footer', async () => {
		const buffer = await rendered;
		const styles = zipEntryText(buffer, 'word/styles.xml');
		expect(styles).toMatch(/<w:docDefaults>.*<w:lang w:val="fr-CA"\/>.*<\/w:docDefaults>/s);
		expect(styles).toMatch(/<w:docDefaults>.*w:ascii="Calibri".*<w:sz w:val="22"\/>.*<\/w:docDefaults>/s);
		for (const level of [1, 2, 3]) {
			expect(styles).toMatch(new RegExp(`w:styleId="Heading${level}"><w:name w:val="Heading ${level}"/>.*?<w:outlineLvl w:val="${level - 1}"/>.*?</w:style>`));
		}
		const body = zipEntryText(buffer, 'word/document.xml');
		expect(body).toContain('<w:pStyle w:val="Title"/>');
		expect(body).toContain('<w:pStyle w:val="Lead"/>');
		const footer = zipEntryText(buffer, 'word/footer1.xml');
		expect(footer).toContain('Document de travail');
		expect(footer).toMatch(/Page .*PAGE.* de .*NUMPAGES/s);
	});

	it('writes English documents in en-CA', async () => {
		const buffer = await toDocx({ title: 'Report', language: 'en-CA', blocks: [{ kind: 'table', table: { title: '', columns: [{ key: 'n', header: 'N', kind: 'number' }], rows: [{ n: 12345.5 }] } }] });
		expect(zipEntryText(buffer, 'word/styles.xml')).toContain('<w:lang w:val="en-CA"/>');
		expect(zipEntryText(buffer, 'word/footer1.xml')).toMatch(/Page .*PAGE.* of .*NUMPAGES/s);
		const { value: html } = await mammoth.convertToHtml({ buffer });
		expect(html).toContain('12,345.5');
	});
});
