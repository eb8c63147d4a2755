import type { IDataObject } from 'n8n-workflow';

import { operation, payParameters, useSandbox } from './helpers';

describe('Settlement › Get Report', () => {
	const context = useSandbox();
	const { sandbox } = context;
	const report = async (extra: IDataObject = {}) =>
		await context.harness.runSipay({ parameters: { ...operation('settlement', 'getReport'), ...extra } });

	const day = (offset: number) =>
		new Date(Date.now() + 3 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);

	it('lists the settlements of a date range, with paging and extra body fields', async () => {
		await context.harness.runSipay({ parameters: payParameters('INV-S-1', 100) });
		await context.harness.runSipay({ parameters: payParameters('INV-S-2', 50) });
		const { items, error } = await report({
			startDate: `${day(0)}T00:00:00`,
			endDate: `${day(2)}T00:00:00`,
			additionalFields: { page: 1, perPage: 10, additionalBody: '{"merchant_note": "weekly"}' },
		});
		expect(error).toBeUndefined();
		expect(sandbox.requestsTo('/ccpayment/api/settlements')[0].body).toMatchObject({
			start_date: day(0),
			end_date: day(2),
			page: 1,
			per_page: 10,
			merchant_note: 'weekly',
		});
		expect(items[0].json).toMatchObject({ settlements: 1, total_count: 1, page: 1, sipay: { status: true, per_page: 10 } });
		const [settlement] = (items[0].json.sipay as IDataObject).settlements as IDataObject[];
		expect(settlement).toMatchObject({ settlement_date: day(1), total_amount: 150, currency: 'TRY' });
		expect(settlement.transactions).toHaveLength(2);

		const earlier = await report({ endDate: day(0) });
		expect(earlier.items[0].json.total_count).toBe(0);
	});

	it.each([
		[{ additionalFields: { additionalBody: '{oops' } }, 'Additional Body (JSON) must be a JSON object'],
		[{ additionalFields: { additionalBody: '[1]' } }, 'Additional Body (JSON) must be a JSON object'],
		[{ startDate: '2026-02-01', endDate: '2026-01-01' }, 'Start Date must not be after End Date'],
		[{ startDate: 'yesterday' }, 'Start Date must be a date such as 2026-01-31, got "yesterday"'],
		[{ additionalFields: { perPage: 500 } }, 'Per Page must be a whole number between 1 and 100, got 500'],
	])('refuses %j before sending anything', async (extra, message) => {
		const { error } = await report(extra);
		expect(error?.message).toBe(message);
		expect(sandbox.requests).toHaveLength(0);
	});
});
