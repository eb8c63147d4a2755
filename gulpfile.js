const { mkdirSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { src, dest, series, task } = require('gulp');

/** Icons and codex files travel next to the compiled nodes and credentials in dist/. */
task('build:copy', () =>
	src(['nodes/**/*.{png,svg,json}', 'credentials/**/*.{png,svg}'], { base: '.', encoding: false }).pipe(
		dest('dist'),
	),
);

/**
 * The output schemas n8n's editor previews before a node runs (`__schema__/v1.0.0/<resource>/<operation>.json`
 * next to the node), written from the compiled output module so they always match what the node returns.
 */
task('build:schemas', (done) => {
	const { OPERATION_OUTPUTS, outputSchema } = require('./dist/nodes/Sipay/shared/output.js');
	for (const [key, kind] of Object.entries(OPERATION_OUTPUTS)) {
		const [resource, operation] = key.split('.');
		const file = join(__dirname, 'dist/nodes/Sipay/__schema__/v1.0.0', resource, `${operation}.json`);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, `${JSON.stringify(outputSchema(kind), null, '\t')}\n`);
	}
	done();
});

task('build:assets', series('build:copy', 'build:schemas'));
