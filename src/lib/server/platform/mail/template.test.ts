import { describe, expect, test } from 'vitest';
import { renderMail } from './template';

describe('renderMail', () => {
	const mail = renderMail({
		subject: 'Confirmez votre adresse',
		heading: 'Bienvenue sur la plateforme',
		paragraphs: ['Votre compte a été créé.', 'Le lien est valable 24 heures.'],
		action: { label: 'Confirmer mon adresse', url: 'https://plateforme.espacemuni.org/confirmer?jeton=abc&x=1' },
		organisationName: 'Espace MUNI'
	});

	test('writes the plain text with the link on its own line and the organisation in the footer', () => {
		expect(mail.text).toBe(
			[
				'Bienvenue sur la plateforme',
				'Votre compte a été créé.',
				'Le lien est valable 24 heures.',
				'Confirmer mon adresse :\nhttps://plateforme.espacemuni.org/confirmer?jeton=abc&x=1',
				'-- \nCe courriel vous a été envoyé par Espace MUNI.'
			].join('\n\n')
		);
	});

	test('writes French HTML with the heading, paragraphs, button and footer', () => {
		expect(mail.html).toContain('<html lang="fr">');
		expect(mail.html).toContain('<h1 style="margin:0 0 16px;font-size:22px">Bienvenue sur la plateforme</h1>');
		expect(mail.html).toContain('>Le lien est valable 24 heures.</p>');
		expect(mail.html).toContain('href="https://plateforme.espacemuni.org/confirmer?jeton=abc&amp;x=1"');
		expect(mail.html).toContain('>Confirmer mon adresse</a>');
		expect(mail.html).toContain('Ce courriel vous a été envoyé par Espace MUNI.');
	});

	test('escapes every input in the HTML and keeps the plain text as typed', () => {
		const hostile = renderMail({
			subject: 'Objet\r\nBcc: victime@example.org',
			heading: '<script>alert(1)</script>',
			paragraphs: ['Tom & Jerry « en direct »'],
			action: { label: '"><img src=x onerror=alert(1)>', url: 'https://example.org/?q="><b>' },
			organisationName: 'MRC <de> l’Érable'
		});
		expect(hostile.subject).toBe('Objet Bcc: victime@example.org');
		expect(hostile.html).not.toMatch(/<script|<img|<b>|<de>/);
		expect(hostile.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(hostile.html).toContain('Tom &amp; Jerry « en direct »');
		expect(hostile.html).toContain('MRC &lt;de&gt; l’Érable');
		expect(hostile.text).toContain('Tom & Jerry « en direct »');
	});

	test('renders without an action', () => {
		const plain = renderMail({ subject: 'Rappel', heading: 'Rappel', paragraphs: ['Texte.'], organisationName: 'Espace MUNI' });
		expect(plain.html).not.toContain('<a ');
		expect(plain.text).toBe('Rappel\n\nTexte.\n\n-- \nCe courriel vous a été envoyé par Espace MUNI.');
	});

	test('refuses links that are not http or https', () => {
		const withUrl = (url: string) => () =>
			renderMail({ subject: 's', heading: 'h', paragraphs: [], action: { label: 'l', url }, organisationName: 'o' });
		expect(withUrl('javascript:alert(1)')).toThrow(expect.objectContaining({ code: 'invalid_input' }));
		expect(withUrl('pas une adresse')).toThrow(expect.objectContaining({ code: 'invalid_input' }));
	});
});
