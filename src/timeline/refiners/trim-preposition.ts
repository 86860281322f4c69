/**
 * Spans start at the expression, not at its preposition: "Friday", not "on Friday" (chrono keeps
 * "on", "in", "at" in some of its results).
 */
import type { Refiner } from "chrono-node";

const LEADING = /^(?:on|in|at|since|by|from|until|till|during|of|for|before|after)\s+/i;

export const trimPrepositionRefiner: Refiner = {
  refine(_context, results) {
    for (const r of results) {
      const m = r.text.match(LEADING);
      if (m && m[0].length < r.text.length) {
        r.index += m[0].length;
        r.text = r.text.slice(m[0].length);
      }
      const trail = r.text.match(/[\s,.;:]+$/);
      if (trail && trail[0].length < r.text.length && !/\b(?:[A-Z][a-z]{1,3}|a\.m|p\.m)\.$/.test(r.text)) r.text = r.text.slice(0, -trail[0].length);
    }
    return results;
  },
};
