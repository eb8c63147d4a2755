import type { INodeProperties } from 'n8n-workflow';

export const planCodeField: INodeProperties = {
	displayName: 'Plan Code',
	name: 'planCode',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 162668699215UOjS',
	description: 'The plan code of a recurring plan, from the recurring webhook or from Check Status',
};
