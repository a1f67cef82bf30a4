import { count, eq } from 'drizzle-orm';
import { beforeAll, expect, test } from 'vitest';
import { describeOnEachDatabase } from '../../db/test-databases';
import { auditEntry } from '../../platform/audit/schema';
import { listJournal, parseJournalQuery } from '../../platform/audit/journal';
import { modules } from '../../platform/modules';
import type { Actor } from '../../platform/roles';
import { deactivateUser, getUserDetail, listUsers, parseUserQuery, reactivateUser, setConsultantRegions, setUserRole } from './admin';
import { createVerifiedAccount } from './credentials';
import {
	acceptInvitation,
	createOrganisation,
	findInvitation,
	getOrganisation,
	inviteMember,
	listMyOrganisations,
	removeMember
} from './organisations';
import { erasePersonalData, exportPersonalData } from './personal-data';
import { authSession, authUser, organisationInvitation } from './schema';

const actor = (userId: string, role: Actor['role'] = 'member'): Actor => ({ role, userId, organisationIds: [], regionCodes: [] });

describeOnEachDatabase('organisations, administration and personal data', (context) => {
	const ids: Record<string, string> = {};
	beforeAll(async () => {
		for (const [key, role] of [
			['owner', 'member'],
			['colleague', 'member'],
			['stranger', 'member'],
			['admin', 'admin']
		] as const) {
			ids[key] = (await createVerifiedAccount(context.db, { email: `${key}@exemple.ca`, name: `Personne ${key}`, role, password: 'mot de passe de test' })).id;
		}
	});

	test('a municipality organisation takes its name from the territory and exists once', async () => {
		const created = await createOrganisation(context.db, actor(ids.owner), { kind: 'municipality', municipalityCode: '31140' });
		expect(created.name).toBe('Saint-Jacques-de-Leeds');
		await expect(createOrganisation(context.db, actor(ids.stranger), { kind: 'municipality', municipalityCode: '31140' })).rejects.toMatchObject({
			code: 'conflict'
		});
		await expect(createOrganisation(context.db, actor(ids.owner), { kind: 'mrc', territoryCode: '' })).rejects.toMatchObject({
			code: 'invalid_input',
			fields: { territoryCode: 'Choisissez votre MRC dans la liste.' }
		});
		expect((await listMyOrganisations(context.db, ids.owner)).map((entry) => [entry.name, entry.role])).toEqual([['Saint-Jacques-de-Leeds', 'responsable']]);
	});

	test('invitation: only the invited address accepts, once; outsiders learn nothing', async () => {
		const [organisation] = await listMyOrganisations(context.db, ids.owner);
		const sent: { email: string; token: string }[] = [];
		await inviteMember(context.db, actor(ids.owner), organisation.id, { email: 'Colleague@Exemple.ca', role: 'membre' }, async (_tx, invitation) => {
			sent.push(invitation);
		});
		expect(sent).toHaveLength(1);
		expect(sent[0].email).toBe('colleague@exemple.ca');
		// Only the hash is stored.
		const [stored] = await context.db.select({ hash: organisationInvitation.tokenHash }).from(organisationInvitation);
		expect(stored.hash).not.toContain(sent[0].token);

		await expect(inviteMember(context.db, actor(ids.stranger), organisation.id, { email: 'x@exemple.ca', role: 'membre' }, async () => {})).rejects.toMatchObject({
			code: 'not_found'
		});
		await expect(getOrganisation(context.db, actor(ids.stranger), organisation.id)).rejects.toMatchObject({ code: 'not_found' });
		await expect(acceptInvitation(context.db, actor(ids.stranger), sent[0].token)).rejects.toMatchObject({ code: 'forbidden' });

		const accepted = await acceptInvitation(context.db, actor(ids.colleague), sent[0].token);
		expect(accepted.organisationName).toBe('Saint-Jacques-de-Leeds');
		expect(await findInvitation(context.db, sent[0].token)).toBeNull();
		await expect(acceptInvitation(context.db, actor(ids.colleague), sent[0].token)).rejects.toMatchObject({ code: 'not_found' });

		const seenByColleague = await getOrganisation(context.db, actor(ids.colleague), organisation.id);
		expect(seenByColleague.members.map((member) => member.name)).toEqual(['Personne colleague', 'Personne owner']);
		expect(seenByColleague.canManage).toBe(false);
		await expect(removeMember(context.db, actor(ids.colleague), organisation.id, ids.owner)).rejects.toMatchObject({ code: 'forbidden' });
		await expect(removeMember(context.db, actor(ids.owner), organisation.id, ids.owner)).rejects.toMatchObject({ code: 'conflict' });
		await removeMember(context.db, actor(ids.owner), organisation.id, ids.colleague);
		expect(await listMyOrganisations(context.db, ids.colleague)).toEqual([]);
	});

	test('a failed mail queue leaves no invitation behind', async () => {
		const [organisation] = await listMyOrganisations(context.db, ids.owner);
		const [{ before }] = await context.db.select({ before: count() }).from(organisationInvitation);
		await expect(
			inviteMember(context.db, actor(ids.owner), organisation.id, { email: 'crash@exemple.ca', role: 'membre' }, async () => {
				throw new Error('file d’attente indisponible');
			})
		).rejects.toThrow('file d’attente indisponible');
		const [{ after }] = await context.db.select({ after: count() }).from(organisationInvitation);
		expect(after).toBe(before);
	});

	test('administrators change roles, deactivate (ending sessions) and reactivate, all in the journal', async () => {
		const admin = actor(ids.admin, 'admin');
		await expect(listUsers(context.db, actor(ids.owner), parseUserQuery(new URLSearchParams()))).rejects.toMatchObject({ code: 'forbidden' });
		const found = await listUsers(context.db, admin, parseUserQuery(new URLSearchParams('q=stranger')));
		expect(found.users.map((user) => user.email)).toEqual(['stranger@exemple.ca']);
		// Typed wildcards are text, not patterns.
		expect((await listUsers(context.db, admin, parseUserQuery(new URLSearchParams('q=%25')))).users).toEqual([]);
		expect((await listUsers(context.db, admin, parseUserQuery(new URLSearchParams('q=_')))).users).toEqual([]);

		await context.db.insert(authSession).values({ id: 's1', token: 'jeton-s1', userId: ids.stranger, expiresAt: new Date(Date.now() + 3_600_000) });
		await setUserRole(context.db, admin, ids.stranger, 'staff');
		await expect(setUserRole(context.db, admin, ids.stranger, 'superadmin')).rejects.toMatchObject({ code: 'invalid_input' });
		await expect(setUserRole(context.db, admin, ids.admin, 'member')).rejects.toMatchObject({ code: 'conflict' });
		await deactivateUser(context.db, admin, ids.stranger);
		expect(await context.db.select().from(authSession).where(eq(authSession.userId, ids.stranger))).toEqual([]);
		expect((await listUsers(context.db, admin, parseUserQuery(new URLSearchParams('statut=desactive')))).users.map((user) => user.email)).toEqual([
			'stranger@exemple.ca'
		]);
		await reactivateUser(context.db, admin, ids.stranger);

		const journal = await listJournal(context.db, admin, parseJournalQuery(new URLSearchParams(`type=user&objet=${ids.stranger}`)));
		expect(journal.entries.map((entry) => entry.action)).toEqual(['user.reactivate', 'user.deactivate', 'user.set_role', 'user.create']);
		expect(journal.entries[2]).toMatchObject({ before: { role: 'member' }, after: { role: 'staff' }, actorName: 'Personne admin' });
		const byPerson = await listJournal(context.db, admin, parseJournalQuery(new URLSearchParams('personne=admin@exemple')));
		expect(byPerson.entries.every((entry) => entry.actorEmail === 'admin@exemple.ca')).toBe(true);
		expect(await setConsultantRegions(context.db, admin, ids.stranger, ['12', '03', '12'])).toEqual(['03', '12']);
		expect((await getUserDetail(context.db, admin, ids.stranger)).regionCodes).toEqual(['03', '12']);
		await expect(setConsultantRegions(context.db, admin, ids.stranger, ['99'])).rejects.toMatchObject({ code: 'invalid_input' });
		expect((await getUserDetail(context.db, admin, ids.stranger)).regionCodes).toEqual(['03', '12']);
		await expect(getUserDetail(context.db, actor(ids.owner), ids.stranger)).rejects.toMatchObject({ code: 'forbidden' });
		const future = await listJournal(context.db, admin, parseJournalQuery(new URLSearchParams('du=2999-01-01')));
		expect(future.total).toBe(0);
	});

	test('a person exports then erases their data; the audit log keeps an anonymous trace', async () => {
		const exported = await exportPersonalData(context.db, modules, ids.owner);
		expect(exported).toMatchObject({ accounts: { account: { email: 'owner@exemple.ca' } } });
		expect(JSON.stringify(exported)).not.toContain('scrypt');

		await erasePersonalData(context.db, modules, ids.owner);
		const [erased] = await context.db.select().from(authUser).where(eq(authUser.id, ids.owner));
		expect(erased).toMatchObject({ name: 'Compte supprimé', email: `supprime-${ids.owner}@invalid` });
		expect(erased.deactivatedAt).not.toBeNull();
		expect(await listMyOrganisations(context.db, ids.owner)).toEqual([]);
		const [{ erasures }] = await context.db.select({ erasures: count() }).from(auditEntry).where(eq(auditEntry.action, 'user.erase'));
		expect(erasures).toBe(1);
	});
});
