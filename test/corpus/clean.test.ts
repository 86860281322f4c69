import { strict as assert } from "assert";
import { blankSpans, findBoilerplate } from "../../src/corpus/clean";

/** What cleaning removes from `text`, as [reason, removed text] pairs in order. */
function removed(text: string, from = 0): Array<[string, string]> {
  return findBoilerplate(text, from).map((s) => [s.reason, text.slice(s.start, s.end)]);
}

const LEDE = "The minister said on Tuesday that talks would resume in March.";

describe("findBoilerplate", () => {
  describe("loading placeholder", () => {
    it("removes bulleted and bare loading lines, not their indentation or newline", () => {
      const text = "• Loading...\n  • Loading...\nLoading…\n" + LEDE;
      assert.deepEqual(findBoilerplate(text), [
        { start: 0, end: 12, reason: "loading placeholder" },
        { start: 15, end: 27, reason: "loading placeholder" },
        { start: 28, end: 36, reason: "loading placeholder" },
      ]);
    });
    it("keeps sentences about loading", () => {
      assert.deepEqual(removed("Loading the trucks took three days.\nLoading... took forever, he said."), []);
    });
  });

  describe("share prompt", () => {
    it("removes share-button lines", () => {
      const text = `Share it:\n${LEDE}\nShare this article\nShare on Facebook | Share on Twitter\nShare`;
      assert.deepEqual(removed(text), [
        ["share prompt", "Share it:"],
        ["share prompt", "Share this article"],
        ["share prompt", "Share on Facebook | Share on Twitter"],
        ["share prompt", "Share"],
      ]);
    });
    it("keeps sentences and headings that mention sharing", () => {
      assert.deepEqual(removed("Share prices fell 3% on Monday.\nShare it with your neighbours, the mayor urged.\nShared sacrifice"), []);
    });
  });

  describe("advertisement", () => {
    it("removes ad-slot labels only", () => {
      assert.deepEqual(removed(`Advertisement\n${LEDE}\nADVERTISEMENT\nAdvertisement revenue fell.`), [
        ["advertisement", "Advertisement"],
        ["advertisement", "ADVERTISEMENT"],
      ]);
    });
  });

  describe("photo credit", () => {
    it("removes credit lines in the shapes outlets use", () => {
      const text = [
        "Photo creditL Chris McGrath / Getty Images file",
        "Carlos Barria/Reuters | Ramil Sitdikov, Pool via Sputnik via Reuters",
        "(Photo by Anna Moneymaker/Getty Images)",
        "Credit: AP Photo/Evan Vucci",
        "Ramil Sitdikov, Pool by way of Sputnik by way of Reuters",
        "Image copyright Reuters",
        "©EPA",
      ].join("\n");
      assert.deepEqual(
        removed(text).map(([reason]) => reason),
        Array(7).fill("photo credit"),
      );
    });
    it("keeps sentences and headings that mention agencies or credit", () => {
      const text = [
        "She said the photo was credited to Reuters.",
        "Photo credits are a matter of pride for photographers.",
        "Putin Speaks To Reuters",
        "Inside the Kremlin",
        "Michael Bloomberg",
        "Credit card debt rose again in May.",
        "Pressure tactics",
        "Contributing: Kim Hjelmgaard, USA TODAY; Associated Press",
      ].join("\n\n");
      assert.deepEqual(removed(text), []);
    });
    it("splits a caption line that ends with its credit", () => {
      assert.deepEqual(removed("A woman cast her ballot in Athens on Sunday. Credit John Kolesidis/Reuters"), [
        ["image caption", "A woman cast her ballot in Athens on Sunday."],
        ["photo credit", "Credit John Kolesidis/Reuters"],
      ]);
      assert.deepEqual(removed("Voters queue in Kabul, Sunday, April 22, 2018. (AP Photo/Rahmat Gul)"), [
        ["image caption", "Voters queue in Kabul, Sunday, April 22, 2018."],
        ["photo credit", "(AP Photo/Rahmat Gul)"],
      ]);
    });
    it("keeps prose that ends with a short capitalised sentence", () => {
      assert.deepEqual(removed("The deal was signed on Friday. Reuters Breakingviews disagreed."), []);
    });
  });

  describe("image caption", () => {
    it("takes the dated line directly above a credit, never the heading below it", () => {
      const caption = "Russian President Vladimir Putin speaks in Moscow, Jan. 24, 2025.";
      const text = `${LEDE}\n\n${caption}\n\nRamil Sitdikov, Pool via Sputnik via Reuters\n\nPressure tactics\n\n${LEDE}`;
      assert.deepEqual(removed(text), [
        ["image caption", caption],
        ["photo credit", "Ramil Sitdikov, Pool via Sputnik via Reuters"],
      ]);
    });
    it("leaves a headline or a paragraph above a credit when it does not read as a caption", () => {
      const text = "Trump, Putin Hold First Call Since Inauguration\n\nPhoto credit: Chris McGrath / Getty Images\n\n" +
        "“We will meet soon,” he said on Jan. 24, 2025.\nCarlos Barria/Reuters";
      assert.deepEqual(removed(text), [
        ["photo credit", "Photo credit: Chris McGrath / Getty Images"],
        ["photo credit", "Carlos Barria/Reuters"],
      ]);
    });
    it("takes BBC-style labelled captions", () => {
      assert.deepEqual(removed("Image copyright EPA Image caption The president toured the abbey\nImage caption John Atkinson was named"), [
        ["photo credit", "Image copyright EPA"],
        ["image caption", "Image caption The president toured the abbey"],
        ["image caption", "Image caption John Atkinson was named"],
      ]);
    });
  });

  describe("byline and copyright", () => {
    it("splits a byline line that ends with a copyright notice into two spans", () => {
      const text = "By Michael Birnbaum, Robyn Dixon · The Washington Post (c) 2025\n" + LEDE;
      assert.deepEqual(findBoilerplate(text), [
        { start: 0, end: 54, reason: "byline" },
        { start: 55, end: 63, reason: "copyright" },
      ]);
    });
    it("removes bylines and copyright lines", () => {
      const text = [
        "By Eugene Kim",
        "By The Associated Press",
        "By Hugh Schofield, BBC News, Paris",
        "© 2025 Cable News Network",
        "Copyright © 2019 The Washington Times, LLC.",
        "Copyright 2015 The Associated Press. All rights reserved.",
        "All rights reserved.",
      ].join("\n");
      assert.deepEqual(removed(text).map(([r]) => r), ["byline", "byline", "byline", "copyright", "copyright", "copyright", "copyright"]);
    });
    it("keeps sentences that start with By and text that mentions copyright", () => {
      const text = [
        "By the time the call ended, both sides had agreed to meet.",
        "By comparison, the 2018 summit lasted two hours.",
        "By Sunday, the troops had withdrawn.",
        "By 2001, she had moved to Chicago.",
        "By The Numbers",
        "Copyright law was changed in 2020.",
        "Under section 2(c) the minister may act alone.",
      ].join("\n");
      assert.deepEqual(removed(text), []);
    });
  });

  describe("reader comment", () => {
    const signOff = "Dixon reported from Riga, Latvia. Mary Ilyushina in Berlin contributed to this report.";
    it("removes a comment after the contributors' line and keeps the line", () => {
      const comment = "Putin should never be trusted! Pack your bags and don't let the door hit you!";
      const text = `${LEDE}\n– – –\n${signOff}\n${comment}`;
      assert.deepEqual(removed(text), [["reader comment", comment]]);
    });
    it("removes everything after a Comments heading, and nothing when there is no end marker", () => {
      assert.deepEqual(removed(`${LEDE}\nComments (2)\nGreat piece.\nAgreed`), [
        ["reader comment", "Great piece."],
        ["reader comment", "Agreed"],
      ]);
      assert.deepEqual(removed(`${LEDE}\nPutin should never be trusted! Our leaders know it!`), []);
    });
    it("keeps reporting, quotes and publisher promotions after the sign-off", () => {
      const text = [
        LEDE,
        "(Reporting by Jane Doe; Editing by John Roe)",
        "“We want peace! You must believe us!” Zelensky said in Kyiv.",
        "Catch up on the campaign with our weekly politics podcast!",
        "Corrections: an earlier version misspelled the minister's name.",
      ].join("\n");
      assert.deepEqual(removed(text), []);
    });
    it("does not treat a section break in a first-person essay as the end", () => {
      assert.deepEqual(removed(`${LEDE}\n* * *\nI spoke with Rao! We talked for hours about our work.`), []);
    });
  });

  describe("offsets", () => {
    it("looks only after `from` and reports offsets into the whole text", () => {
      const front = "---\ntitle: Share it:\n---\n";
      const text = `${front}Share it:\r\n${LEDE}`;
      assert.deepEqual(findBoilerplate(text, front.length), [{ start: front.length, end: front.length + 9, reason: "share prompt" }]);
    });
    it("returns spans sorted and never overlapping", () => {
      const text = "• Loading...\nCarlos Barria/Reuters\nBy Eugene Kim (c) 2025\nShare it:";
      const spans = findBoilerplate(text);
      for (let i = 1; i < spans.length; i++) assert.ok(spans[i - 1].end <= spans[i].start);
      assert.deepEqual(spans.map((s) => s.reason), ["loading placeholder", "photo credit", "byline", "copyright", "share prompt"]);
    });
  });
});

describe("blankSpans", () => {
  it("blanks removed text to spaces, keeps newlines and length", () => {
    const raw = "Share it:\r\nHello\nBy Eugene Kim\nEnd";
    const text = blankSpans(raw, findBoilerplate(raw));
    assert.equal(text, "         \r\nHello\n             \nEnd");
    assert.equal(text.length, raw.length);
  });

  describe("long lines", () => {
    it("takes a credit in parentheses at the end of a caption, and not a long parenthesis that merely holds slashes", () => {
      const raw = "The leaders met in Geneva on Sunday. (AP Photo/Evan Vucci)\n\nMore text. (" + "a/".repeat(5000) + "\n";
      assert.deepEqual(findBoilerplate(raw).map((s) => [s.reason, raw.slice(s.start, s.end)]), [
        ["image caption", "The leaders met in Geneva on Sunday."],
        ["photo credit", "(AP Photo/Evan Vucci)"],
      ]);
    });
  });
});
