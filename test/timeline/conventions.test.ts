import { strict as assert } from "node:assert";
import { found, article } from "./helpers";
import { extractMentions } from "../../src/timeline/extract";

// TempEval-3 (TimeML) conventions followed where the gold of most documents agrees.
// Reference: Saturday 25 January 2025 unless stated.
describe("timeline: TimeML conventions for days", () => {
  it("gives a weekday with morning or night the day itself, with evening or a clock word the time", () => {
    assert.deepEqual(found("Protesters rallied Friday night and again Thursday morning."), ["Friday night=2025-01-24", "Thursday morning=2025-01-23"]);
    assert.deepEqual(found("Talks broke off Friday evening, resumed at noon Thursday."), ["Friday evening=2025-01-24TEV", "noon Thursday=2025-01-23T12:00"]);
    assert.deepEqual(found("Talks broke off Friday."), ["Friday=2025-01-24"]);
  });
  it("reads a deadline moved until a weekday forward, even after a clock time", () => {
    assert.deepEqual(found("The agency extended its deadline until 9 a.m. Tuesday."), ["9 a.m. Tuesday=2025-01-28T09:00"]);
    assert.deepEqual(found("The agency postponed any action until Tuesday morning."), ["Tuesday morning=2025-01-28"]);
    assert.deepEqual(found("He stayed there until Tuesday."), ["Tuesday=2025-01-21"]);
  });
  it("reads a plan after a sentence-opening weekday forward, but not a saying or a past perfect 'by'", () => {
    assert.deepEqual(found("Talks ended. On Tuesday, the league plans to hold a news conference."), ["Tuesday=2025-01-28"]);
    assert.deepEqual(found("Talks ended. On Friday, the company said it will cut jobs."), ["Friday=2025-01-24"]);
    assert.deepEqual(found("Members had filed reports by Wednesday. Members must file reports by Wednesday."), ["Wednesday=2025-01-22", "Wednesday=2025-01-29"]);
  });
  it("keeps a weekday followed by a number that is not a day of the month", () => {
    assert.deepEqual(found("In a poll completed on Saturday, 69 percent said no. At the close of business Thursday, 5,745,188 shares were tendered."), ["Saturday=2025-01-25", "Thursday=2025-01-23"]);
    // the weekday belongs to the date, and picks its year when the latest one falls on another weekday
    assert.deepEqual(found("The editorial on Saturday, April 19 was long. They met on Friday 17th January."), ["Saturday, April 19=2025-04-19", "Friday 17th January=2025-01-17"]);
    assert.deepEqual(found("The editorial on Friday, April 19 was long.", "2025-01-25"), ["Friday, April 19=2024-04-19"]);
  });
  it("reads a possessive weekday as the past one, whatever the verb, unless the words before it look ahead", () => {
    assert.deepEqual(found("Relatives said they would look for ways to get around Wednesday's ruling."), ["Wednesday=2025-01-22"]);
    assert.deepEqual(found("Traders will sell ahead of Sunday's vote."), ["Sunday=2025-01-26"]);
    assert.deepEqual(found("Its share before Friday's purchases was 7%. Traders will sell before Sunday's vote."), ["Friday=2025-01-24", "Sunday=2025-01-26"]);
  });
  it("does not read a past plan or 'next to' as pointing forward", () => {
    assert.deepEqual(found("The offer had been due to expire Friday."), ["Friday=2025-01-24"]);
    assert.deepEqual(found("Bombs exploded next to the embassies on Friday."), ["Friday=2025-01-24"]);
    assert.deepEqual(found("The offer is due to expire Friday."), ["Friday=2025-01-31"]);
    assert.deepEqual(found("Protesters planned a large demonstration on Saturday.", "2025-01-24"), ["Saturday=2025-01-25"]);
    assert.deepEqual(found("The attack had been planned on Monday.", "2025-01-24"), ["Monday=2025-01-20"]);
    // a schedule in the present tense
    assert.deepEqual(found("He and Arafat meet separately Monday with Albright. The trial begins in June.", "2025-01-24"), ["Monday=2025-01-27", "June=2025-06"]);
    assert.deepEqual(found("They did not meet Monday.", "2025-01-24"), ["Monday=2025-01-20"]);
    // "to be shown on Tuesday" looks ahead; "due to budget cuts" does not
    assert.deepEqual(found("In an interview to be shown on Tuesday, he spoke. Flights were delayed due to budget cuts on Thursday.", "2025-01-24"), ["Tuesday=2025-01-28", "Thursday=2025-01-23"]);
  });
  it("dates a past act by the weekday right after its verb, whatever follows or came before", () => {
    const pub = "2025-01-24"; // a Friday
    assert.deepEqual(found("The rules announced Thursday will make it harder.", pub), ["Thursday=2025-01-23"]);
    assert.deepEqual(found("Flights headed for the airport were diverted on Wednesday.", pub), ["Wednesday=2025-01-22"]);
    assert.deepEqual(found("He canceled a scheduled interview Monday night.", pub), ["Monday night=2025-01-20"]);
    assert.deepEqual(found("By Tuesday, the president had reversed course.", pub), ["Tuesday=2025-01-21"]);
    // a plan stays ahead: a participle of scheduling, a passive after "will", a shifted tense after "as soon as"
    assert.deepEqual(found("The vote was scheduled Monday. The data will be released Monday.", pub), ["Monday=2025-01-27", "Monday=2025-01-27"]);
    assert.deepEqual(found("It will buy stock as soon as trading opened Monday.", pub), ["Monday=2025-01-27"]);
  });
  it("looks ahead after 'ahead of' and 'in advance of', across a pair of possessives, but not to a prior event", () => {
    const pub = "2025-01-21"; // a Tuesday
    assert.deepEqual(found("They campaigned ahead of Thursday's debate and Saturday's straw poll.", pub), ["Thursday=2025-01-23", "Saturday=2025-01-25"]);
    assert.deepEqual(found("A letter came in advance of his visit on Thursday.", pub), ["Thursday=2025-01-23"]);
    assert.deepEqual(found("Banks cut rates just ahead of the Fed's prior meeting in December.", pub), ["December=2024-12"]);
  });
});

describe("timeline: a month ahead in a clause about a vote", () => {
  it("reads a November not yet come as this year's when the clause is about an election", () => {
    assert.deepEqual(found("Republicans had a one-in-three chance of losing control of the House in November.", "2012-04-23"), ["November=2012-11"]);
    assert.deepEqual(found("Ryan will face Solen in the Nov. 8 general election. Steele needs to refocus on the November election.", "2016-08-10"), ["Nov. 8=2016-11-08", "November=2016-11"]);
  });
  it("keeps the latest one when the clause counts back or its verb is past", () => {
    assert.deepEqual(found("Prices have risen since the November elections. He won the election in November.", "2012-04-23"), ["November=2011-11", "November=2011-11"]);
    // the bundled story (wapo-call): an irregular past verb counts back too
    assert.deepEqual(found("Trump and Putin also spoke in November, shortly after Trump’s election victory.", "2025-02-12"), ["November=2024-11"]);
    assert.deepEqual(found("On November 2nd, voters called for an end to spending. But in September, majorities of voters in both parties said so.", "2011-01-06"), ["November 2nd=2010-11-02", "September=2010-09"]);
  });
});

describe("timeline: periods named by 'the'", () => {
  it("reads 'the weekend' as the latest weekend, or the next one when the clause points forward", () => {
    assert.deepEqual(found("Officials spoke over the weekend. Traders sold ahead of the weekend.", "2025-01-27"), ["the weekend=2025-W04-WE", "the weekend=2025-W05-WE"]);
  });
  it("reads 'the year' as the publication year, 'the year ended …' as a year's length", () => {
    assert.deepEqual(found("For the year, sales rose. Revenue in the year ended June 30 fell.", "2025-01-27"), ["the year=2025", "the year=P1Y", "June 30=2024-06-30"]);
    assert.deepEqual(found("Peace by the year 2000 was the promise.", "2025-01-27"), ["the year 2000=2000"]);
  });
  it("reads earnings periods and year-ago quarters as quarters", () => {
    assert.deepEqual(found("Profit fell in the latest period, after a gain in the year-ago period.", "2025-01-27"), ["the latest period=2024-Q4", "the year-ago period=2023-Q4"]);
    assert.deepEqual(found("In the year-ago third quarter it lost money.", "2025-01-27"), ["the year-ago third quarter=2023-Q3"]);
    assert.deepEqual(found("Profit rose in the third quarter. It fell in the 1988 quarter.", "1989-11-01"), ["the third quarter=1989-Q3", "1988 quarter=1988-Q3"]);
    assert.deepEqual(found("Earnings for the last half of 1989 fell.", "1989-11-01"), ["the last half of 1989=1989-H2"]);
  });
  it("reads 'a year earlier' after 'the nine months' in the same sentence as the year before, after a quarter as that quarter", () => {
    assert.deepEqual(found("Third-quarter profit rose to $2 million from $1 million a year earlier. For the nine months, net rose to $5 million from $4 million a year earlier.", "1989-10-26"), ["Third-quarter=1989-Q3", "a year earlier=1988-Q3", "the nine months=P9M", "a year earlier=1988"]);
  });
  it("reads 'the end of the month' and 'the beginning of the week' as the current month or week, with the modifier", () => {
    assert.deepEqual(found("Troops arrive by the end of the month; talks slowed at the beginning of the week.", "1990-08-16"), ["the end of the month=1990-08/LATE", "the beginning of the week=1990-W33/EARLY"]);
  });
  it("leaves other periods alone", () => {
    assert.deepEqual(found("A period of calm followed the 1988 period.", "2025-01-27"), ["1988=1988"]);
  });
});

describe("timeline: 'the day before' a clause", () => {
  it("counts 'the day before' from the date right after it", () => {
    assert.deepEqual(found("The ruling came Feb. 20. The day before last Tuesday's hearing, he met them. The day after Christmas he left.", "2000-02-24"), ["Feb. 20=2000-02-20", "The day before last Tuesday=2000-02-21", "The day after Christmas=1999-12-26"]);
  });
  it("reads 'the day' alone after a date and before a gerund, and counts a day otherwise", () => {
    assert.deepEqual(found("He was last seen Nov. 3, the day before authorities issued a warrant.", "1989-11-10"), ["Nov. 3=1989-11-03", "the day=1989-11-03"]);
    assert.deepEqual(found("She landed Tuesday and later in the day before returning home met him.", "1989-10-30"), ["Tuesday=1989-10-24", "the day=1989-10-24"]);
    assert.deepEqual(found("He died Monday. Police came the day after his death.", "1989-10-30"), ["Monday=1989-10-30", "the day after=1989-10-31"]);
  });
});

describe("timeline: year-end", () => {
  it("reads 'by year-end' as the last day of the year, 'since year-end' as the one gone by, and skips the adjective", () => {
    assert.deepEqual(found("The deal should close by year-end. Shares rose 8% since year-end.", "1989-10-30"), ["year-end=1989-12-31", "year-end=1988-12-31"]);
    assert.deepEqual(found("Jobs will go by year's end, when year-end net falls.", "1989-10-30"), ["year's end=1989-12-31"]);
  });
});

describe("timeline: years written out or joined by a hyphen", () => {
  it("reads spelled-out years, but not counts", () => {
    assert.deepEqual(found("In nineteen ninety-one he was convicted; it was thrown out in nineteen ninety-six.", "1998-01-15"), ["nineteen ninety-one=1991", "nineteen ninety-six=1996"]);
    assert.deepEqual(found("The approach of the year two thousand worried them.", "1998-01-15"), ["the year two thousand=2000"]);
    assert.deepEqual(found("Two thousand people and nineteen soldiers came.", "1998-01-15"), []);
  });
  it("reads mid-1996, late-November and an ordinal century without 'the'", () => {
    assert.deepEqual(found("The group fell apart in mid-1996 after a late-November trip.", "1998-01-15"), ["mid-1996=1996/MID", "late-November=1997-11/LATE"]);
    assert.deepEqual(found("The fabled 11th century temple stands.", "1998-01-15"), ["11th century=10"]);
    assert.deepEqual(found("Call 555-1996 or see page 3-2001.", "1998-01-15"), []);
  });
});

describe("timeline: what TimeBank leaves unannotated", () => {
  it("skips amounts per period, keeps 'twice a week' as a set and 'within a week' as a duration", () => {
    assert.deepEqual(found("The stock pays $1.76 a year and adds 700 seats a week."), []);
    const ms = extractMentions(article("They meet twice a week and report within a week."));
    assert.deepEqual(ms.map((m) => `${m.text}=${m.type} ${m.value}`), ["twice a week=SET P1W", "a week=DURATION P1W"]);
  });
  it("reads 'soon' as the future only with a forward cue, and not 'as soon as' or narrative 'was soon'", () => {
    assert.deepEqual(found("The budget will soon move into surplus. It soon will begin selling boxes."), ["soon=FUTURE_REF", "soon=FUTURE_REF"]);
    assert.deepEqual(found("They could leave as soon as the threats end. He was soon arrested, soon after the vote."), []);
  });
  it("skips 'once' and 'formerly'; reads 'recent years' as a duration of unknown length", () => {
    assert.deepEqual(found("The once invincible firm, formerly a leader, struggled in recent years and recent days."), ["recent years=PXY", "recent days=PAST_REF"]);
  });
});

describe("timeline: 'a day after X' (TimeML duration, placed on the timeline)", () => {
  it("keeps P1D as the value and places the clause's event a day before the last named day", () => {
    const ms = extractMentions(article("Trump spoke with Putin on Wednesday. The call came a day after Russia freed Marc Fogel.", "2025-02-12"));
    assert.deepEqual(ms.map((m) => [m.text, m.type, m.value, m.anchor ?? null, m.resolvedStart ?? null]), [
      ["Wednesday", "DATE", "2025-02-12", null, "2025-02-12"],
      ["a day", "DURATION", "P1D", "2025-02-12", "2025-02-11"],
    ]);
    const before = extractMentions(article("The talks ended on Jan. 20, 2025. Two weeks before the vote, envoys met.", "2025-02-12"));
    assert.equal(before[1].resolvedStart, "2025-02-03");
  });
  it("leaves a plain duration unplaced", () => {
    const ms = extractMentions(article("Trump spoke with Putin on Wednesday. The call lasted a day.", "2025-02-12"));
    assert.deepEqual(ms.map((m) => [m.text, m.value, m.resolvedStart ?? null]), [["Wednesday", "2025-02-12", "2025-02-12"], ["a day", "P1D", null]]);
  });
});

describe("timeline: forward cues across initials and deadlines", () => {
  it("reads 'by February' as a deadline and sees 'will' across an initial", () => {
    assert.deepEqual(found("The firm must pay down the loan by February.", "1989-10-30"), ["February=1990-02"]);
    assert.deepEqual(found("Schwarz will succeed Daniel P. Davison Feb. 1, the bank said.", "1989-10-26"), ["Feb. 1=1990-02-01"]);
  });
  it("does not read 'hurt by' as a deadline", () => {
    assert.deepEqual(found("Sales were hurt by February storms.", "1989-10-30"), ["February=1989-02"]);
  });
});

describe("timeline: fractions, ordinals and titles that look like durations", () => {
  it("does not read fractions or quarter- compounds as quarters of a year", () => {
    assert.deepEqual(found("Iraq imports about three-quarters of its food. Rates fell by a quarter-point."), []);
    assert.deepEqual(found("More than a quarter of the market sold. Profit rose in one quarter of this year."), ["one quarter=P1Q", "this year=2025"]);
  });
  it("does not read 'a second group' or '60 Minutes' as seconds or minutes", () => {
    assert.deepEqual(found("A second group of directors resigned. He said so on 60 Minutes."), []);
    assert.deepEqual(found("It lasted a second or two."), ["a second=PT1S"]);
  });
  it("leaves the verb 'last' out of a duration's span, and keeps the adjective", () => {
    assert.deepEqual(found("The talks are expected to last six weeks. It won't last two days. Sales rose in the last six weeks."), ["six weeks=P6W", "two days=P2D", "the last six weeks=P6W"]);
  });
  it("keeps the count of 'two more weeks' and 'an additional year'", () => {
    assert.deepEqual(found("The boy will stay for at least two more weeks. The loan may be extended for an additional year."), ["at least two more weeks=P2W/EQUAL_OR_MORE", "an additional year=P1Y"]);
  });
  it("reads a spelled-out rate as no duration: 'four flights a week'", () => {
    assert.deepEqual(found("Airlines run four flights a week to Bombay."), []);
  });
  it("reads 'the near term' as the future and 'this quarter' as the reported quarter", () => {
    assert.deepEqual(found("Growth will slow in the near term.", "1989-11-01"), ["the near term=FUTURE_REF"]);
    assert.deepEqual(found("This quarter's loss includes a charge. A report showed that first-quarter sales fell.", "1989-11-01"), ["This quarter=1989-Q3", "first-quarter=1989-Q1"]);
  });
});

describe("timeline: deadlines just gone", () => {
  it("reads a forward cue on a day just past as that day, not the same day next year", () => {
    assert.deepEqual(found("The agency ordered the boy returned by Jan. 14.", "2025-01-15"), ["Jan. 14=2025-01-14"]);
    assert.deepEqual(found("The leaders will meet on Jan. 30.", "2025-01-15"), ["Jan. 30=2025-01-30"]);
    assert.deepEqual(found("The leaders will meet on Jan. 3.", "2025-02-20"), ["Jan. 3=2026-01-03"]);
  });
});

describe("timeline: rolling windows of a year or a decade", () => {
  it("reads 'the past year' and 'the last decade' as windows ending now", () => {
    assert.deepEqual(found("Rents climbed over the past year. Wages stalled in the last decade."), ["the past year=P1Y", "the last decade=P10Y"]);
  });
  it("reads 'the next year' or 'the coming decade' as a window after a word that measures it, with 'and a half' or 'or so'", () => {
    assert.deepEqual(found("The plan will cut costs over the next decade. Demand may fall during the coming year."), ["the next decade=P10Y", "the coming year=P1Y"]);
    assert.deepEqual(found("The mill will close within the next year and a half. It may reopen in the next decade and a half."), ["the next year and a half=P1Y6M", "the next decade and a half=P15Y"]);
    assert.deepEqual(found("The line will be shut over the next year or so."), ["the next year or so=P1Y/APPROX"]);
  });
  it("keeps a calendar year for 'the last year of …', an appositive year and narrative 'the next year'", () => {
    assert.deepEqual(found("It was the last year of the war."), ["the last year=2024"]);
    assert.deepEqual(found("She left in 2016, the last year of the survey."), ["2016=2016", "the last year=2016"]);
    assert.deepEqual(found("He lost the race in 2018. The next year, he ran again."), ["2018=2018", "The next year=2019"]);
  });
});

describe("timeline: 'later in the day', 'earlier in the year'", () => {
  it("reads 'the day' of 'later in the day' (TimeBank's span) as the day the story is at, else the publication day", () => {
    const ms = extractMentions(article("The court ruled on March 4, 2024. Later in the day, the governor appealed."));
    assert.deepEqual(ms.map((m) => [m.text, m.value, m.anchor ?? null]), [["March 4, 2024", "2024-03-04", null], ["the day", "2024-03-04", "2024-03-04"]]);
    assert.deepEqual(found("The mayor resigned earlier in the day."), ["the day=2025-01-25"]);
  });
  it("spans 'later in the week' and 'earlier in the year' whole, counted from the story's period", () => {
    assert.deepEqual(found("The bill passed on March 4, 2024. Later in the week, the Senate voted."), ["March 4, 2024=2024-03-04", "Later in the week=2024-W10/LATE"]);
    assert.deepEqual(found("Floods delayed planting earlier in the year."), ["earlier in the year=2025/EARLY"]);
  });
  it("leaves the day to a weekday written after it, and does not count a week from a bare year", () => {
    assert.deepEqual(found("She flew earlier in the day Wednesday to Rome."), ["Wednesday=2025-01-22"]);
    assert.deepEqual(found("The firm was founded in 1998. Later in the week, its shares fell."), ["1998=1998", "Later in the week=2025-W04/LATE"]);
  });
});

describe("timeline: vague counts before 'later' and 'earlier'", () => {
  it("reads 'a few hours later' as a stretch of unknown length (TimeBank 'A few days' PXD), not the future", () => {
    assert.deepEqual(found("The blaze started this morning. A few hours later, crews arrived. Several years earlier, the mill had shut."), ["this morning=2025-01-25TMO", "A few hours=PTXH", "Several years=PXY"]);
    // "ago" still points back from the publication date
    assert.deepEqual(found("The mill shut a few years ago."), ["a few years ago=PAST_REF"]);
  });
  it("reads a capitalised bare unit opening 'Weeks later', but not a capitalised title", () => {
    assert.deepEqual(found("Weeks later, the board resigned. Days earlier, it had met."), ["Weeks=PXW", "Days=PXD"]);
    assert.deepEqual(found("He starred in Days of Thunder and Years and Years."), []);
  });
});

describe("timeline: days named by what happened on them", () => {
  it("counts 'the same day as' from the date written after it, not the one before", () => {
    const ms = extractMentions(article("The fund closed on March 1, 2024. A ballot was held on the same day as the Nov. 5 general election.", "2024-12-01"));
    assert.deepEqual(ms.map((m) => [m.text, m.value, m.anchor ?? null]), [["March 1, 2024", "2024-03-01", null], ["the same day", "2024-11-05", "2024-11-05"], ["Nov. 5", "2024-11-05", null]]);
    // without "as" right before the date, the day before stays the anchor
    assert.deepEqual(found("The fund closed on March 1, 2024. The same day, a ballot was held.", "2024-12-01"), ["March 1, 2024=2024-03-01", "The same day=2024-03-01"]);
  });
  it("does not count 'the day after' a clause past the publication day when the story names no date", () => {
    assert.deepEqual(found("The day after the flood, volunteers cleared the streets."), ["The day after=2025-01-25"]);
    assert.deepEqual(found("The mayor will speak the day after the vote."), ["the day after=2025-01-26"]);
  });
  it("reads an appositive 'the year' or 'the day' as the date just written", () => {
    assert.deepEqual(found("In 2004, the year the bridge opened, traffic doubled."), ["2004=2004", "the year=2004"]);
    assert.deepEqual(found("She spoke on June 3, 2019, the day the bill passed."), ["June 3, 2019=2019-06-03", "the day=2019-06-03"]);
    assert.deepEqual(found("For the year, sales rose."), ["the year=2025"]);
  });
});
