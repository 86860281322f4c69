/**
 * Word-level diff (longest common subsequence) between two token lists: the base of the substitution
 * table and of quote drift. Sentences and quotes are short, so the quadratic table is fine.
 */
export interface DiffOp {
  op: "equal" | "replace" | "delete" | "insert";
  /** the words on each side (empty for insert / delete) */
  a: string[];
  b: string[];
}

/** Diff `a` against `b`, comparing with `key` (default: case- and apostrophe-folded). */
export function diffWords(a: string[], b: string[], key: (w: string) => string = (w) => w.toLowerCase().replace(/[’‘]/g, "'")): DiffOp[] {
  const ka = a.map(key);
  const kb = b.map(key);
  const n = a.length;
  const m = b.length;
  const W = m + 1;
  const t = new Uint16Array((n + 1) * W);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      t[i * W + j] = ka[i] === kb[j] ? t[(i + 1) * W + j + 1] + 1 : Math.max(t[(i + 1) * W + j], t[i * W + j + 1]);
    }
  }
  const ops: DiffOp[] = [];
  const push = (op: DiffOp["op"], wa: string[], wb: string[]) => {
    const last = ops[ops.length - 1];
    if (last && (last.op === op || (op !== "equal" && last.op !== "equal"))) {
      last.a.push(...wa);
      last.b.push(...wb);
      if (last.op !== op) last.op = "replace";
    } else ops.push({ op, a: [...wa], b: [...wb] });
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && ka[i] === kb[j]) { push("equal", [a[i]], [b[j]]); i++; j++; }
    else if (j >= m || (i < n && t[(i + 1) * W + j] >= t[i * W + j + 1])) { push("delete", [a[i]], []); i++; }
    else { push("insert", [], [b[j]]); j++; }
  }
  for (const op of ops) if (op.op !== "equal" && op.a.length > 0 && op.b.length > 0) op.op = "replace";
  return ops;
}

/** The diff as one readable line: equal words plain, changes as [-old-]{+new+}. */
export function diffText(ops: DiffOp[]): string {
  return ops
    .map((o) => {
      if (o.op === "equal") return o.a.join(" ");
      const del = o.a.length ? `[-${o.a.join(" ")}-]` : "";
      const ins = o.b.length ? `{+${o.b.join(" ")}+}` : "";
      return del + ins;
    })
    .join(" ");
}
