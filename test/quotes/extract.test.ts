import { strict as assert } from "node:assert";
import { extractQuotes } from "../../src/quotes/extract";
import { blankSpans } from "../../src/corpus/clean";
import { article, summary } from "./helpers";

describe("quotes/extract: cues and speakers", () => {
  it("X said / said X, with the role after the name", () => {
    const text =
      "Senator Anna Berg met the board.\n“The plan is dead,” Anna Berg said on Monday.\n" +
      "“It will cost more than it saves,” said Joseph Webster, a senior fellow at the Atlantic Council’s Global Energy Center.";
    const qs = extractQuotes(article(text));
    assert.deepEqual(qs.map((q) => [q.text, q.kind, q.speaker, q.cue, q.attribution]), [
      ["The plan is dead,", "speech", "Anna Berg", "said", "cue"],
      ["It will cost more than it saves,", "speech", "Joseph Webster", "said", "cue"],
    ]);
    assert.equal(qs[1].role, "senior fellow at the Atlantic Council’s Global Energy Center");
    assert.equal(qs[0].role, "Senator");
    assert.equal(text.slice(qs[1].speakerStart!, qs[1].speakerEnd!), "Joseph Webster");
    assert.equal(text.slice(qs[0].cueStart!, qs[0].cueEnd!), "said");
  });

  it("wrote on Truth Social, told reporters, according to", () => {
    const text =
      "President Donald Trump spoke on Friday.\n“We had a great call,” Trump wrote on Truth Social.\n" +
      "“Talks are going well,” Kremlin spokesman Dmitry Peskov told reporters.\n" +
      "“No deal is close,” according to Peskov.";
    const qs = extractQuotes(article(text));
    assert.deepEqual(qs.map((q) => [q.speaker, q.cue, q.role]), [
      ["Donald Trump", "wrote on Truth Social", "President"],
      ["Dmitry Peskov", "told reporters", "Kremlin spokesman"],
      ["Dmitry Peskov", "according to", "Kremlin spokesman"],
    ]);
  });

  it("a speech verb before the quote: the verb's subject speaks, not the name inside the clause", () => {
    const text = "Kremlin spokesman Dmitry Peskov told reporters that Putin “mentioned the need to end the conflict.”";
    assert.deepEqual(summary(text), [["mentioned the need to end the conflict.", "partial", "Dmitry Peskov"]]);
    assert.deepEqual(summary("When asked about it, Trump responded, “If I did, it’s a smart thing.”"), [
      ["If I did, it’s a smart thing.", "speech", "Trump"],
    ]);
  });

  it("partial quotes hanging off a participle belong to the sentence's subject", () => {
    const text = "In February 2022, Trump praised Putin’s strategy in Ukraine, calling the invasion “genius” and “savvy” during a radio interview.";
    assert.deepEqual(summary(text), [
      ["genius", "partial", "Trump"],
      ["savvy", "partial", "Trump"],
    ]);
    const text2 = "Trump criticized Ukrainian President Volodymyr Zelenskyy — saying “he’s not an angel” on Thursday.";
    assert.deepEqual(summary(text2), [["he’s not an angel", "partial", "Trump"]]);
  });

  it("pronouns go back to the last person named, with gender agreement", () => {
    const text =
      "White House press secretary Karoline Leavitt spoke after Vice President JD Vance.\n" +
      "She declined to say whether Donald Trump agreed with him. “I haven’t talked to the president,” she said.\n" +
      "Asked whether Zelensky would attend, Trump suggested he may not. “Probably we’ll meet first,” he said.";
    assert.deepEqual(summary(text), [
      ["I haven’t talked to the president,", "speech", "Karoline Leavitt"],
      ["Probably we’ll meet first,", "speech", "Donald Trump"],
    ]);
    assert.equal(extractQuotes(article(text))[0].attribution, "pronoun");
  });

  it("“the president” resolves to the article's president", () => {
    const text =
      "President Donald Trump and Russian President Vladimir Putin spoke. Trump called it good.\n" +
      "In Davos, the president upped the ante, saying he would ask OPEC to “lower the cost of oil.”";
    const [q] = extractQuotes(article(text));
    assert.deepEqual([q.speaker, q.speakerText, q.attribution], ["Donald Trump", "the president", "descriptor"]);
  });

  it("a quote without a cue continues the previous speaker (same paragraph, or a quote-only paragraph)", () => {
    const text =
      "Steve Witkoff spoke in Moscow.\n“It is a sign,” Witkoff said. “I think they had a great friendship.”\n" +
      "“And it will go on for years to come.”\n" +
      "Officials disagreed with that view.\n“Nobody here agrees with any of it,” one of them said.";
    const qs = extractQuotes(article(text));
    assert.deepEqual(qs.map((q) => [q.speaker, q.attribution]), [
      ["Steve Witkoff", "cue"],
      ["Steve Witkoff", "continuation"],
      ["Steve Witkoff", "continuation"],
      [null, "cue"],
    ]);
    // a speaker the text does not name is kept as written, never counted as a person
    assert.deepEqual([qs[3].speakerText, qs[3].cue], ["one of them", "said"]);
  });

  it("a short cue after a question or exclamation that ends the sentence: “…?” Justice Breyer asked.", () => {
    const text = "The court heard the case.\n“Should the managers have acted?” Justice Breyer asked. “Who are you!” the congressman demands.\n“You know I won’t discuss this.” He said nothing else that day.";
    assert.deepEqual(extractQuotes(article(text)).map((q) => [q.speaker, q.speakerText, q.cue]), [
      ["Breyer", "Justice Breyer", "asked"],
      [null, "the congressman", "demands"],
      [null, null, null],
    ]);
  });

  it("a party tag, a suffix or an appositive between the name and the verb", () => {
    const text =
      "“This is very emotional for me,” Rep. Jesse Jackson Jr., D-Ill., said on the floor.\n" +
      "“My guess is still that we will,” Representative Tom Cole, an Oklahoma Republican and Boehner ally, said.\n" +
      "“Their side is all spending,” said Obama campaign manager Jim Messina.";
    assert.deepEqual(summary(text).map(([, , s]) => s), ["Jesse Jackson Jr.", "Tom Cole", "Jim Messina"]);
  });

  it("a cue at the end of the sentence: “…” for Kyiv, he said", () => {
    const text = "Defense Secretary Pete Hegseth spoke to allies. Any deal must come with “robust security guarantees” for Kyiv, he said.";
    assert.deepEqual(summary(text), [["robust security guarantees", "partial", "Pete Hegseth"]]);
  });

  it("a multi-paragraph quote is one quote with one speaker", () => {
    const text = "The mayor, Mary Jones, said: “We will rebuild the bridge this year.\n\n“Nobody will wait longer than they have to.”\n";
    const qs = extractQuotes(article(text));
    assert.equal(qs.length, 1);
    assert.deepEqual([qs[0].text, qs[0].speaker, qs[0].parts.length, qs[0].closed], [
      "We will rebuild the bridge this year. Nobody will wait longer than they have to.",
      "Mary Jones",
      2,
      true,
    ]);
  });
});

describe("quotes/extract: what is not speech", () => {
  it("scare quotes: one or two words with no speech verb, never attributed", () => {
    const text = "Donald Trump wants to be known as a “peacemaker” in the region. Critics see a “deal” with no terms.";
    assert.deepEqual(summary(text), [
      ["peacemaker", "scare", null],
      ["deal", "scare", null],
    ]);
  });

  it("programme and book titles", () => {
    const text = "Mike Waltz said in an interview on ABC’s “This Week” that talks were set. He read the book “War and Peace” twice.";
    assert.deepEqual(summary(text).map(([t, k, s]) => [t, k, s]), [
      ["This Week", "title", null],
      ["War and Peace", "title", null],
    ]);
  });

  it("quotes in blanked boilerplate (a removed reader comment) produce nothing", () => {
    const body = "Trump spoke to Putin on Wednesday.\n";
    const comment = "Putin should never be trusted! Countries must “pay up” and “shut up”! There will be “no more free rides” now.";
    const raw = body + comment;
    const removed = [{ start: body.length, end: raw.length, reason: "reader comment" }];
    const a = { ...article(raw), text: blankSpans(raw, removed), removed };
    assert.deepEqual(extractQuotes(a), []);
    // the same comment left in: its quotes are found, but none is attributed to anyone
    assert.deepEqual(extractQuotes(article(raw)).map((q) => [q.text, q.speaker]), [
      ["pay up", null],
      ["shut up", null],
      ["no more free rides", null],
    ]);
  });

  it("offsets index the raw text and survive a broken closing mark used as opener", () => {
    const text = "Andriy Yermak wrote on social media that Putin ” is attempting to push talks.”";
    const [q] = extractQuotes(article(text));
    assert.equal(text.slice(q.start, q.end), "is attempting to push talks.");
    assert.equal(text.slice(q.markStart, q.markEnd), "” is attempting to push talks.”");
    assert.deepEqual([q.speaker, q.cue], ["Andriy Yermak", "wrote on social media"]);
  });
});
