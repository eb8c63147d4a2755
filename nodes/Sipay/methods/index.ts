import { searchInstallments } from './installments';
import { getPaymentTypes } from './paymentTypes';
import { searchSavedCards } from './savedCards';
import { searchWallets } from './wallets';

/** The lists the editor loads from Sipay, wired into the node's `methods`. */

export const listSearch = { searchInstallments, searchSavedCards, searchWallets };

export const loadOptions = { getPaymentTypes };
