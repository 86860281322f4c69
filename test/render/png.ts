import * as zlib from "node:zlib";

/** Width and height from a PNG's IHDR chunk (bytes 16..24), after checking the signature. */
export function pngSize(png: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!png.subarray(0, 8).equals(signature)) throw new Error("not a PNG");
  if (png.toString("latin1", 12, 16) !== "IHDR") throw new Error("PNG without IHDR first");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/**
 * Count the distinct colours of an 8-bit RGB/RGBA non-interlaced PNG (what Chromium writes): inflate
 * the IDAT stream and undo the per-row filters. Enough to tell a drawn chart from a blank image.
 */
export function distinctColours(png: Buffer, limit = 1000): number {
  const { width, height } = pngSize(png);
  const bitDepth = png[24];
  const colourType = png[25];
  if (bitDepth !== 8 || (colourType !== 2 && colourType !== 6) || png[28] !== 0) throw new Error(`unsupported PNG (depth ${bitDepth}, type ${colourType})`);
  const bpp = colourType === 6 ? 4 : 3;
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString("latin1", at + 4, at + 8);
    if (type === "IDAT") idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  let prev = Buffer.alloc(stride);
  const colours = new Set<string>();
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? line[x - bpp] : 0;
      const b = prev[x];
      const c = x >= bpp ? prev[x - bpp] : 0;
      let add = 0;
      if (filter === 1) add = a;
      else if (filter === 2) add = b;
      else if (filter === 3) add = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        add = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      line[x] = (line[x] + add) & 0xff;
    }
    for (let x = 0; x < stride && colours.size < limit; x += bpp) colours.add(line.toString("hex", x, x + bpp));
    prev = line;
  }
  return colours.size;
}
