import { strict as assert } from "node:assert";
import { extractQuotes } from "../../src/quotes/extract";
import { article } from "./helpers";

/** [speaker, role, attribution] per quote. */
function who(text: string): Array<[string | null, string | null, string | null]> {
  return extractQuotes(article(text)).map((q) => [q.speaker, q.role, q.attribution]);
}

describe("quotes/speakers: said + descriptor + name, and pronouns after a 'said' subject", () => {
  it("“…,” said baker Tomas Lenk: a lower-case descriptor between the verb and the name is the role", () => {
    const text =
      "The bridge will close for a year.\n“Half of my customers cross that bridge,” said baker Tomas Lenk. “I do not know what we will do.”";
    const qs = extractQuotes(article(text));
    assert.deepEqual(qs.map((q) => [q.speaker, q.role, q.attribution]), [
      ["Tomas Lenk", "baker", "cue"],
      ["Tomas Lenk", "baker", "continuation"],
    ]);
    assert.equal(text.slice(qs[0].speakerStart!, qs[0].speakerEnd!), "baker Tomas Lenk");
    assert.equal(qs[0].cue, "said");
  });

  it("said Kremlin spokesman Dmitry Peskov / said local resident Ann Cole / says former miner Olek Varga", () => {
    const text =
      "“Talks are going nowhere,” said Kremlin spokesman Dmitry Peskov.\n" +
      "“We will keep the road open,” said local resident Ann Cole.\n" +
      "“The pit closed in 1990,” says former miner Olek Varga, who now drives a taxi.";
    assert.deepEqual(who(text), [
      ["Dmitry Peskov", "Kremlin spokesman", "cue"],
      ["Ann Cole", "local resident", "cue"],
      ["Olek Varga", "former miner", "cue"],
    ]);
  });

  it("no descriptor role when the words after the verb are not a person's description", () => {
    // "said the report": nobody is named; "said on Monday": a time, not a speaker
    assert.deepEqual(who("The inspectors wrote a report.\n“The bridge is unsafe and must close now,” said the report."), [[null, null, null]]);
    assert.deepEqual(who("The council met.\n“The bridge must close by spring,” said on Monday the city."), [[null, null, null]]);
    // "told reporters Tomas Lenk …": "reporters" is the cue's object, not Lenk's role
    const qs = extractQuotes(article("Ines Dorrow spoke.\n“It is over,” she told reporters Tomas Lenk had resigned."));
    assert.equal(qs[0].role, null);
    // an adverb is no role: "said yesterday Tomas Lenk"
    const q2 = extractQuotes(article("“The road stays shut for now,” said yesterday Tomas Lenk."));
    assert.notEqual(q2[0].role, "yesterday");
  });

  it("“she said” goes to the person who was the subject of 'said' in the sentence before, not to an earlier one", () => {
    const text =
      "Mayor Ines Dorrow announced the closure of the bridge on Monday. “It is unsafe,” Dorrow said.\n" +
      "Opposition councillor Rina Abbe said the closure was rushed. “This was not a surprise to anyone who drove over it,” she said.";
    assert.deepEqual(who(text), [
      ["Ines Dorrow", "Mayor", "cue"],
      ["Rina Abbe", "Opposition councillor", "pronoun"],
    ]);
  });

  it("a full name that is the subject of 'said' counts as a person even with no role or known first name", () => {
    const text =
      "Mayor Ines Dorrow announced the closure of the bridge on Monday.\n" +
      "Rina Abbe said the closure was rushed. “Nobody asked the people who live here,” she said.";
    assert.deepEqual(who(text), [["Rina Abbe", null, "pronoun"]]);
  });

  it("an organisation saying something is not a pronoun's antecedent", () => {
    const text =
      "Mayor Ines Dorrow spoke on Monday. Human Rights Watch said the closure was rushed.\n" +
      "“We will reopen it as soon as we can,” she said.";
    assert.deepEqual(who(text), [["Ines Dorrow", "Mayor", "pronoun"]]);
  });
});
