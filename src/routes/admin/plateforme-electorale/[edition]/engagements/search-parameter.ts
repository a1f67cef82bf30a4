/** The GET parameter of the evidence search, kept across saves so that its results stay on the page. */
export const SEARCH_PARAMETER = 'recherche';
