import { config } from '@n8n/node-cli/eslint';

/**
 * n8n's default lint configuration for community nodes (what `n8n-node lint` ships with: ESLint and
 * typescript-eslint recommended, import-x, `@n8n/eslint-plugin-community-nodes` and
 * `eslint-plugin-n8n-nodes-base`), applied to what the package publishes: `nodes/`, `credentials/`
 * and `package.json`. Tests, scripts and examples are not part of the package and stay out of scope
 * (their code may use `process`, timers and Node modules that community nodes may not); this is why
 * `package.json` declares `"strict": false`.
 */
export default [
	{
		ignores: [
			'test/**',
			'scripts/**',
			'examples/**',
			'.n8n-local/**',
			'coverage/**',
			'gulpfile.js',
			'jest.config.js',
			'eslint.config.mjs',
		],
	},
	...config,
	{
		files: ['nodes/**/*.ts', 'credentials/**/*.ts'],
		rules: {
			// Leaving keys out of an object with `const { secret: _secret, ...shown } = fields` is how
			// secrets are kept out of outputs; the names before the rest element are unused on purpose.
			'@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
		},
	},
];
