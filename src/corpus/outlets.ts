import { getDomain } from "tldts";
import type { Article } from "./article";

/**
 * One name per outlet across a corpus. Sources name the same outlet many ways: BASIL writes "nyt",
 * "fox", "hpo" (upper case in a few files); AllSides writes "Fox Online News", "Fox News (Online)"
 * and "Fox News"; a scraped page may name no outlet at all but carry its URL. Comparing outlets
 * needs each to be one group with one colour, so an article's outlet is settled in three steps:
 *  1. no outlet given but a URL: the outlet is the URL's site (its registrable domain, "nytimes.com"
 *     for "thecaucus.blogs.nytimes.com");
 *  2. a name or a site listed in OUTLET_ALIASES becomes the outlet's usual name; section suffixes
 *     ("- News", "(Web News)", "Online News") are dropped first, so "CNN (Web News)" is CNN. Opinion
 *     sections keep their own name: they are a different voice of the outlet;
 *  3. names equal but for case become the spelling most articles use.
 * What the source said stays in `meta.outlet_as_given` whenever it changed.
 */

/** The usual name of well-known outlets, with the other names and the sites they go by. */
export const OUTLET_ALIASES: ReadonlyArray<{ name: string; aliases: string[]; sites: string[] }> = [
  { name: "The New York Times", aliases: ["nyt", "nytimes", "new york times", "ny times"], sites: ["nytimes.com", "nyti.ms"] },
  { name: "Fox News", aliases: ["fox", "foxnews", "fox online news", "fox news online", "fox news channel"], sites: ["foxnews.com", "foxbusiness.com"] },
  { name: "HuffPost", aliases: ["hpo", "huffpo", "huffington post", "the huffington post", "huffpost"], sites: ["huffingtonpost.com", "huffpost.com", "huffingtonpost.co.uk"] },
  { name: "The Washington Post", aliases: ["wapo", "washington post"], sites: ["washingtonpost.com"] },
  { name: "The Wall Street Journal", aliases: ["wsj", "wall street journal"], sites: ["wsj.com"] },
  { name: "CNN", aliases: [], sites: ["cnn.com"] },
  { name: "NPR", aliases: ["npr online", "national public radio"], sites: ["npr.org"] },
  { name: "BBC News", aliases: ["bbc"], sites: ["bbc.com", "bbc.co.uk"] },
  { name: "Reuters", aliases: ["reuters.com", "thomson reuters"], sites: ["reuters.com"] },
  { name: "Associated Press", aliases: ["ap", "the associated press", "ap news"], sites: ["apnews.com", "ap.org"] },
  { name: "USA Today", aliases: ["usa today"], sites: ["usatoday.com"] },
  { name: "The Guardian", aliases: ["guardian"], sites: ["theguardian.com", "guardian.co.uk"] },
  { name: "The Washington Times", aliases: ["washington times"], sites: ["washingtontimes.com"] },
  { name: "Politico", aliases: [], sites: ["politico.com", "politico.eu"] },
  { name: "The Hill", aliases: [], sites: ["thehill.com"] },
  { name: "New York Post", aliases: ["ny post", "nypost"], sites: ["nypost.com"] },
  { name: "ABC News", aliases: ["abc"], sites: ["abcnews.go.com", "abcnews.com"] },
  { name: "CBS News", aliases: ["cbs"], sites: ["cbsnews.com"] },
  { name: "NBC News", aliases: ["nbc"], sites: ["nbcnews.com"] },
  { name: "Bloomberg", aliases: [], sites: ["bloomberg.com"] },
  { name: "Breitbart News", aliases: ["breitbart"], sites: ["breitbart.com"] },
  { name: "Al Jazeera", aliases: ["aljazeera"], sites: ["aljazeera.com", "aljazeera.net"] },
  { name: "Daily Mail", aliases: ["mail online", "dailymail"], sites: ["dailymail.co.uk"] },
  { name: "Newsmax", aliases: [], sites: ["newsmax.com"] },
  { name: "Christian Science Monitor", aliases: ["csmonitor"], sites: ["csmonitor.com"] },
];

/** Section suffixes that name a part of an outlet's news output, not a different outlet. */
const NEWS_SECTION = /\s*(?:[-–—:]\s*news|\((?:web |online )?news\)|\(online\)|online news)\s*$/i;

const byAlias = new Map<string, string>();
const bySite = new Map<string, string>();
for (const o of OUTLET_ALIASES) {
  for (const n of [o.name, ...o.aliases]) byAlias.set(n.toLowerCase(), o.name);
  for (const s of o.sites) bySite.set(s, o.name);
}

/** The site (registrable domain) of a URL, lower case: "thecaucus.blogs.nytimes.com/…" → "nytimes.com". */
export function siteOf(url: string): string | null {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `http://${url}`;
  let host: string;
  try {
    host = new URL(withScheme).hostname;
  } catch {
    return null;
  }
  return getDomain(host) ?? (host || null);
}

/** The usual name of an outlet written `name`, or null when it is not a known alias. */
export function knownOutlet(name: string): string | null {
  const lower = name.trim().toLowerCase();
  const bare = lower.replace(NEWS_SECTION, "").replace(/^the\s+/, "").trim();
  return byAlias.get(lower) ?? byAlias.get(bare) ?? byAlias.get(`the ${bare}`) ?? bySite.get(lower) ?? null;
}

/** The outlet a site stands for: the known outlet's name, else the site itself ("example.org"). */
export function outletOfSite(site: string): string {
  return bySite.get(site) ?? site;
}

/**
 * Settle every article's outlet (see the module comment): from the URL when none is given, to the
 * usual name of a known outlet, and to one spelling per name. Changes `outlet` and `meta` in place.
 */
export function resolveOutlets(articles: Article[]): void {
  for (const a of articles) {
    const given = a.outlet;
    let outlet = given;
    if (!given || given === "unknown") {
      const site = a.url ? siteOf(a.url) : null;
      if (site) outlet = outletOfSite(site);
    } else {
      outlet = knownOutlet(given) ?? given;
    }
    if (outlet !== given) {
      a.meta = { ...a.meta, outlet_as_given: given };
      a.outlet = outlet;
    }
  }
  unifyOutletNames(articles);
}

/**
 * Names equal but for case and surrounding space become the spelling most articles use; a tie goes
 * to the spelling with more capitals ("NYT" over "nyt").
 */
export function unifyOutletNames(articles: Article[]): void {
  const spellings = new Map<string, Map<string, number>>();
  for (const a of articles) {
    const key = a.outlet.trim().toLowerCase();
    const forms = spellings.get(key) ?? new Map<string, number>();
    forms.set(a.outlet.trim(), (forms.get(a.outlet.trim()) ?? 0) + 1);
    spellings.set(key, forms);
  }
  const capitals = (s: string) => (s.match(/\p{Lu}/gu) ?? []).length;
  const chosen = new Map<string, string>();
  for (const [key, forms] of spellings) {
    const best = [...forms].sort((x, y) => y[1] - x[1] || capitals(y[0]) - capitals(x[0]) || x[0].localeCompare(y[0]))[0][0];
    chosen.set(key, best);
  }
  for (const a of articles) {
    const best = chosen.get(a.outlet.trim().toLowerCase())!;
    if (best !== a.outlet) {
      if (!("outlet_as_given" in a.meta)) a.meta = { ...a.meta, outlet_as_given: a.outlet };
      a.outlet = best;
    }
  }
}
