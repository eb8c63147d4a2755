import type { SipayOperation, SipayResource } from '../types';
import { getBusinessAccount } from './getBusinessAccount';

/** Business API resources and operations, in the order the editor lists them. */

export const BUSINESS_RESOURCES: SipayResource[] = [
	{ api: 'business', value: 'account', name: 'Account', description: 'The business account and personal wallet look-ups' },
];

export const BUSINESS_OPERATIONS: SipayOperation[] = [getBusinessAccount];
