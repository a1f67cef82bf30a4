import { inflateRawSync } from 'node:zlib';

/** Test helper: the text of one file inside a zip (an .xlsx or .docx), read from the zip's central directory. */
export function zipEntryText(zip: Buffer, path: string): string {
	const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
	if (end < 0) throw new Error('not a zip file');
	const count = zip.readUInt16LE(end + 10);
	let offset = zip.readUInt32LE(end + 16);
	for (let index = 0; index < count; index++) {
		const method = zip.readUInt16LE(offset + 10);
		const size = zip.readUInt32LE(offset + 20);
		const nameLength = zip.readUInt16LE(offset + 28);
		const extraLength = zip.readUInt16LE(offset + 30);
		const commentLength = zip.readUInt16LE(offset + 32);
		const local = zip.readUInt32LE(offset + 42);
		const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
		if (name === path) {
			const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
			const data = zip.subarray(start, start + size);
			return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
		}
		offset += 46 + nameLength + extraLength + commentLength;
	}
	throw new Error(`${path} is not in the zip`);
}
