import type { INodeProperties } from 'n8n-workflow';

/**
 * A wallet of the business account: picked from the list of its wallets (searchable by name or
 * number, paged; methods/wallets.ts) or typed as a wallet number.
 */
export function walletLocator(field: {
	displayName: string;
	name: string;
	description?: string;
	placeholder?: string;
}): INodeProperties {
	return {
		displayName: field.displayName,
		name: field.name,
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a wallet…',
				typeOptions: { searchListMethod: 'searchWallets', searchable: true },
			},
			{
				displayName: 'By Number',
				name: 'id',
				type: 'string',
				placeholder: field.placeholder ?? 'e.g. 754938444',
			},
		],
		...(field.description ? { description: field.description } : {}),
	};
}
