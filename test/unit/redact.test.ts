import { maskPan, redactObject, scrubText } from '../../nodes/Sipay/shared/redact';

describe('redaction', () => {
	it('masks card numbers to first 6 and last 4', () => {
		expect(maskPan('4508034508034509')).toBe('450803******4509');
		expect(maskPan('540667****5403')).toBe('540667****5403');
	});

	it('removes secrets and masks cards in nested outputs', () => {
		expect(
			redactObject({
				app_secret: 's',
				nested: [{ cc_no: '5406675406675403', cvv: '000', card_token: 'keep' }],
				Authorization: 'Bearer x',
			}),
		).toEqual({
			app_secret: '[redacted]',
			nested: [{ cc_no: '540667******5403', cvv: '[redacted]', card_token: 'keep' }],
			Authorization: '[redacted]',
		});
	});

	it('scrubs known secrets and card numbers from text', () => {
		expect(scrubText('secret b46a67 and card 4508034508034509 at port 5678', ['b46a67'])).toBe(
			'secret [redacted] and card 450803******4509 at port 5678',
		);
	});
});
