/** What any action of the platform may send back to its page: field messages, typed values, a message, a confirmation. */
export type ReturnedForm = {
	errors?: Record<string, string>;
	values?: Record<string, string>;
	message?: string;
	done?: string;
};

/** Reads an action's result whatever the action was, so pages with several forms handle them alike. */
export function returnedForm(form: unknown): ReturnedForm {
	return form && typeof form === 'object' ? (form as ReturnedForm) : {};
}
