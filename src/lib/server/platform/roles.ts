export const ROLES = ['visitor', 'member', 'consultant', 'staff', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who is asking. Accounts (issue 3) fill the ids; until then every request is a visitor. */
export type Actor = {
	role: Role;
	userId: string | null;
	organisationIds: readonly string[];
	regionCodes: readonly string[];
};

export const VISITOR: Actor = { role: 'visitor', userId: null, organisationIds: [], regionCodes: [] };

export const EVERYONE: readonly Role[] = ROLES;
export const STAFF_ONLY: readonly Role[] = ['staff', 'admin'];
