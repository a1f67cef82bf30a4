import { AppError } from '../errors';

export type MailAction = { label: string; url: string };

export type MailTemplate = {
	subject: string;
	heading: string;
	paragraphs: string[];
	action?: MailAction;
	organisationName: string;
};

export type RenderedMail = { subject: string; html: string; text: string };

const htmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
	return value.replace(/[&<>"']/g, (character) => htmlEscapes[character]);
}

// A javascript: or data: link would run in whatever shows the message, the admin outbox included.
function checkedUrl(url: string): string {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		throw new AppError('invalid_input', `Lien de courriel invalide : ${url}`);
	}
	if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
		throw new AppError('invalid_input', 'Le lien d’un courriel doit commencer par http:// ou https://.');
	}
	return parsed.href;
}

/** A French message in HTML and plain text, with the organisation's name in the footer. */
export function renderMail(template: MailTemplate): RenderedMail {
	const subject = template.subject.replace(/\s+/g, ' ').trim();
	const action = template.action && { label: template.action.label, url: checkedUrl(template.action.url) };
	const footer = `Ce courriel vous a été envoyé par ${template.organisationName}.`;

	const text = [
		template.heading,
		...template.paragraphs,
		...(action ? [`${action.label} :\n${action.url}`] : []),
		`-- \n${footer}`
	].join('\n\n');

	const paragraph = (content: string) => `<p style="margin:0 0 16px">${escapeHtml(content)}</p>`;
	const button = action
		? `<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="display:inline-block;background:#1d4ed8;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:bold">${escapeHtml(action.label)}</a></p>
<p style="margin:0 0 16px;font-size:14px;color:#4b5563">Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :<br><a href="${escapeHtml(action.url)}" style="color:#1d4ed8;word-break:break-all">${escapeHtml(action.url)}</a></p>`
		: '';
	const html = `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:0;background:#ffffff">
<div style="max-width:600px;margin:0 auto;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1f2937">
<h1 style="margin:0 0 16px;font-size:22px">${escapeHtml(template.heading)}</h1>
${template.paragraphs.map(paragraph).join('\n')}
${button}
<hr style="border:none;border-top:1px solid #d1d5db;margin:32px 0 16px">
<p style="margin:0;font-size:13px;color:#4b5563">${escapeHtml(footer)}</p>
</div>
</body>
</html>
`;
	return { subject, html, text };
}
