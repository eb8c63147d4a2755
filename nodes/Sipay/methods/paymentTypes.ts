import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { businessRequest } from '../transport/business';

/**
 * The payment types a transfer can declare (GET /v1/Transaction/GetPaymentTypes, business-api.md
 * §8.5), named in English, with the description rule each one sets.
 */

const text = (value: unknown): string | undefined =>
	typeof value === 'string' && value.trim() !== '' ? value.trim() : typeof value === 'number' ? String(value) : undefined;

function descriptionRule(type: IDataObject): string | undefined {
	const minLength = Number(type.description_min_length);
	if (type.is_description_required === true || (Number.isFinite(minLength) && minLength > 0)) {
		return Number.isFinite(minLength) && minLength > 0
			? `Needs a description of at least ${minLength} characters`
			: 'Needs a description';
	}
	return undefined;
}

export async function getPaymentTypes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const { payload } = await businessRequest.call(this, 0, {
		method: 'GET',
		path: '/v1/Transaction/GetPaymentTypes',
		headers: { locale: 'en' },
	});
	const types = Array.isArray(payload) ? (payload as IDataObject[]) : [];
	const options: INodePropertyOptions[] = [];
	for (const type of types) {
		const code = text(type.code);
		if (code === undefined) continue;
		const name = text(type.name) ?? text(type.title) ?? text(type.description);
		const rule = descriptionRule(type);
		options.push({
			name: name ? `${name} (${code})` : code,
			value: code,
			...(rule ? { description: rule } : {}),
		});
	}
	return options;
}
