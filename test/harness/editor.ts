import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { BrowserContext, Locator, Page } from 'playwright-core';

/**
 * The n8n editor in a headless Chromium, driven the way a user clicks through it: signed in as
 * the instance owner, open a workflow, open a node, pick options, open a resource locator's list,
 * read what the panel shows, take screenshots. Console errors and page errors are collected for
 * the whole session.
 */

export interface EditorOptions {
	/** The n8n address, e.g. http://127.0.0.1:33630. */
	url: string;
	/** `name=value` of the owner's session cookie (RealN8n.ownerCookie()). */
	cookie: string;
	viewport?: { width: number; height: number };
}

const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

export class Editor {
	/** Console messages of level error and uncaught page errors, in order. */
	readonly errors: string[] = [];

	private constructor(
		readonly page: Page,
		private readonly context: BrowserContext,
		private readonly profile: string,
		readonly url: string,
	) {
		page.on('console', (message) => {
			if (message.type() !== 'error') return;
			// The editor's calls to n8n's own cloud services fail offline; they are not the page's errors.
			const source = message.location().url;
			if (message.text().startsWith('Failed to load resource') && source && !source.startsWith(url)) return;
			this.errors.push(message.text());
		});
		page.on('pageerror', (error) => this.errors.push(String(error)));
		// Leaving a workflow with unsaved changes: the browser asks; the user says leave.
		page.on('dialog', (dialog) => void dialog.accept());
	}

	/** A fresh Chromium profile, signed in with the owner's cookie. */
	static async launch(options: EditorOptions): Promise<Editor> {
		const { chromium } = await import('playwright-core');
		const profile = mkdtempSync(join(tmpdir(), 'n8n-sipay-chromium-'));
		const context = await chromium.launchPersistentContext(profile, {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			headless: true,
			args: CHROMIUM_ARGS,
			viewport: options.viewport ?? { width: 1440, height: 900 },
		});
		const separator = options.cookie.indexOf('=');
		await context.addCookies([
			{ name: options.cookie.slice(0, separator), value: options.cookie.slice(separator + 1), url: options.url },
		]);
		const page = context.pages()[0] ?? (await context.newPage());
		page.setDefaultTimeout(20_000);
		return new Editor(page, context, profile, options.url);
	}

	async close(): Promise<void> {
		await this.context.close();
		rmSync(this.profile, { recursive: true, force: true });
	}

	/** Opens a saved workflow and waits for its nodes on the canvas. */
	async openWorkflow(id: string): Promise<void> {
		await this.page.goto(`${this.url}/workflow/${id}`);
		await this.page.locator('[data-test-id="canvas-node"]').first().waitFor({ timeout: 60_000 });
	}

	canvasNode(name: string): Locator {
		return this.page.locator(`[data-test-id="canvas-node"][data-node-name="${name}"]`);
	}

	/** The text under a node on the canvas (its name and subtitle). */
	async canvasText(name: string): Promise<string> {
		return await this.canvasNode(name).locator('xpath=..').innerText();
	}

	/** Opens a node's panel (double click on the canvas). */
	async openNode(name: string): Promise<Locator> {
		await this.canvasNode(name).dblclick();
		const panel = this.ndv;
		await panel.locator('[data-test-id="node-parameters"]').waitFor();
		return panel;
	}

	get ndv(): Locator {
		return this.page.locator('[data-test-id="ndv"]');
	}

	async closeNode(): Promise<void> {
		await this.page.locator('[data-test-id="ndv-close-button"]').click();
		await this.page.locator('[data-test-id="node-parameters"]').waitFor({ state: 'hidden' });
	}

	parameter(name: string): Locator {
		return this.ndv.locator(`[data-test-id="parameter-input-${name}"]`).first();
	}

	/** The text an options parameter shows, e.g. "Business API". */
	async parameterValue(name: string): Promise<string> {
		return await this.parameter(name).locator('input').first().inputValue();
	}

	/** Whether the editor flags a parameter (the warning sign of a required field left empty, a wrong value). */
	async hasIssue(name: string): Promise<boolean> {
		const item = this.parameter(name).locator('xpath=ancestor::*[@data-test-id="parameter-item"][1]');
		return (await item.locator('[data-test-id="parameter-issues"]').count()) > 0;
	}

	/** The labels of the visible parameters of the open panel, in order. */
	async parameterLabels(): Promise<string[]> {
		const labels = await this.ndv
			.locator('[data-test-id="node-parameters"] [data-test-id="parameter-item"] label:visible')
			.allInnerTexts();
		return [...new Set(labels.map((label) => label.split('\n')[0].trim()).filter(Boolean))];
	}

	/** The options an options parameter lists when opened. */
	async optionNames(name: string): Promise<string[]> {
		await this.parameter(name).click();
		const items = this.visibleDropdownItems();
		await items.first().waitFor();
		const names = (await items.allInnerTexts()).map((text) => text.split('\n')[0].trim());
		await this.page.keyboard.press('Escape');
		// The next dropdown opened must not be read while this one is still closing.
		await items.first().waitFor({ state: 'hidden' });
		return names;
	}

	/** Picks an option of an options parameter by its name. */
	async pickOption(name: string, option: string): Promise<void> {
		await this.parameter(name).click();
		const item = this.visibleDropdownItems().filter({ has: this.page.getByText(option, { exact: true }) }).first();
		await item.click();
		const input = `[data-test-id="ndv"] [data-test-id="parameter-input-${name}"] input`;
		await this.page.waitForFunction(
			`document.querySelector(${JSON.stringify(input)})?.value === ${JSON.stringify(option)}`,
		);
	}

	private visibleDropdownItems(): Locator {
		return this.page.locator('.el-select-dropdown:visible .el-select-dropdown__item');
	}

	/**
	 * Opens a resource locator's list and picks the entry whose text contains `entry`; returns the
	 * texts the list showed (and takes a screenshot with the list open when a path is given). The
	 * parameter must be in its "From list" mode.
	 */
	async pickFromList(name: string, entry: string, screenshot?: string): Promise<string[]> {
		await this.parameter(name).locator('[data-test-id="rlc-input"]').click();
		const items = this.page.locator('[data-test-id="rlc-item"]:visible');
		await items.first().waitFor();
		const texts = await items.allInnerTexts();
		if (screenshot) await this.screenshot(screenshot);
		await items.filter({ hasText: entry }).first().click();
		return texts;
	}

	/** Chooses the mode of a resource locator (e.g. "From list", "By ID"). */
	async pickLocatorMode(name: string, mode: string): Promise<void> {
		await this.parameter(name).locator('[data-test-id="rlc-mode-selector"]').click();
		await this.visibleDropdownItems().filter({ hasText: mode }).first().click();
	}

	/** The webhook URLs a trigger's panel lists (the section is opened if needed). */
	async webhookUrls(): Promise<string[]> {
		const escaped = this.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		const listed = () => new RegExp(`${escaped}/webhook(?:-test)?/\\S+`, 'g');
		let text = await this.ndv.innerText();
		if (!listed().test(text)) {
			await this.ndv.getByText('Webhook URLs', { exact: true }).click();
			await this.ndv.getByText(listed()).first().waitFor();
			text = await this.ndv.innerText();
		}
		return [...text.matchAll(listed())].map((match) => match[0]);
	}

	/** Closes the node's panel or the node panel when one is open (e.g. after a failed step). */
	async closeAll(): Promise<void> {
		if (await this.page.locator('[data-test-id="node-parameters"]').isVisible()) await this.closeNode();
		if (await this.page.locator('[data-test-id="node-creator"]').isVisible()) await this.closeNodePanel();
	}

	/** Runs the open node ("Execute step") and waits for its output. */
	async executeStep(): Promise<Locator> {
		await this.ndv.locator('[data-test-id="node-execute-button"]').click();
		const output = this.ndv.locator('[data-test-id="output-panel"]');
		await output.locator('[data-test-id="node-run-info"], [data-test-id="ndv-data-container"] table, .run-data-display-error').first().waitFor({ timeout: 60_000 });
		return output;
	}

	/** The actions the node panel ("What happens next?") lists for a node found by `search`. */
	async nodePanelActions(search: string, node: string): Promise<string[]> {
		await this.page.locator('[data-test-id="node-creator-plus-button"]').click();
		await this.page.locator('[data-test-id="node-creator-search-bar"]').waitFor();
		await this.page.keyboard.type(search);
		await this.page
			.locator('[data-test-id="node-creator"] [data-test-id="node-creator-item-name"]')
			.filter({ hasText: new RegExp(`^${node}$`) })
			.first()
			.click();
		const header = this.page.locator('[data-test-id="node-creator"]').getByText(/^Actions \(\d+\)$/);
		await header.waitFor();
		const count = Number(/\d+/.exec(await header.innerText())?.[0]);
		const actions = this.page.locator('[data-test-id="node-creator"] [data-test-id="item-iterator-item"] [data-test-id="node-creator-item-name"]');
		// The list renders as it is scrolled: scroll to its end until all actions have been shown.
		const seen: string[] = [];
		for (let attempt = 0; attempt < 20 && seen.length < count; attempt++) {
			await actions.first().waitFor();
			for (const text of await actions.allInnerTexts()) {
				const name = text.split('\n')[0].trim();
				// The first entry is the node itself, above its actions.
				if (name !== node && !seen.includes(name)) seen.push(name);
			}
			await actions.last().scrollIntoViewIfNeeded();
		}
		return seen;
	}

	async closeNodePanel(): Promise<void> {
		await this.page.keyboard.press('Escape');
		await this.page.locator('[data-test-id="node-creator"]').waitFor({ state: 'hidden' });
	}

	async screenshot(path: string, target?: Locator): Promise<void> {
		await (target ?? this.page).screenshot({ path });
	}
}
