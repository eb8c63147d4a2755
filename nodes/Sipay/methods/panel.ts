import type { ILoadOptionsFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/** What the lists read from the panel they are opened in. */

/**
 * A field of the same panel as fixed text. An expression cannot be read before the workflow
 * runs (there is no input item yet), so the list asks for a fixed value instead.
 */
export function panelText(context: ILoadOptionsFunctions, name: string, label: string, purpose: string): string {
	const value = context.getCurrentNodeParameter(name);
	const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	if (text.startsWith('=')) {
		throw new NodeOperationError(
			context.getNode(),
			`${label} is an expression: type the ${label.toLowerCase()} to ${purpose}, or enter the value by ID`,
		);
	}
	if (text === '') {
		throw new NodeOperationError(context.getNode(), `Enter the ${label} first to ${purpose}`);
	}
	return text;
}

/** A field of the same panel, or '' when it is empty or an expression. */
export function optionalPanelText(context: ILoadOptionsFunctions, name: string): string {
	const value = context.getCurrentNodeParameter(name);
	const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	return text.startsWith('=') ? '' : text;
}

/** Joins the parts of a list entry's name that Sipay sent. */
export const entryName = (...parts: Array<string | undefined | null>): string =>
	parts.filter((part) => typeof part === 'string' && part.trim() !== '').join(' · ');
