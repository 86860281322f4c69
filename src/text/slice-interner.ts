/**
 * Integer ids for substrings, looked up by their characters where they sit in a text.
 *
 * Why: counting words over a large corpus looks up every token; `text.slice` + `Map.get` allocates
 * a string and hashes it for each of them. This interner hashes the code units of text[start, end)
 * in place, compares them with its own copy (a Uint16Array pool, so it never keeps an article's text
 * alive through a sliced string) and allocates only for a substring it has not seen before.
 * Ids are dense, 0, 1, 2, … in order of first sight; equal substrings get equal ids, whatever text
 * they come from.
 */

export interface SliceInterner {
  /** id of text[start, end), a new id (== the previous size) when unseen */
  intern(text: string, start: number, end: number): number;
  /** the substring of an id */
  get(id: number): string;
  /** number of distinct substrings */
  readonly size: number;
}

export function createSliceInterner(): SliceInterner {
  let slots = new Int32Array(1 << 12); // id + 1, 0 = empty; kept at most half full
  let mask = slots.length - 1;
  let hashes = new Int32Array(1 << 10);
  let offsets = new Int32Array(1 << 10); // id → start in pool; id + 1 → end
  let pool = new Uint16Array(1 << 14);
  let size = 0;
  offsets[0] = 0;

  const grow = (): void => {
    const next = new Int32Array(slots.length * 2);
    const m = next.length - 1;
    for (let id = 0; id < size; id++) {
      let j = hashes[id] & m;
      while (next[j] !== 0) j = (j + 1) & m;
      next[j] = id + 1;
    }
    slots = next;
    mask = m;
  };

  const add = (text: string, start: number, end: number, h: number): number => {
    const id = size;
    const len = end - start;
    if (id + 2 > hashes.length) {
      const h2 = new Int32Array(hashes.length * 2);
      h2.set(hashes);
      hashes = h2;
      const o2 = new Int32Array(offsets.length * 2);
      o2.set(offsets);
      offsets = o2;
    }
    const at = offsets[id];
    if (at + len > pool.length) {
      const p2 = new Uint16Array(Math.max(pool.length * 2, at + len));
      p2.set(pool);
      pool = p2;
    }
    for (let q = 0; q < len; q++) pool[at + q] = text.charCodeAt(start + q);
    offsets[id + 1] = at + len;
    hashes[id] = h;
    size++;
    return id;
  };

  return {
    intern(text: string, start: number, end: number): number {
      // FNV-1a over the code units
      let h = 0x811c9dc5 | 0;
      for (let q = start; q < end; q++) h = Math.imul(h ^ text.charCodeAt(q), 0x01000193);
      h ^= h >>> 15;
      let j = h & mask;
      const len = end - start;
      for (;;) {
        const e = slots[j];
        if (e === 0) break;
        const id = e - 1;
        if (hashes[id] === h) {
          const at = offsets[id];
          if (offsets[id + 1] - at === len) {
            let q = 0;
            while (q < len && pool[at + q] === text.charCodeAt(start + q)) q++;
            if (q === len) return id;
          }
        }
        j = (j + 1) & mask;
      }
      const id = add(text, start, end, h);
      slots[j] = id + 1;
      if (size * 2 > slots.length) grow();
      return id;
    },
    get(id: number): string {
      if (id < 0 || id >= size) throw new RangeError(`no substring with id ${id}`);
      let s = "";
      const end = offsets[id + 1];
      // in chunks: String.fromCharCode takes its arguments on the stack
      for (let at = offsets[id]; at < end; at += 4096) s += String.fromCharCode(...pool.subarray(at, Math.min(end, at + 4096)));
      return s;
    },
    get size() {
      return size;
    },
  };
}
