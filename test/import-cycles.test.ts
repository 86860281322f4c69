import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";

const ROOT = path.resolve(__dirname, "..");
const SRC = path.join(ROOT, "src");

/**
 * No two modules of src/ import each other, directly or round a loop, type-only imports included: a
 * type that two modules share lives in a module below both (corpus/types.ts, timeline/types.ts,
 * overlap/idf.ts). A cycle makes the order of loading matter and hides which module owns a fact.
 */
describe("src/ has no import cycle", () => {
  const files = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : []));

  /** The src files a file imports (relative specifiers, `import type` and `export … from` included). */
  function importsOf(file: string): string[] {
    const info = ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true);
    const out: string[] = [];
    for (const { fileName } of info.importedFiles) {
      if (!fileName.startsWith(".")) continue;
      const base = path.resolve(path.dirname(file), fileName);
      const found = [base, `${base}.ts`, path.join(base, "index.ts")].find((f) => f.endsWith(".ts") && fs.existsSync(f));
      if (found) out.push(found);
    }
    return out;
  }

  /** The strongly connected components of more than one file (Tarjan), and files that import themselves. */
  function cycles(graph: Map<string, string[]>): string[][] {
    let next = 0;
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const out: string[][] = [];
    const visit = (v: string) => {
      index.set(v, next);
      low.set(v, next++);
      stack.push(v);
      onStack.add(v);
      for (const w of graph.get(v) ?? []) {
        if (!index.has(w)) {
          visit(w);
          low.set(v, Math.min(low.get(v)!, low.get(w)!));
        } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
      if (low.get(v) === index.get(v)) {
        const component: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          component.push(w);
        } while (w !== v);
        if (component.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(component.sort());
      }
    };
    for (const v of graph.keys()) if (!index.has(v)) visit(v);
    return out;
  }

  it("finds a cycle where there is one (so the check can fail)", () => {
    const graph = new Map([["a", ["b"]], ["b", ["c"]], ["c", ["a"]], ["d", ["a"]], ["e", ["e"]]]);
    assert.deepEqual(cycles(graph), [["a", "b", "c"], ["e"]]);
    assert.deepEqual(cycles(new Map([["a", ["b"]], ["b", []]])), []);
  });

  it("reads type-only imports and re-exports as imports", () => {
    const probe = path.join(SRC, "corpus", "fields.ts");
    assert.ok(importsOf(probe).includes(path.join(SRC, "corpus", "types.ts")), "fields.ts imports the RecordFields type from types.ts");
  });

  it("none in src/", () => {
    const graph = new Map(files(SRC).map((f) => [f, importsOf(f)]));
    assert.ok(graph.size > 100, `read ${graph.size} files`);
    assert.deepEqual(cycles(graph).map((c) => c.map((f) => path.relative(SRC, f)).join(" ↔ ")), []);
  });
});
