const base = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] },
	setupFiles: ['<rootDir>/test/setup-env.ts'],
};

/** @type {import('jest').Config} */
module.exports = {
	testTimeout: 30000,
	// A suite that fails before its servers are up must not keep the run (and CI) waiting.
	forceExit: true,
	reporters: ['default', '<rootDir>/test/harness/summary-reporter.js'],
	projects: [
		{
			...base,
			displayName: 'package',
			testMatch: ['**/*.test.ts'],
			testPathIgnorePatterns: ['/node_modules/', '\\.e2e\\.test\\.ts$'],
		},
		// The built package inside a real n8n; needs `npm run build` first (npm test does it).
		{ ...base, displayName: 'n8n', testMatch: ['**/*.e2e.test.ts'] },
	],
};
