import type {
	ICredentialsDecrypted,
	ICredentialTestFunctions,
	INodeCredentialTestResult,
} from 'n8n-workflow';

import {
	postWithTestRequest,
	requestBusinessToken,
	requestPaymentToken,
	SipayAuthError,
} from './tokens';

/** Credential tests: fetch a token the way the node will, and say what Sipay answered. */

async function run(check: () => Promise<string>): Promise<INodeCredentialTestResult> {
	try {
		return { status: 'OK', message: await check() };
	} catch (error) {
		const message =
			error instanceof SipayAuthError || error instanceof Error ? error.message : 'Unknown error';
		return { status: 'Error', message };
	}
}

export async function testPaymentCredentials(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	return await run(async () => {
		const token = await requestPaymentToken(postWithTestRequest(this), credential.data ?? {});
		return `Connected. Integration mode: ${token.integrationMode} (is_3d=${token.is3d})`;
	});
}

export async function testBusinessCredentials(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	return await run(async () => {
		const token = await requestBusinessToken(postWithTestRequest(this), credential.data ?? {});
		return `Connected. Token valid for ${token.expiresIn} s`;
	});
}
