import { strict as assert } from "node:assert";
import { articleShingles, articleSignature, candidatePairs, containment, SHINGLE_FAMILIES, type SignatureRow } from "../../src/overlap/fingerprint";
import { DEFAULT_FINGERPRINT } from "../../src/overlap/fingerprint";
import { analyseOverlap } from "../../src/overlap/index";
import { doc } from "./support";

/**
 * Texts written for this test: a report of a harbour bridge opening, a synonym-spun copy of it (content
 * words swapped as a spinner does, function words, names and numbers kept), an independent report of the
 * same event quoting the same statements, and unrelated reports.
 */
const ORIGINAL = [
  "The new harbour bridge in Port Ellis opened to traffic on Saturday morning after four years of building work and a long dispute over its cost.",
  "Hundreds of people walked across the deck before the first cars were allowed on, and the city band played on the southern ramp.",
  "The bridge cost 212 million dollars, almost twice the sum the council approved when the plan was first put to a vote in 2019.",
  "Engineers had to rebuild two of the piers after divers found cracks in the concrete during an inspection in the spring of 2022.",
  "Mayor Anna Keller thanked the workers and said the crossing would cut the journey from the eastern district to the port by half.",
  "Ferry operators, who lose most of their passengers to the bridge, asked the council for help to keep a smaller service running at night.",
  "The council will decide on the request at its next meeting, and a spokesman said the ferry would run as usual until the end of the month.",
  "Traffic was heavy in the afternoon, and the police closed one lane for an hour after a minor collision near the toll gates.",
  "Tolls will be charged from the first of June, at a rate the transport office is expected to publish next week.",
].join("\n");

/** A small version of bench/overlap/spin.ts: every word of this list swapped wherever it occurs. */
const SWAPS: Record<string, string> = {
  new: "brand new", harbour: "port", opened: "launched", traffic: "vehicles", morning: "dawn", building: "construction",
  work: "labour", long: "lengthy", dispute: "quarrel", cost: "price", people: "individuals", walked: "strolled", deck: "platform",
  cars: "automobiles", allowed: "permitted", city: "town", band: "orchestra", played: "performed", sum: "amount",
  approved: "authorised", plan: "scheme", vote: "ballot", engineers: "technicians", rebuild: "reconstruct", divers: "swimmers",
  found: "discovered", cracks: "fissures", inspection: "examination", spring: "springtime", thanked: "praised", workers: "labourers",
  said: "stated", crossing: "passage", cut: "reduce", journey: "trip", district: "quarter", operators: "companies",
  lose: "shed", passengers: "travellers", asked: "requested", help: "assistance", keep: "maintain", smaller: "lesser",
  service: "operation", running: "going", night: "evening", decide: "rule", request: "demand", meeting: "session",
  spokesman: "representative", heavy: "dense", afternoon: "evening", closed: "shut", lane: "track", hour: "while",
  minor: "small", collision: "crash", near: "close to", gates: "barriers", charged: "levied", rate: "tariff",
  office: "department", expected: "anticipated", publish: "release", week: "wk",
};
const spun = (text: string) => text.replace(/\b[A-Za-z]+\b/g, (w) => {
  const to = SWAPS[w.toLowerCase()];
  if (!to) return w;
  return w[0] === w[0].toUpperCase() ? to[0].toUpperCase() + to.slice(1) : to;
});
const SPUN = spun(ORIGINAL);

const QUOTES = [
  "“This bridge belongs to everyone who waited for it, and it will cut the journey to the port by half,” Mayor Anna Keller said.",
  "“We cannot keep the night ferry without help from the council,” said Tom Reyes, who runs the ferry company.",
];
/** An independent report of the same event: its own narration, the same two quotations. */
const INDEPENDENT = [
  "Port Ellis finally has its bridge. Crowds gathered at dawn on Saturday to see the ribbon cut at the southern end of the span.",
  QUOTES[0],
  "The project ran years late and went far over budget, which critics in the eastern district have not forgotten.",
  "Several residents told reporters they would still take the ferry for the view, if it survives the competition.",
  QUOTES[1],
  "Officials expect more than twenty thousand vehicles a day once the tolls are announced in the coming weeks.",
  "A local school choir sang before the speeches, and the celebrations went on well into the evening on the waterfront.",
].join("\n");
/** Another independent report quoting the same statements. */
const INDEPENDENT_2 = [
  "Drivers queued for hours on Saturday to be among the first across the long-delayed crossing at Port Ellis.",
  QUOTES[1],
  "Business owners near the old ferry terminal fear a drop in trade now that fewer travellers pass their doors.",
  QUOTES[0],
  "The structure is the largest public project in the region for a generation, according to the provincial planning board.",
  "Its opening was delayed twice, first by a strike and then by repairs to the foundations found to be weaker than designed.",
].join("\n");
const UNRELATED = [
  "The national football team lost two goals to one in the qualifier on Wednesday night after a late penalty.",
  "The coach said the players had given everything and that the group was still open with three matches left to play.",
  "Supporters travelled from all over the country, and the stadium was sold out for the first time in a decade.",
  "The next game is in October against the group leaders, who have won all of their matches so far this year.",
].join("\n");

describe("candidate filter", () => {
  it("finds a synonym-spun rewrite that the word 5-grams alone miss", () => {
    const texts = [ORIGINAL, SPUN, UNRELATED];
    const words = SHINGLE_FAMILIES.filter((f) => f.name === "words");
    assert.deepEqual(candidatePairs(texts, { families: words }), [], "word 5-grams alone miss the rewrite");
    const found = candidatePairs(texts);
    assert.deepEqual(found.map((c) => [c.a, c.b, c.families]), [[0, 1, ["masked"]]]);
    assert.ok(found[0].containment >= 0.5, String(found[0].containment));
    // and the alignment behind it calls the pair a rewrite
    const r = analyseOverlap([doc("original", ORIGINAL), doc("spun", SPUN), doc("unrelated", UNRELATED)], { listAllPairsUpTo: 0 });
    assert.deepEqual(r.pairs.map((p) => [p.a, p.b, p.relation]), [["original", "spun", "rewrite"]]);
  });

  it("does not make independent reports sharing quotations candidates, unless they share narration", () => {
    const texts = [`${ORIGINAL}\n${QUOTES.join("\n")}`, INDEPENDENT, INDEPENDENT_2, UNRELATED];
    assert.deepEqual(candidatePairs(texts), []);
    // the quotes are the same words in all three: only narration is shingled
    const copied = `${INDEPENDENT}\n${ORIGINAL.split("\n").slice(0, 5).join("\n")}`;
    assert.deepEqual(candidatePairs([...texts, copied]).map((c) => [c.a, c.b]), [[0, 4], [1, 4]]);
  });

  it("lists every pair of a small corpus, scoring the pairs it does not align from quotes and names", () => {
    const docs = [doc("original", `${ORIGINAL}\n${QUOTES.join("\n")}`), doc("spun", SPUN), doc("independent", INDEPENDENT), doc("unrelated", UNRELATED)];
    const r = analyseOverlap(docs);
    // aligned: the rewrite (sampled probe), and original × independent, whose narration has four word
    // 5-grams in common (enough to look for a shared sentence; the alignment finds only the quotes)
    assert.deepEqual(r.method, { pairs_considered: 6, pairs_aligned: 2, pairs_listed: 6, strategy: "candidate filter" });
    const rel = Object.fromEntries(r.pairs.map((p) => [`${p.a}×${p.b}`, p.relation]));
    assert.equal(rel["original×spun"], "rewrite");
    assert.equal(rel["original×independent"], "shared quotes");
    assert.equal(rel["spun×unrelated"], "unrelated");
    assert.equal(r.quotes.filter((q) => q.a === "original" && q.b === "independent").length, 2);
    // all pairs aligned: the same relations
    const all = analyseOverlap(docs, { strategy: "all pairs" });
    assert.equal(all.method.pairs_aligned, 6);
    assert.deepEqual(all.pairs.map((p) => p.relation), r.pairs.map((p) => p.relation));
  });
});

/**
 * The store's path (issue 14): signatures kept per article and joined, written here as the SQL in
 * signature.ts says — rows grouped by (family, hash), df over the signatures, hits per pair, tested
 * counts from each article's largest sampled hash — then the exact check on the two texts.
 */
function joinSignatures(texts: string[]): Array<[number, number]> {
  const o = DEFAULT_FINGERPRINT;
  const rows: Array<SignatureRow & { article: number }> = texts.flatMap((t, article) => articleSignature(t).map((r) => ({ ...r, article })));
  const df = new Map<string, number>();
  for (const r of rows) df.set(`${r.family}:${r.hash}`, (df.get(`${r.family}:${r.hash}`) ?? 0) + 1);
  const out = new Set<string>();
  for (const family of SHINGLE_FAMILIES) {
    const mine = rows.filter((r) => r.family === family.name);
    const top = new Map<number, number>();
    for (const r of mine) top.set(r.article, Math.max(top.get(r.article) ?? 0, r.hash));
    const ok = mine.filter((r) => df.get(`${r.family}:${r.hash}`)! <= family.maxDf);
    const tested = (a: number, b: number) => ok.filter((r) => r.article === a && r.hash <= top.get(b)!).length;
    const hits = new Map<string, number>();
    for (const r of ok) for (const s of ok) {
      if (r.hash === s.hash && r.article < s.article) hits.set(`${r.article},${s.article}`, (hits.get(`${r.article},${s.article}`) ?? 0) + 1);
    }
    const shingles = texts.map((t) => articleShingles(t)[SHINGLE_FAMILIES.indexOf(family)]);
    for (const [pair, n] of hits) {
      const [a, b] = pair.split(",").map(Number);
      if (shingles[a].length < family.minShingles || shingles[b].length < family.minShingles) continue;
      if (n < o.minHits || n < o.minShare * Math.min(tested(a, b), tested(b, a))) continue;
      if (containment(shingles[a], shingles[b]) >= family.minContainment) out.add(pair);
    }
  }
  return [...out].map((p) => p.split(",").map(Number) as [number, number]).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

describe("article signatures", () => {
  const corpus = [
    ORIGINAL, SPUN, INDEPENDENT, INDEPENDENT_2, UNRELATED,
    `${INDEPENDENT}\n${ORIGINAL.split("\n").slice(0, 5).join("\n")}`,
    UNRELATED.split("\n").slice(0, 2).join("\n"),
    `${UNRELATED}\nThe match was shown live on national television and watched by two million people.`,
  ];

  it("are a function of the article alone: the sample of every family, sorted within each", () => {
    const sig = articleSignature(ORIGINAL);
    assert.deepEqual(articleSignature(ORIGINAL), sig);
    assert.deepEqual([...new Set(sig.map((r) => r.family))], SHINGLE_FAMILIES.map((f) => f.name));
    const words = sig.filter((r) => r.family === "words").map((r) => r.hash);
    const all = articleShingles(ORIGINAL)[0];
    // every shingle up to the sample's largest hash is in the sample: a prefix of the sorted set
    assert.deepEqual(words, [...all.subarray(0, words.length)]);
    assert.ok(words.length >= 24 && words.length < all.length);
  });

  it("give the store's join the same candidate pairs as the in-memory filter", () => {
    const joined = joinSignatures(corpus);
    assert.deepEqual(candidatePairs(corpus).map((c) => [c.a, c.b]), joined);
    // the rewrite; the half-copy with its source, the source's rewrite and its host; the two
    // shortened and extended football reports with theirs
    assert.deepEqual(joined, [[0, 1], [0, 5], [1, 5], [2, 5], [4, 6], [4, 7], [6, 7]]);
  });
});
