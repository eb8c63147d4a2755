import type { INodePropertyOptions } from 'n8n-workflow';

/** The currencies offered wherever an amount is entered, in both APIs (ISO 4217 codes). */
export const CURRENCY_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Euro (EUR)', value: 'EUR' },
	{ name: 'Turkish Lira (TRY)', value: 'TRY' },
	{ name: 'US Dollar (USD)', value: 'USD' },
];
