import { fiscalYearLabel } from '$lib/fiscal-year';

export const reportPath = (fiscalYear: number) => `/rapport/${fiscalYearLabel(fiscalYear)}`;

/** The page of one indicator: its value, unit, date and source note, or the module figure it reads. */
export const indicatorPath = (fiscalYear: number, id: string) => `${reportPath(fiscalYear)}/indicateurs/${id}`;

export const ADMIN_REPORT_PATH = '/admin/rapport';
export const adminActivityPath = (id: string) => `${ADMIN_REPORT_PATH}/activites/${id}`;
export const adminIndicatorPath = (id: string) => `${ADMIN_REPORT_PATH}/indicateurs/${id}`;
export const adminRepresentationPath = (id: string) => `${ADMIN_REPORT_PATH}/representations/${id}`;
