import { expect, test } from 'vitest';
import { questionFor } from './phrasing';

test('a commitment that starts with a verb becomes « Vous engagez-vous à … ? », any other gets an open question', () => {
	expect(questionFor('Aménager un parc intergénérationnel.')).toBe('Vous engagez-vous à aménager un parc intergénérationnel\u00a0?');
	expect(questionFor('Offrir le transport collectif gratuit aux aînés')).toBe('Vous engagez-vous à offrir le transport collectif gratuit aux aînés\u00a0?');
	expect(questionFor('Se doter d’une politique familiale')).toBe('Vous engagez-vous à vous doter d’une politique familiale\u00a0?');
	expect(questionFor('S’assurer que les trottoirs sont déneigés')).toBe('Vous engagez-vous à vous assurer que les trottoirs sont déneigés\u00a0?');
	expect(questionFor('Promouvoir les saines habitudes de vie')).toBe('Vous engagez-vous à promouvoir les saines habitudes de vie\u00a0?');
	expect(questionFor('Services de garde élargis')).toBe('Que proposez-vous au sujet de cet engagement : « Services de garde élargis »\u00a0?');
	expect(questionFor('Un conseil jeunesse municipal')).toBe('Que proposez-vous au sujet de cet engagement : « Un conseil jeunesse municipal »\u00a0?');
});
