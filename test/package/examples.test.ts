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
});
