/**
 * A small PNG reader for the browser test's screenshots (node:zlib only): 8-bit RGB or RGBA,
 * not interlaced — what Chromium writes. Anything else is refused, never misread.
 */
import { inflateSync } from "node:zlib";

export interface Png {
  readonly width: number;
  readonly height: number;
  /** 3 (RGB) or 4 (RGBA) bytes a pixel, rows top to bottom. */
  readonly channels: 3 | 4;
  readonly pixels: Uint8Array;
}

const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Decodes a PNG file's bytes; throws on a format it does not read. */
export function decodePng(file: Uint8Array): Png {
  const bytes = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  if (!signature.every((b, i) => bytes[i] === b)) throw new Error("not a PNG file");
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels: 3 | 4 = 4;
  const data: Buffer[] = [];
  while (offset + 8 <= bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString("latin1", offset + 4, offset + 8);
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    offset += 12 + length;
    if (type === "IHDR") {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colour, , , interlace] = body.subarray(8, 13);
      if (depth !== 8 || (colour !== 2 && colour !== 6) || interlace !== 0) {
        throw new Error(
          `PNG: depth ${depth}, colour type ${colour}, interlace ${interlace} not read`,
        );
      }
      channels = colour === 2 ? 3 : 4;
    } else if (type === "IDAT") data.push(body);
    else if (type === "IEND") break;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  if (raw.length !== height * (stride + 1)) throw new Error("PNG: unexpected data length");
  const pixels = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = y * (stride + 1) + 1;
    for (let x = 0; x < stride; x++) {
      const value = raw[line + x] as number;
      const left = x >= channels ? (pixels[y * stride + x - channels] as number) : 0;
      const up = y > 0 ? (pixels[(y - 1) * stride + x] as number) : 0;
      const upLeft =
        y > 0 && x >= channels ? (pixels[(y - 1) * stride + x - channels] as number) : 0;
      const predicted =
        filter === 0
          ? 0
          : filter === 1
            ? left
            : filter === 2
              ? up
              : filter === 3
                ? (left + up) >> 1
                : filter === 4
                  ? paeth(left, up, upLeft)
                  : Number.NaN;
      if (Number.isNaN(predicted)) throw new Error(`PNG: unknown filter ${filter}`);
      pixels[y * stride + x] = (value + predicted) & 0xff;
    }
  }
  return { width, height, channels, pixels };
}

/** The colour of one pixel as [r, g, b]. */
export function pixelAt(png: Png, x: number, y: number): [number, number, number] {
  if (x < 0 || y < 0 || x >= png.width || y >= png.height) {
    throw new Error(`pixel (${x}, ${y}) is outside the ${png.width}×${png.height} screenshot`);
  }
  const i = (y * png.width + x) * png.channels;
  return [png.pixels[i] as number, png.pixels[i + 1] as number, png.pixels[i + 2] as number];
}
