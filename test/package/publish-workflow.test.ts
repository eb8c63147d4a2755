import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'yaml';

import { ROOT } from '../../scripts/n8n';

/**
 * What n8n requires of a community package's release (published from CI with npm provenance), checked
 * on .github/workflows/publish.yml; `npm run lint:workflows` checks it against GitHub's schema.
 */

interface Step {
	run?: string;
	uses?: string;
}

interface Job {
	needs?: string | string[];
	permissions?: Record<string, string>;
	steps: Step[];
}

const workflow = parse(readFileSync(join(ROOT, '.github/workflows/publish.yml'), 'utf8')) as {
	on: { push: { tags: string[]; branches?: string[] } };
	permissions: Record<string, string>;
	jobs: Record<string, Job>;
};

const jobRunning = (command: string) =>
	Object.entries(workflow.jobs).find(([, job]) => job.steps.some((step) => step.run?.includes(command)));

describe('the publish workflow', () => {
	it('runs on version tags only', () => {
		expect(Object.keys(workflow.on)).toEqual(['push']);
		expect(workflow.on.push.tags).toEqual(['v*.*.*']);
		expect(workflow.on.push.branches).toBeUndefined();
	});

	it('publishes with npm provenance, from a job that may request an OIDC token, after the tests passed', () => {
		const publishing = jobRunning('npm publish');
		expect(publishing).toBeDefined();
		const [name, job] = publishing!;
		expect(job.steps.find((step) => step.run?.includes('npm publish'))?.run).toContain('--provenance');
		expect(job.permissions).toMatchObject({ 'id-token': 'write' });
		// Only the publishing job gets the OIDC token.
		expect(workflow.permissions).toEqual({ contents: 'read' });

		const testing = jobRunning('bash .ci/run');
		expect(testing).toBeDefined();
		expect(testing![0]).not.toBe(name);
		expect([job.needs].flat()).toContain(testing![0]);
	});
});
