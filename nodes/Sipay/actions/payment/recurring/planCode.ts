import type { INodeProperties } from 'n8n-workflow';

export const planCodeField: INodeProperties = {
	displayName: 'Plan Code',
	name: 'planCode',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 162668699215UOjS',
	description: 'From the recurring webhook or Check Status (recurring_plan_code)',
};
