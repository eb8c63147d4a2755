import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { isTokenVerifiedTrigger, loadExamples, ROOT } from '../../scripts/n8n';

/** The importable workflows in examples/: what a user gets, and what npm start and the tests import. */

interface WorkflowNode {
	name: string;
	type: string;
	parameters: Record<string, unknown>;
}

const files = readdirSync(join(ROOT, 'examples')).filter((file) => file.endsWith('.json'));
const shipped = files.map((file) => ({ file, nodes: (JSON.parse(readFileSync(join(ROOT, 'examples', file), 'utf8')) as { nodes: WorkflowNode[] }).nodes }));
const triggers = (nodes: WorkflowNode[]) => nodes.filter((node) => node.type === 'n8n-nodes-sipay.sipayTrigger');

describe('example workflows', () => {
	it('ship no usable webhook secret: a token-verified trigger has an empty Secret Token, which it refuses', () => {
		const tokenTriggers = shipped.flatMap(({ file, nodes }) => nodes.filter(isTokenVerifiedTrigger).map((node) => ({ file, node })));
		expect(tokenTriggers.map(({ file }) => file)).toEqual(['payout-results.json']);
		for (const { node } of tokenTriggers) expect(node.parameters.secretToken ?? '').toBe('');
	});

	it('never accept unauthenticated Business API calls', () => {
		const business = shipped.flatMap(({ nodes }) => triggers(nodes)).filter((node) => node.parameters.source === 'business');
		expect(business.length).toBeGreaterThan(0);
		for (const node of business) expect(node.parameters.verification ?? 'secretToken').not.toBe('none');
	});

	it('are imported with the addresses in use and the secret token chosen at import', () => {
		const settings = { sandboxUrl: 'http://127.0.0.1:1111', n8nUrl: 'http://127.0.0.1:2222', webhookToken: 'a'.repeat(64) };
		const workflows = loadExamples(settings);
		expect(workflows).toHaveLength(files.length);
		const text = JSON.stringify(workflows);
		expect(text).not.toContain('127.0.0.1:8899');
		expect(text).not.toContain('127.0.0.1:5678');
		expect(text).toContain('http://127.0.0.1:1111/sandbox/sink');
		const tokenTriggers = workflows.flatMap((workflow) => (workflow.nodes as WorkflowNode[]).filter(isTokenVerifiedTrigger));
		expect(tokenTriggers.map((node) => node.parameters.secretToken)).toEqual([settings.webhookToken]);
	});

	it('a workflow that takes card data into n8n says so in a PCI note; the payment link and saved-card flows take none', () => {
		const takesCardData = (nodes: WorkflowNode[]) =>
			nodes.some((node) => node.type === 'n8n-nodes-sipay.sipay' && ('cardNumber' in node.parameters || 'cvv' in node.parameters));
		const withCardData = shipped.filter(({ nodes }) => takesCardData(nodes)).map(({ file }) => file);
		expect(withCardData.sort()).toEqual(['card-payment-2d.json', 'card-payment-3d.json']);
		for (const { file, nodes } of shipped.filter(({ file }) => withCardData.includes(file))) {
			const notes = nodes.filter((node) => node.type === 'n8n-nodes-base.stickyNote').map((node) => String(node.parameters.content));
			expect({ file, pci: notes.some((note) => note.includes('PCI DSS') && note.includes('card number and CVV')) }).toEqual({ file, pci: true });
		}
		const cardFree = shipped.filter(({ file }) => ['payment-link.json', 'saved-card-3d.json'].includes(file));
		expect(cardFree).toHaveLength(2);
		for (const { nodes } of cardFree) expect(JSON.stringify(nodes)).not.toMatch(/cardNumber|"cvv"|card\.number/);
	});
});
