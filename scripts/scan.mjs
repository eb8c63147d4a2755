/**
 * `npm run scan`: n8n's verification scanner (`@n8n/scan-community-package`) on this repository
 * instead of a published version. The scanner's command line only takes packages from the npm
 * registry, so its analyzer is called directly, on the same two sets of files it checks there:
 *   - the source: `package.json` and `{nodes,credentials}/**` (the scanner's SOURCE_FILE_PATTERNS);
 *   - the tarball `npm pack` makes of the built package: every `**\/*.js` and its `package.json`.
 * Needs `dist/` (`npm run scan` builds first); the files package.json lists for n8n must be in the
 * tarball. Exit code 1 when anything fails.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(join(tmpdir(), 'n8n-sipay-scan-'));
// The scanner makes a download folder when it is loaded; keep it inside ours so it is removed too.
process.env.TMPDIR = work;
const { analyzePackage, SOURCE_FILE_PATTERNS } = await import('@n8n/scan-community-package/scanner/scanner.mjs');

function pack() {
	const output = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
		cwd: root,
		encoding: 'utf8',
	});
	const [{ filename, files }] = JSON.parse(output);
	const unpacked = join(work, 'package');
	mkdirSync(unpacked);
	execFileSync('tar', ['-xzf', join(work, filename), '-C', unpacked, '--strip-components=1']);
	return { filename, unpacked, count: files.length };
}

let failed = false;
try {
	const tarball = pack();
	const parts = [
		{ label: 'source (package.json, nodes/, credentials/)', dir: root, patterns: SOURCE_FILE_PATTERNS },
		{ label: `tarball ${tarball.filename} (${tarball.count} files: **/*.js, package.json)`, dir: tarball.unpacked, patterns: ['**/*.js', 'package.json'] },
	];
	for (const { label, dir, patterns } of parts) {
		const result = await analyzePackage(dir, patterns);
		process.stdout.write(`${result.passed ? 'passed' : 'FAILED'}  ${label}${result.message ? `: ${result.message}` : ''}\n`);
		if (result.details) process.stdout.write(`${result.details}\n`);
		failed ||= !result.passed;
	}
	// What n8n loads from the package must be in the tarball (an unbuilt dist/ would pass the lint).
	const { n8n } = JSON.parse(readFileSync(join(tarball.unpacked, 'package.json'), 'utf8'));
	const missing = [...n8n.nodes, ...n8n.credentials].filter((file) => !existsSync(join(tarball.unpacked, file)));
	if (missing.length) process.stdout.write(`FAILED  the tarball lacks ${missing.join(', ')} (run npm run build)\n`);
	failed ||= missing.length > 0;
} finally {
	rmSync(work, { recursive: true, force: true });
}
process.stdout.write(
	failed
		? 'n8n scanner: the package would fail verification\n'
		: 'n8n scanner: the package passes the verification rules (warnings are shown by npm run lint)\n',
);
process.exit(failed ? 1 : 0);
