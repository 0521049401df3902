import { crc32, deflateSync } from 'node:zlib';

/** An RGB colour, each channel 0–255. */
export type Rgb = readonly [number, number, number];

/**
 * Encodes an image of palette indices as an indexed-colour PNG (8 bits a pixel, at most 256
 * colours): a card is a few colours and their blends, so it needs a quarter of the bytes of
 * RGBA to compress, and comes out smaller.
 */
export function indexedPng(width: number, height: number, pixels: Uint8Array, palette: readonly Rgb[]): Buffer {
	if (palette.length > 256) throw new Error(`a PNG palette holds at most 256 colours, not ${palette.length}`);
	if (pixels.length !== width * height) throw new Error(`${pixels.length} pixels for a ${width} × ${height} image`);
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header[8] = 8; // bits per index
	header[9] = 3; // colour type: palette
	// Every row starts with its filter type, 0 (none): flat colours compress well as they are.
	const rows = Buffer.alloc((width + 1) * height);
	for (let y = 0; y < height; y += 1) rows.set(pixels.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('PLTE', Buffer.from(palette.flat())),
		chunk('IDAT', deflateSync(rows)),
		chunk('IEND', Buffer.alloc(0)),
	]);
}

/** A PNG chunk: length, type, data and the CRC of type and data. */
function chunk(type: string, data: Buffer): Buffer {
	const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
	const framed = Buffer.alloc(typed.length + 8);
	framed.writeUInt32BE(data.length, 0);
	typed.copy(framed, 4);
	framed.writeUInt32BE(crc32(typed), typed.length + 4);
	return framed;
}
