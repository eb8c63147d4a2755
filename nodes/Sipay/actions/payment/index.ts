import type { SipayOperation, SipayResource } from '../types';
import { checkStatus } from './checkStatus';
import { merchantInstallments } from './merchantInstallments';

/** Payment API resources and operations, in the order the editor lists them. */

export const PAYMENT_RESOURCES: SipayResource[] = [
	{ api: 'payment', value: 'payment', name: 'Payment', description: 'Card payments, their status, capture, refunds' },
	{ api: 'payment', value: 'installment', name: 'Installment', description: 'Installment options and commissions' },
];

export const PAYMENT_OPERATIONS: SipayOperation[] = [checkStatus, merchantInstallments];
