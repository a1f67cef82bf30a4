import { describe, expect, it } from 'vitest';
import { attachment, contentDisposition, exportFileName, slugify } from './download';

describe('exportFileName', () => {
	it('slugifies the name, folds accents and adds the day and extension', () => {
		expect(exportFileName('Banque mesures', new Date('2026-11-25'), 'xlsx')).toBe('banque-mesures-2026-11-25.xlsx');
		expect(exportFileName("  Rapport d'activités : Œuvres & été ! ", new Date('2026-11-25T15:00:00Z'), 'docx')).toBe(
			'rapport-d-activites-oeuvres-ete-2026-11-25.docx'
		);
		expect(exportFileName('Plateforme électorale', new Date('2026-11-26T02:00:00Z'), 'csv')).toBe('plateforme-electorale-2026-11-25.csv');
		expect(exportFileName('« »', new Date('2026-11-25'), 'csv')).toBe('export-2026-11-25.csv');
	});

	it('keeps slugs short without a dangling dash', () => {
		expect(slugify('a'.repeat(79) + ' b', 80)).toBe('a'.repeat(79));
	});
});

describe('attachment', () => {
	it('sets the content type of each kind', () => {
		expect(attachment('x', 'a.csv', 'csv').headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(attachment(Buffer.from('x'), 'a.xlsx', 'xlsx').headers.get('content-type')).toBe(
			'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
		);
		expect(attachment(Buffer.from('x'), 'a.docx', 'docx').headers.get('content-type')).toBe(
			'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
		);
	});

	it('names the file for old and new browsers, accents included', () => {
		const response = attachment('x', "Rapport d'été (2026).docx", 'docx');
		expect(response.headers.get('content-disposition')).toBe(
			`attachment; filename="Rapport d'ete (2026).docx"; filename*=UTF-8''Rapport%20d%27%C3%A9t%C3%A9%20%282026%29.docx`
		);
	});

	it('cannot be tricked by quotes, line breaks or paths in the name', () => {
		const header = contentDisposition('../a"b\\c\r\nSet-Cookie: x.csv');
		expect(header).toBe(`attachment; filename=".._a_b_c__Set-Cookie: x.csv"; filename*=UTF-8''.._a%22b_c__Set-Cookie%3A%20x.csv`);
	});

	it('is never cached or sniffed, and carries the body unchanged', async () => {
		const csv = '\uFEFFNom,Ville\r\nÉlise,Lévis\r\n';
		const response = attachment(csv, 'liste.csv', 'csv');
		expect(response.headers.get('cache-control')).toBe('no-store');
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		const bytes = Buffer.from(await response.arrayBuffer());
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(bytes.toString('utf8')).toBe(csv);
		expect(response.headers.get('content-length')).toBe(String(bytes.byteLength));

		const binary = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00]);
		expect(Buffer.from(await attachment(binary, 'a.xlsx', 'xlsx').arrayBuffer())).toEqual(binary);
	});
});
