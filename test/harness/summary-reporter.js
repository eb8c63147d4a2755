/** Ends every jest run with one plain last line: "tests: N passed, N failed, N skipped". */
class SummaryReporter {
	onRunComplete(_contexts, results) {
		const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = results;
		const line = `tests: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests + numTodoTests} skipped`;
		// Written synchronously: with forceExit, jest exits before an asynchronous write reaches the output.
		process.once('exit', () => require('node:fs').writeSync(1, `\n${line}\n`));
	}
}

module.exports = SummaryReporter;
