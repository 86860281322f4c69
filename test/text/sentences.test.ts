import { strict as assert } from "node:assert";
import { tokenize } from "../../src/text/tokens";
import { detectParagraphMode, splitSentences, type SplitOptions } from "../../src/text/sentences";

/** the sentences of `text` as strings */
function split(text: string, options?: SplitOptions): string[] {
  return splitSentences(text, tokenize(text), options).map((s) => text.slice(s.start, s.end));
}

describe("text/sentences", () => {
  it("ends after a closing quote, not before it", () => {
    assert.deepEqual(split("He said “Stop.” Then he left."), ["He said “Stop.”", "Then he left."]);
    assert.deepEqual(split('She said "Go!" And they went.'), ['She said "Go!"', "And they went."]);
  });

  it("does not end at ? or ! followed by a closing quote and a lower-case word", () => {
    assert.deepEqual(split("“Why?” he asked. “Now!” she said."), ["“Why?” he asked.", "“Now!” she said."]);
  });

  it("does not end at titles, months or initials", () => {
    assert.deepEqual(split("Gen. Smith met Mr. Jones and Dr. Li on Jan. 24, 2025. David L. Stern came too."),
      ["Gen. Smith met Mr. Jones and Dr. Li on Jan. 24, 2025.", "David L. Stern came too."]);
    assert.deepEqual(split("They met on St. Patrick's Day, e.g. at noon, vs. last year. No. 5 won."),
      ["They met on St. Patrick's Day, e.g. at noon, vs. last year.", "No. 5 won."]);
  });

  it("keeps U.S. before a lower-case word or a name, splits before a sentence opener", () => {
    assert.deepEqual(split("The U.S. president spoke. U.S. President Donald Trump agreed."),
      ["The U.S. president spoke.", "U.S. President Donald Trump agreed."]);
    assert.deepEqual(split("Putin last visited the U.S. in 2015. He came to the U.S. The trip was short."),
      ["Putin last visited the U.S. in 2015.", "He came to the U.S.", "The trip was short."]);
    assert.deepEqual(split("Talks in the U.S. “We agreed,” he said."), ["Talks in the U.S.", "“We agreed,” he said."]);
  });

  it("ends company suffixes and etc. before any capital", () => {
    assert.deepEqual(split("Apple Inc. said no. It bought apples, pears etc. Then it stopped."),
      ["Apple Inc. said no.", "It bought apples, pears etc.", "Then it stopped."]);
  });

  it("keeps decimals and ellipses inside, splits an ellipsis before a capital", () => {
    assert.deepEqual(split("It rose 3.5 percent… and then fell... Then it rose."),
      ["It rose 3.5 percent… and then fell...", "Then it rose."]);
  });

  it("keeps spaced ellipses, stray periods and spaced closing quotes with their sentence", () => {
    assert.deepEqual(split("And so on . . . In November it ended. It was a HUNT!!! . Then “we will see. ” She left."),
      ["And so on . . .", "In November it ended.", "It was a HUNT!!! .", "Then “we will see. ”", "She left."]);
    assert.deepEqual(split("named . . . er, Pilate. Done"), ["named . . . er, Pilate.", "Done"]);
  });

  it("ends a line with no final punctuation: headlines, captions, headings", () => {
    const text = "Trump, Putin Hold Call\n\nPhoto: Getty Images\n\nThe call lasted long. It ended.\n\nA New Approach\n\nTalks begin";
    assert.deepEqual(split(text), [
      "Trump, Putin Hold Call", "Photo: Getty Images", "The call lasted long.", "It ended.", "A New Approach", "Talks begin",
    ]);
  });

  it("joins a hard-wrapped line that goes on in lower case", () => {
    assert.deepEqual(split("The leaders spoke for\nnearly 90 minutes. Then\nPutin left."),
      ["The leaders spoke for\nnearly 90 minutes.", "Then", "Putin left."]);
  });

  it("numbers paragraphs by blank lines, or by lines when there are none", () => {
    const blank = "Head line\n\nOne. Two.\nThree.\n  \nFour.";
    const s1 = splitSentences(blank, tokenize(blank));
    assert.deepEqual(s1.map((s) => [blank.slice(s.start, s.end), s.paragraph]),
      [["Head line", 0], ["One.", 1], ["Two.", 1], ["Three.", 1], ["Four.", 2]]);
    const lines = "Head line\nOne. Two.\nThree.";
    const s2 = splitSentences(lines, tokenize(lines));
    assert.deepEqual(s2.map((s) => [lines.slice(s.start, s.end), s.paragraph]),
      [["Head line", 0], ["One.", 1], ["Two.", 1], ["Three.", 2]]);
    assert.equal(detectParagraphMode(blank), "blank-line");
    assert.equal(detectParagraphMode(lines), "line");
    assert.equal(detectParagraphMode("a\r\n\r\nb"), "blank-line");
  });

  it("reads one paragraph per line when blank lines only surround a caption", () => {
    const text = "One.\nTwo.\nThree.\nFour.\n\nA caption line\n\nFive.\nSix.\nSeven.";
    assert.equal(detectParagraphMode(text), "line");
    const s = splitSentences(text, tokenize(text));
    assert.deepEqual(s.map((x) => x.paragraph), [0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it("treats single line breaks in hard-wrapped text as spaces", () => {
    const text = "The leaders spoke for nearly\n90 minutes on Wednesday, the\nKremlin said. Talks follow.\n\nPutin said the call was\nuseful and would go on.";
    assert.equal(detectParagraphMode(text), "wrapped");
    const s = splitSentences(text, tokenize(text));
    assert.deepEqual(s.map((x) => [text.slice(x.start, x.end).replace(/\n/g, " "), x.paragraph]), [
      ["The leaders spoke for nearly 90 minutes on Wednesday, the Kremlin said.", 0],
      ["Talks follow.", 0],
      ["Putin said the call was useful and would go on.", 1],
    ]);
  });

  it("reads indented paragraphs of hard-wrapped text without blank lines", () => {
    const text = "BankAmerica Corp is not under\npressure to act, Banking\nAnalysts said on Monday in New\nYork.\n    Some analysts said they have\nrecommended a delay. Shares\nfell this week.";
    assert.equal(detectParagraphMode(text), "wrapped");
    const s = splitSentences(text, tokenize(text));
    assert.deepEqual(s.map((x) => [text.slice(x.start, x.end).replace(/\n/g, " "), x.paragraph]), [
      ["BankAmerica Corp is not under pressure to act, Banking Analysts said on Monday in New York.", 0],
      ["Some analysts said they have recommended a delay.", 1],
      ["Shares fell this week.", 1],
    ]);
  });

  it("fills token sentence indices and token ranges", () => {
    const text = "Hi there. Bye.";
    const tokens = tokenize(text);
    const sentences = splitSentences(text, tokens);
    assert.deepEqual(sentences, [
      { start: 0, end: 9, tokenStart: 0, tokenEnd: 3, paragraph: 0 },
      { start: 10, end: 14, tokenStart: 3, tokenEnd: 5, paragraph: 0 },
    ]);
    assert.deepEqual(tokens.map((t) => t.sentence), [0, 0, 0, 1, 1]);
    assert.deepEqual(splitSentences("", []), []);
  });
});
