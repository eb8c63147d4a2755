import type { SipayOperation } from './types';
import { checkStatus } from './payment/checkStatus';
import { merchantInstallments } from './payment/merchantInstallments';
import { getBusinessAccount } from './business/getBusinessAccount';

/** Every operation of the Sipay node. Adding an endpoint: write its module, list it here. */
export const OPERATIONS: SipayOperation[] = [checkStatus, merchantInstallments, getBusinessAccount];
