import { fiscalYearLabel } from '$lib/fiscal-year';
import { m } from '$lib/paraglide/messages.js';
import type { ExportTable } from '../../../platform/exports/table';
import type { ParticipationRow } from './campaign';

/** The mailing list of a campaign year: one row per member, its address and how many stickers to send. */
export function shippingTable(rows: readonly ParticipationRow[], campaignYear: number): ExportTable {
	return {
		title: m.seal_export_title({ year: fiscalYearLabel(campaignYear) }),
		columns: [
			{ key: 'organisation', header: m.seal_export_organisation() },
			{ key: 'recipientName', header: m.seal_campaign_recipient() },
			{ key: 'addressLine1', header: m.seal_campaign_address_line1() },
			{ key: 'addressLine2', header: m.seal_campaign_address_line2() },
			{ key: 'city', header: m.seal_campaign_city() },
			{ key: 'province', header: m.seal_export_province() },
			{ key: 'postalCode', header: m.seal_campaign_postal_code() },
			{ key: 'stickerCount', header: m.seal_campaign_sticker_count(), kind: 'number' },
			{ key: 'note', header: m.seal_campaign_note() },
			{ key: 'optedInAt', header: m.seal_export_opted_in(), kind: 'date' },
			{ key: 'shippedAt', header: m.seal_export_shipped(), kind: 'date' }
		],
		rows: rows.map((row) => ({
			organisation: row.organisationName,
			recipientName: row.recipientName,
			addressLine1: row.addressLine1,
			addressLine2: row.addressLine2,
			city: row.city,
			province: 'QC',
			postalCode: row.postalCode,
			stickerCount: row.stickerCount,
			note: row.note,
			optedInAt: row.optedInAt,
			shippedAt: row.shippedAt
		}))
	};
}
