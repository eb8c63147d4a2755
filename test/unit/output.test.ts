import { OPERATIONS } from '../../nodes/Sipay/actions/index';
import { OPERATION_OUTPUTS, OUTPUT_KINDS, outputSchema, rawAnswer, RAW_KEY, shapeOutput } from '../../nodes/Sipay/shared/output';

/** The lead fields every output item starts with, and the schemas n8n's editor previews from them. */

describe('output shape', () => {
	it('every operation has an output kind, and every kind is used', () => {
		const keys = OPERATIONS.map((operation) => `${operation.resource}.${operation.value}`);
		expect(new Set(keys).size).toBe(keys.length);
		expect(keys.filter((key) => !(key in OPERATION_OUTPUTS))).toEqual([]);
		expect(Object.keys(OPERATION_OUTPUTS).filter((key) => !keys.includes(key))).toEqual([]);
		expect(Object.keys(OUTPUT_KINDS).filter((kind) => !Object.values(OPERATION_OUTPUTS).includes(kind as never))).toEqual([]);
	});

	it('an item has the lead fields in order, null for what Sipay did not send, then Sipay\'s answer without hash_key', () => {
		const item = shapeOutput(
			'refund',
			{ refunded: true, queued: false, status: 'refunded', amount: '5.00', invoice_id: 'I-1', order_id: undefined, refund_transaction_id: 'r-1', message: 'ok' },
			{ status_code: 100, hash_key: 'abc', data: [{ hash_key: 'def', ref_no: '1' }] },
		);
		expect(Object.keys(item)).toEqual([...Object.keys(OUTPUT_KINDS.refund), RAW_KEY]);
		expect(item.order_id).toBeNull();
		expect(item[RAW_KEY]).toEqual({ status_code: 100, data: [{ ref_no: '1' }] });
		expect(rawAnswer('5169484562')).toEqual({ value: '5169484562' });
	});

	it('no lead set repeats the success codes that look like errors or the duplicate ids of the raw answer', () => {
		for (const fields of Object.values(OUTPUT_KINDS)) {
			for (const name of ['error', 'error_code', 'status_code', 'order_no', 'sipay_status', 'payment_status', 'hash_key']) {
				expect(Object.keys(fields)).not.toContain(name);
			}
		}
	});

	it('money-moving operations lead with their idempotency key', () => {
		const moving = OPERATIONS.filter((operation) => operation.movesMoney && operation.value !== 'toBank');
		expect(moving.length).toBeGreaterThanOrEqual(5);
		for (const operation of moving) {
			const fields = Object.keys(OUTPUT_KINDS[OPERATION_OUTPUTS[`${operation.resource}.${operation.value}`]]);
			expect(fields.some((name) => ['invoice_id', 'refund_transaction_id', 'ext_transaction_id'].includes(name))).toBe(true);
		}
	});

	it('the editor schema of a kind lists its lead fields with a type and a description', () => {
		const schema = outputSchema('charge') as { type: string; properties: Record<string, { type: string; description: string }> };
		expect(schema.type).toBe('object');
		expect(Object.keys(schema.properties)).toEqual([...Object.keys(OUTPUT_KINDS.charge), RAW_KEY]);
		expect(schema.properties.approved).toMatchObject({ type: 'boolean', description: expect.stringContaining('declined') });
		expect(Object.keys((outputSchema('hashCheck') as { properties: object }).properties)).not.toContain(RAW_KEY);
	});
});
