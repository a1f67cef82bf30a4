import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/types';
import { membershipApplication } from '../schema';

/** The membership applications a person made while signed in, as they gave them (files left out). */
export async function exportApplicationData(db: Database, userId: string): Promise<Record<string, unknown>> {
	const applications = await db
		.select({
			createdAt: membershipApplication.createdAt,
			organisationName: membershipApplication.organisationName,
			contactName: membershipApplication.contactName,
			contactTitle: membershipApplication.contactTitle,
			contactEmail: membershipApplication.contactEmail,
			contactPhone: membershipApplication.contactPhone,
			message: membershipApplication.message,
			resolutionFileName: membershipApplication.resolutionFileName,
			status: membershipApplication.status,
			decisionReason: membershipApplication.decisionReason
		})
		.from(membershipApplication)
		.where(eq(membershipApplication.userId, userId));
	return applications.length > 0 ? { membershipApplications: applications } : {};
}

/** Removes the contact's name, address, phone, title and message from their applications; the organisation's decision stays. */
export async function eraseApplicationData(tx: Database, userId: string): Promise<void> {
	await tx
		.update(membershipApplication)
		.set({ contactName: 'Personne effacée', contactEmail: 'efface@invalid', contactPhone: null, contactTitle: null, message: null, userId: null })
		.where(eq(membershipApplication.userId, userId));
}
