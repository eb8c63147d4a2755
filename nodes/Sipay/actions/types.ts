import type { IBinaryKeyData, IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

export type SipayApi = 'payment' | 'business';

export interface SipayResource {
	api: SipayApi;
	value: string;
	name: string;
	description: string;
}

/** One Sipay endpoint as the node exposes it: its fields and how it runs for one item. */
export interface SipayOperation {
	api: SipayApi;
	resource: string;
	value: string;
	name: string;
	action: string;
	description: string;
	/** Moves money: never retried by the package, idempotency key shown in the output. */
	movesMoney?: boolean;
	/** Only reads from Sipay: the Concurrency option may send several items' requests at a time. */
	reads?: boolean;
	fields: INodeProperties[];
	execute(this: IExecuteFunctions, itemIndex: number): Promise<OperationResult>;
}

/** An output item that carries a file (e.g. a receipt PDF) next to its JSON. */
export class BinaryItem {
	constructor(
		readonly json: IDataObject,
		readonly binary: IBinaryKeyData,
	) {}
}

export type OperationResult = IDataObject | BinaryItem | Array<IDataObject | BinaryItem>;
