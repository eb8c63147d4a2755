import type { SipayResource } from './types';

export const RESOURCES: SipayResource[] = [
	{
		api: 'payment',
		value: 'payment',
		name: 'Payment',
		description: 'Card payments, their status, capture, refunds',
	},
	{
		api: 'payment',
		value: 'installment',
		name: 'Installment',
		description: 'Installment options and commissions',
	},
	{
		api: 'business',
		value: 'account',
		name: 'Account',
		description: 'The business account and personal wallet look-ups',
	},
];
