import type { SipayOperation, SipayResource } from '../types';
import { cashOutToBank } from './cashOut/toBank';
import { getCommissions } from './installment/getCommissions';
import { merchantInstallments } from './installment/getMerchantInstallments';
import { getPosOptions } from './installment/getPosOptions';
import { checkStatus } from './payment/checkStatus';
import { completeThreeD } from './payment/completeThreeD';
import { confirmPreAuthorization } from './payment/confirmPreAuthorization';
import { createLink } from './payment/createLink';
import { pay } from './payment/pay';
import { payThreeD } from './payment/payThreeD';
import { refund } from './payment/refund';
import { verifyHash } from './payment/verifyHash';
import { cancelPlan } from './recurring/cancel';
import { checkPlanProcess } from './recurring/checkProcess';
import { getPlan } from './recurring/get';
import { updatePlan } from './recurring/update';
import { deleteCard } from './savedCard/delete';
import { listCards } from './savedCard/list';
import { payWithSavedCard } from './savedCard/pay';
import { payWithSavedCardThreeD } from './savedCard/payThreeD';
import { saveCard } from './savedCard/save';
import { updateCard } from './savedCard/update';
import { getSettlementReport } from './settlement/getReport';

/** Payment API resources and operations, in the order the editor lists them. */

export const PAYMENT_RESOURCES: SipayResource[] = [
	{ api: 'payment', value: 'payment', name: 'Payment', description: 'Card payments, their status, capture, refunds' },
	{ api: 'payment', value: 'savedCard', name: 'Saved Card', description: 'Card tokens and payments with them' },
	{ api: 'payment', value: 'recurring', name: 'Recurring Plan', description: 'Plans created by recurring payments' },
	{ api: 'payment', value: 'installment', name: 'Installment', description: 'Installment options and commissions' },
	{ api: 'payment', value: 'cashOut', name: 'Cash Out', description: 'Payouts from the Sipay balance to bank accounts' },
	{ api: 'payment', value: 'settlement', name: 'Settlement', description: 'Settlement reports' },
];

export const PAYMENT_OPERATIONS: SipayOperation[] = [
	pay,
	payThreeD,
	completeThreeD,
	confirmPreAuthorization,
	refund,
	checkStatus,
	createLink,
	verifyHash,
	saveCard,
	listCards,
	updateCard,
	deleteCard,
	payWithSavedCard,
	payWithSavedCardThreeD,
	getPlan,
	checkPlanProcess,
	updatePlan,
	cancelPlan,
	getPosOptions,
	getCommissions,
	merchantInstallments,
	cashOutToBank,
	getSettlementReport,
];
