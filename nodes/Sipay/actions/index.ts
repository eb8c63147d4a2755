import { BUSINESS_OPERATIONS, BUSINESS_RESOURCES } from './business';
import { PAYMENT_OPERATIONS, PAYMENT_RESOURCES } from './payment';
import type { SipayOperation, SipayResource } from './types';

/** Every resource and operation of the Sipay node. Adding an endpoint: write its module, list it in its API's index. */
export const RESOURCES: SipayResource[] = [...PAYMENT_RESOURCES, ...BUSINESS_RESOURCES];

export const OPERATIONS: SipayOperation[] = [...PAYMENT_OPERATIONS, ...BUSINESS_OPERATIONS];
