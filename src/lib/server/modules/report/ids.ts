const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a text from an address or a form can name a row: anything else would make PostgreSQL fail rather than find nothing. */
export const isUuid = (text: string | null | undefined): text is string => typeof text === 'string' && UUID.test(text);
