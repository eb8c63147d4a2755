import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchResult,
} from 'n8n-workflow';

import { businessRequest } from '../transport/business';
import { entryName } from './panel';

/**
 * The wallets of the business account (POST /v1/Wallet/ListByFilter, business-api.md §7.3), page by
 * page: one entry per wallet named by its name, number, balance and currency, its value the wallet
 * number. Typing a wallet number finds that wallet; other text (or digits that are no wallet
 * number) searches the wallet names.
 */

const PATH = '/v1/Wallet/ListByFilter';

/** Wallets per page of the list. */
export const WALLET_PAGE_SIZE = 25;

/** The most wallets read to collect their currencies. */

async function walletPage(
	context: ILoadOptionsFunctions,
	pageIndex: number,
	pageSize: number,
	filters: IDataObject,
): Promise<{ wallets: IDataObject[]; more: boolean }> {
	const { payload } = await businessRequest.call(context, 0, {
		path: PATH,
		body: {
			...filters,
			page_index: pageIndex,
			page_size: pageSize,
			order_column: 'CreatedDateUtc',
			order_by: 'asc',
		},
	});
	const page = (payload ?? {}) as IDataObject;
	const wallets = Array.isArray(page.results) ? (page.results as IDataObject[]) : [];
	const pageCount = Number(page.page_count);
	const more = Number.isFinite(pageCount) ? pageIndex + 1 < pageCount : wallets.length === pageSize;
	return { wallets, more };
}

function balanceOf(wallet: IDataObject): string | undefined {
	const balance = Number(wallet.total_balance);
	if (wallet.total_balance === undefined || wallet.total_balance === null || !Number.isFinite(balance)) return undefined;
	const amount = balance.toFixed(2);
	return typeof wallet.currency_code === 'string' ? `${amount} ${wallet.currency_code}` : amount;
}

export function walletEntry(wallet: IDataObject) {
	const number = wallet.number === undefined || wallet.number === null ? '' : String(wallet.number);
	return {
		name: entryName(typeof wallet.name === 'string' ? wallet.name : undefined, number, balanceOf(wallet)),
		value: number,
	};
}

export async function searchWallets(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const wanted = (filter ?? '').trim();
	const digits = /^\d+$/.test(wanted);
	// The token is the next page's index, marked `name:` once digits are searched as part of a name.
	let byName = paginationToken?.startsWith('name:') === true || (wanted !== '' && !digits);
	const token = Number((paginationToken ?? '').replace(/^name:/, ''));
	let pageIndex = Number.isSafeInteger(token) && token > 0 ? token : 0;
	const filters = (): IDataObject => (wanted === '' ? {} : byName ? { name: wanted } : { wallet_number: wanted });
	let page = await walletPage(this, pageIndex, WALLET_PAGE_SIZE, filters());
	// Digits that are no wallet number may be part of a name ("Branch 12").
	if (digits && !byName && page.wallets.length === 0) {
		byName = true;
		pageIndex = 0;
		page = await walletPage(this, pageIndex, WALLET_PAGE_SIZE, filters());
	}
	const results = page.wallets.map(walletEntry).filter((entry) => entry.value !== '');
	const next = `${byName && digits ? 'name:' : ''}${pageIndex + 1}`;
	return page.more ? { results, paginationToken: next } : { results };
}
