/**
 * One name per person: within an article ("President Donald Trump", "Trump", "the president" → Donald
 * Trump) and across the corpus (Zelensky / Zelenskyy / Zelenskiy → one person, by Jaro–Winkler on
 * surnames with compatible first names; "Mike Waltz" = "Michael Waltz" by a nickname table).
 */
import { NICKNAMES } from "./lexicon";
import { genderOf, type Gender, type Mention } from "./mentions";

// natural's Jaro-Winkler from its own module, never all of natural: natural's storage modules call
// dotenv, which would read a .env file from the working directory (test/natural-imports.test.ts).
// eslint-disable-next-line @typescript-eslint/no-var-requires
const JaroWinklerDistance = require("natural/lib/natural/distance/jaro-winkler_distance") as (a: string, b: string) => number;

export interface Person {
  name: string;
  roles: string[];
  aliases: string[];
  mentions: number;
  gender: Gender;
}

export interface ArticlePeople {
  /** people with full names in the article */
  people: Map<string, Person>;
  isPerson(m: Mention): boolean;
  /** the article's full name for a name mention ("Trump" → "Donald Trump"); the name as written when unknown */
  canonical(m: Mention): string;
  /** "president", "russian leader" → the person the article gives that role, or null */
  byDescriptor(descriptor: string): string | null;
  gender(name: string): Gender;
}

const HONORIFIC = /^(mr\.?|mrs\.?|ms\.?|dr\.?|sir|dame|lord)$/i;

function surname(name: string): string {
  const parts = name.split(" ");
  return parts[parts.length - 1];
}

/** Build the article's people from its mentions. */
export function articlePeople(mentions: Mention[]): ArticlePeople {
  const people = new Map<string, Person>();
  const names = mentions.filter((m) => m.kind === "name");
  const addRole = (p: Person, role: string | null) => {
    if (!role) return;
    const clean = role.split(" ").filter((w) => !HONORIFIC.test(w)).join(" ").trim();
    if (clean && !p.roles.includes(clean)) p.roles.push(clean);
  };
  for (const m of names) {
    const multi = m.name.includes(" ");
    if (!multi) continue;
    const evidence = genderOf(m.name) !== null || m.role !== null || m.speaks || /^[A-Z]{2}$/.test(m.name.split(" ")[0]);
    if (!evidence) continue;
    let p = people.get(m.name);
    if (!p) {
      p = { name: m.name, roles: [], aliases: [], mentions: 0, gender: genderOf(m.name) };
      people.set(m.name, p);
    }
    p.mentions++;
    addRole(p, m.role);
  }
  // per surname, the full name mentioned most (the first of them on a tie). Only that person's count
  // grows below (a lone surname goes to it), so it stays the one; sorting the surname's people for
  // every mention was quadratic in a list of names sharing a surname.
  const bySurname = new Map<string, Person>();
  for (const p of people.values()) {
    const key = surname(p.name);
    const best = bySurname.get(key);
    if (!best || p.mentions > best.mentions) bySurname.set(key, p);
  }
  // single names and surnames: the full name sharing the surname, most mentioned first
  const singles = new Map<string, Person>();
  for (const m of names) {
    if (people.has(m.name)) continue;
    let p: Person | undefined = bySurname.get(surname(m.name));
    if (!p && m.role !== null && !m.appositive && !m.name.includes(" ")) {
      p = singles.get(m.name) ?? { name: m.name, roles: [], aliases: [], mentions: 0, gender: null };
      singles.set(m.name, p);
    }
    if (!p) continue;
    p.mentions++;
    addRole(p, m.role);
    if (m.name !== p.name && !p.aliases.includes(m.name)) p.aliases.push(m.name);
  }
  for (const [k, p] of singles) if (!people.has(k)) people.set(k, p);

  const lookup = (m: Mention): Person | undefined => people.get(m.name) ?? bySurname.get(surname(m.name));
  const described = new Map<string, string | null>();
  return {
    people,
    isPerson: (m) => m.kind !== "name" || lookup(m) !== undefined,
    canonical: (m) => lookup(m)?.name ?? m.name,
    byDescriptor: (d) => {
      // the same few descriptions recur ("the president"); each look-up reads every person
      let who = described.get(d);
      if (who === undefined) {
        who = byDescriptor(people, d);
        described.set(d, who);
      }
      return who;
    },
    gender: (name) => people.get(name)?.gender ?? genderOf(name),
  };
}

const NATION: Record<string, RegExp> = {
  russian: /russia/i,
  "russia’s": /russia/i,
  "russia's": /russia/i,
  russia: /russia/i,
  ukrainian: /ukrain/i,
  "ukraine’s": /ukrain/i,
  "ukraine's": /ukrain/i,
  ukraine: /ukrain/i,
  "u.s.": /^(president|u\.s\.|us|united states|american)\b/i,
  us: /^(president|u\.s\.|us|united states|american)\b/i,
  american: /^(president|u\.s\.|us|united states|american)\b/i,
  chinese: /chin/i,
  french: /franc|french/i,
  german: /german/i,
  british: /brit|u\.k\./i,
  israeli: /israel/i,
  iranian: /iran/i,
};

/** "the president" → the person titled president most often (a bare "President" or a U.S. one first). */
function byDescriptor(people: Map<string, Person>, descriptor: string): string | null {
  const words = descriptor.toLowerCase().split(" ");
  const noun = words.slice(words.length > 1 && NATION[words[0]] ? 1 : 0).join(" ");
  const nation = words.length > 1 && NATION[words[0]] ? NATION[words[0]] : null;
  const former = words[0] === "former";
  const nounRe = noun === "leader" ? /(president|prime minister|chancellor|leader|premier)/i : new RegExp(noun.replace(/\./g, "\\."), "i");
  let best: { p: Person; score: number } | null = null;
  for (const p of people.values()) {
    const roles = p.roles.filter((r) => nounRe.test(r) && /former/i.test(r) === former && !/vice|deputy/i.test(r));
    if (roles.length === 0) continue;
    let score = p.mentions;
    if (nation) {
      if (!roles.some((r) => nation.test(r))) continue;
    } else if (roles.some((r) => /^(president|u\.s\. president|us president|united states president)$/i.test(r))) score += 1000;
    if (!best || score > best.score) best = { p, score };
  }
  return best ? best.p.name : null;
}

/** True when two first names can be the same person's (equal, nickname, or a close spelling). */
function sameFirst(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  if ((NICKNAMES[x] ?? x) === (NICKNAMES[y] ?? y)) return true;
  return JaroWinklerDistance(x, y) >= 0.9;
}

/**
 * Corpus-wide canonical names. `counts` maps each name found in the articles (full names and lone
 * surnames) to how often it was used; the result maps every name to the one spelling the corpus uses
 * for that person (the most used full name of the group).
 */
export function mergeNames(counts: Map<string, number>, threshold = 0.9): Map<string, string> {
  const names = [...counts.keys()].sort((a, b) => (counts.get(b)! - counts.get(a)!) || b.length - a.length || a.localeCompare(b));
  const full = names.filter((n) => n.includes(" "));
  const groups: string[][] = [];
  for (const n of full) {
    const [first] = n.split(" ");
    const sur = surname(n).toLowerCase();
    const g = groups.find((grp) => {
      const head = grp[0];
      return JaroWinklerDistance(surname(head).toLowerCase(), sur) >= threshold && sameFirst(head.split(" ")[0], first) && Math.abs(head.split(" ").length - n.split(" ").length) <= 1;
    });
    if (g) g.push(n);
    else groups.push([n]);
  }
  const out = new Map<string, string>();
  for (const g of groups) for (const n of g) out.set(n, g[0]);
  for (const n of names) {
    if (out.has(n)) continue;
    // a lone surname: the group whose surname it matches best (exact first, then close spelling)
    const low = n.toLowerCase();
    let best: { head: string; score: number } | null = null;
    for (const g of groups) {
      for (const member of g) {
        const s = JaroWinklerDistance(surname(member).toLowerCase(), low);
        if (s >= threshold && (!best || s > best.score)) best = { head: g[0], score: s };
      }
    }
    out.set(n, best ? best.head : n);
  }
  return out;
}

/** A stable id for a canonical name: "Donald Trump" → "donald-trump". */
export function speakerId(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
