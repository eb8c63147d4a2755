import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { PAYMENT_OPERATIONS, PAYMENT_RESOURCES } from '../../../nodes/Sipay/actions/payment';
import { Sipay } from '../../../nodes/Sipay/Sipay.node';

describe('Payment API in the editor', () => {
	const properties = new Sipay().description.properties;

	it('lists the resources and their operations', () => {
		expect(PAYMENT_RESOURCES.map(({ value, name }) => [value, name])).toEqual([
			['payment', 'Payment'],
			['savedCard', 'Saved Card'],
			['recurring', 'Recurring Plan'],
			['installment', 'Installment'],
			['cashOut', 'Cash Out'],
			['settlement', 'Settlement'],
		]);
		const operationsOf = (resource: string) =>
			(
				properties.find(
					(property) =>
						property.name === 'operation' &&
						property.displayOptions?.show?.api?.[0] === 'payment' &&
						property.displayOptions?.show?.resource?.[0] === resource,
				)?.options as INodePropertyOptions[]
			).map((option) => option.name);
		expect(operationsOf('payment')).toEqual([
			'Pay (Non-Secure 2-D)',
			'Pay (3-D Secure)',
			'Complete 3-D Payment',
			'Capture or Cancel Pre-Authorization',
			'Refund',
			'Check Status',
			'Create Payment Link',
			'Verify Hash',
		]);
		expect(operationsOf('savedCard')).toEqual(['Save', 'List', 'Update', 'Delete', 'Pay (Non-Secure)', 'Pay (3-D Secure)']);
		expect(operationsOf('recurring')).toEqual(['Get', 'Check Process', 'Update', 'Cancel']);
		expect(operationsOf('installment')).toEqual(['Get POS Options', 'Get Commissions', 'Get Merchant Installments']);
		expect(operationsOf('cashOut')).toEqual(['To Bank']);
		expect(operationsOf('settlement')).toEqual(['Get Report']);
	});

	it('flags every operation that moves money', () => {
		const moving = PAYMENT_OPERATIONS.filter((operation) => operation.movesMoney).map(
			(operation) => `${operation.resource}.${operation.value}`,
		);
		expect(moving.sort()).toEqual(
			[
				'payment.pay',
				'payment.payThreeD',
				'payment.completeThreeD',
				'payment.confirmPreAuthorization',
				'payment.refund',
				'savedCard.pay',
				'savedCard.payThreeD',
				'cashOut.toBank',
			].sort(),
		);
	});

	it('shows each field only for its operation; secrets are password fields', () => {
		for (const operation of PAYMENT_OPERATIONS) {
			const fields = properties.filter(
				(property) =>
					property.displayOptions?.show?.resource?.[0] === operation.resource &&
					property.displayOptions?.show?.operation?.[0] === operation.value,
			);
			const notices = fields.filter((field) => field.name === 'movesMoneyNotice');
			expect(notices).toHaveLength(operation.movesMoney ? 1 : 0);
			// Read operations without their own Options collection get one for Concurrency.
			const addedOptions = operation.reads && !operation.fields.some((field) => field.name === 'options') ? 1 : 0;
			expect(fields).toHaveLength(operation.fields.length + notices.length + addedOptions);
			const names = fields.map((field) => field.name);
			expect(new Set(names).size).toBe(names.length);
		}
		const cvv = properties.filter((property) => property.name === 'cvv');
		expect(cvv.length).toBeGreaterThan(0);
		for (const field of cvv) expect(field.typeOptions?.password).toBe(true);
	});

	it('Customer IP is a required field of non-secure payments, optional on 3-D Secure ones', () => {
		const fieldsOf = (resource: string, operation: string) =>
			properties.filter(
				(property) =>
					property.displayOptions?.show?.resource?.[0] === resource &&
					property.displayOptions?.show?.operation?.[0] === operation,
			);
		const additionalNames = (fields: INodeProperties[]) =>
			((fields.find((field) => field.name === 'additionalFields')?.options ?? []) as INodeProperties[]).map((option) => option.name);
		for (const [resource, operation] of [['payment', 'pay'], ['savedCard', 'pay']]) {
			const fields = fieldsOf(resource, operation);
			const ip = fields.find((field) => field.name === 'customerIp');
			expect(ip).toMatchObject({ required: true, type: 'string' });
			expect(ip?.description).toContain("shopper's device");
			expect(additionalNames(fields)).not.toContain('customerIp');
		}
		for (const [resource, operation] of [['payment', 'payThreeD'], ['savedCard', 'payThreeD']]) {
			const fields = fieldsOf(resource, operation);
			expect(fields.find((field) => field.name === 'customerIp')).toBeUndefined();
			expect(additionalNames(fields)).toContain('customerIp');
		}
	});

	it('optional fields sit in alphabetical "Additional Fields" collections', () => {
		const collections = properties.filter(
			(property) => property.name === 'additionalFields' && property.displayOptions?.show?.api?.[0] === 'payment',
		);
		expect(collections.length).toBeGreaterThan(10);
		for (const collection of collections) {
			expect(collection.displayName).toBe('Additional Fields');
			const names = (collection.options as INodeProperties[]).map((option) => option.displayName);
			expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
		}
	});
});
