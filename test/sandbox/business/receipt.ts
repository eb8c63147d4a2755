/** A one-page PDF ("dekont") with plain text lines, returned base64 by TransactionReceipt (§9.6). */

const ASCII: Record<string, string> = { ç: 'c', Ç: 'C', ğ: 'g', Ğ: 'G', ı: 'i', İ: 'I', ö: 'o', Ö: 'O', ş: 's', Ş: 'S', ü: 'u', Ü: 'U' };

const pdfText = (line: string): string =>
	line
		.replace(/[çÇğĞıİöÖşŞüÜ]/g, (letter) => ASCII[letter])
		.replace(/[^\x20-\x7e]/g, '?')
		.replace(/[\\()]/g, (special) => `\\${special}`);

export function receiptPdf(lines: string[]): Buffer {
	const text = lines.map((line, index) => `${index === 0 ? '' : 'T* '}(${pdfText(line)}) Tj`).join('\n');
	const content = `BT\n/F1 11 Tf\n16 TL\n50 790 Td\n${text}\nET`;
	const objects = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
		'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
		`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
	];
	let pdf = '%PDF-1.4\n';
	const offsets = objects.map((body, index) => {
		const offset = Buffer.byteLength(pdf, 'latin1');
		pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
		return offset;
	});
	const xref = Buffer.byteLength(pdf, 'latin1');
	pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
	pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
	pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
	return Buffer.from(pdf, 'latin1');
}
