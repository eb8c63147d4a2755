const { src, dest, task } = require('gulp');

/** Icons and codex files travel next to the compiled nodes and credentials in dist/. */
task('build:assets', () =>
	src(['nodes/**/*.{png,svg,json}', 'credentials/**/*.{png,svg}'], { base: '.', encoding: false }).pipe(
		dest('dist'),
	),
);
