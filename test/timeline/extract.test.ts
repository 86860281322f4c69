import { strict as assert } from "node:assert";
import { found, article } from "./helpers";
import { extractMentions } from "../../src/timeline/extract";

// Reference: Saturday 25 January 2025 unless stated.
describe("timeline extraction and resolution", () => {
  it("reads a bare weekday as the latest one, without the preposition", () => {
    assert.deepEqual(found("Trump said at the White House on Thursday."), ["Thursday=2025-01-23"]);
    assert.deepEqual(found("Putin spoke on Saturday."), ["Saturday=2025-01-25"]);
  });
  it("reads a weekday forward when the clause points forward", () => {
    assert.deepEqual(found("The two leaders will meet on Friday.", "2025-02-12"), ["Friday=2025-02-14"]);
  });
  it("keeps weeks, months, quarters and years at their own granularity", () => {
    assert.deepEqual(found("He left last month, not last week."), ["last month=2024-12", "last week=2025-W03"]);
    assert.deepEqual(found("Profit rose in the third quarter of 2024 and this year."), ["the third quarter of 2024=2024-Q3", "this year=2025"]);
    assert.deepEqual(found("Talks continued earlier this week."), ["earlier this week=2025-W04/EARLY"]);
  });
  it("reads month names as the latest such month, 'last June' as the June before", () => {
    assert.deepEqual(found("Conditions set down last June were repeated in November.", "2025-02-12"), ["last June=2024-06", "November=2024-11"]);
    assert.deepEqual(found("Trump and Zelensky met in Paris in December.", "2025-02-12"), ["December=2024-12"]);
  });
  it("reads May and March as the attribute of an event, not as Theresa May or a verb", () => {
    assert.deepEqual(found("Critics recalled a televised March debate and the May deadline.", "2025-06-10"), ["March=2025-03", "May=2025-05"]);
    assert.deepEqual(found("The March summit will follow the talks.", "2025-02-12"), ["March=2025-03"]);
    assert.deepEqual(found("The speech May gave was short. As May talks to reporters, crowds march debate halls.", "2025-06-10"), []);
  });
  it("reads bare years, decades, seasons and modified years", () => {
    assert.deepEqual(found("A summit in Helsinki in 2018 followed the 2016 election."), ["2018=2018", "2016=2016"]);
    assert.deepEqual(found("Biden called Putin in late 2021 and early 2022."), ["late 2021=2021/LATE", "early 2022=2022/EARLY"]);
    assert.deepEqual(found("Prices were low in the 1990s and last summer."), ["the 1990s=199", "last summer=2024-SU"]);
  });
  it("reads durations as durations, with their modifiers", () => {
    assert.deepEqual(found("The call lasted nearly 90 minutes, ending nearly three years of silence."), ["nearly 90 minutes=PT90M/APPROX", "nearly three years=P3Y/APPROX"]);
    assert.deepEqual(found("He was held for 3½ years and two weeks."), ["3½ years=P3Y6M", "two weeks=P2W"]);
  });
  it("reads halves written out, before or after the unit", () => {
    assert.deepEqual(found("It took two and a half years; a minute and a half later, an hour and a half more."), ["two and a half years=P2Y6M", "a minute and a half=PT1M30S", "an hour and a half=PT1H30M"]);
    assert.deepEqual(found("Talks ran for twenty-one and a half hours."), ["twenty-one and a half hours=PT21H30M"]);
  });
  it("reads the whole of one unit ('all year', 'all night long') as a duration of one unit", () => {
    assert.deepEqual(found("The mayor campaigned all year, and the crews worked all night long."), ["all year=P1Y", "all night long=P1D"]);
    assert.deepEqual(found("She sat through an all-day hearing and waited around all day."), ["all-day=P1D", "all day=P1D"]);
    // a habit, and the day named rather than its length
    assert.deepEqual(found("The pool is open all year round, and all day's votes were delayed."), []);
  });
  it("reads '-long' compounds as durations: one unit, or an unknown number of plural ones", () => {
    assert.deepEqual(found("A weeklong strike followed a day-long meeting and a monthlong standoff."), ["weeklong=P1W", "day-long=P1D", "monthlong=P1M"]);
    assert.deepEqual(found("The decades-long feud outlasted a years-long inquiry and an hourlong speech."), ["decades-long=PXDE", "years-long=PXY", "hourlong=PT1H"]);
    assert.deepEqual(found("She made a lifelong friend and a long-term plan."), []);
  });
  it("reads 'another week' as one more unit, not 'another day' meaning some other day", () => {
    assert.deepEqual(found("The strike could last another week; the council met for another month."), ["another week=P1W", "another month=P1M"]);
    assert.deepEqual(found("That is a question for another day. He lived to fight another day. It was just another week at city hall."), []);
    assert.deepEqual(found("Another quarter of voters were undecided, and another quarter (20 percent) said no."), []);
  });
  it("reads bare 'days' as a stretch of days, as bare 'weeks' and 'years' are, also opening a sentence", () => {
    assert.deepEqual(found("The repairs took days. Years later, the bridge failed again."), ["days=PXD", "Years=PXY"]);
    assert.deepEqual(found("Hours after the storm, crews arrived, and in the weeks before the vote, nobody spoke."), ["Hours=PTXH", "weeks=PXW"]);
    // an era or a time of life, and a count with a noun between
    assert.deepEqual(found("In the days of the old harbour, and in the Truman days, his early days were calm."), []);
    assert.deepEqual(found("Her days are numbered; the deal closes within 30 business days; the Days Inn was full."), []);
  });
  it("reads 'couple' with or without 'of' as a count of two", () => {
    assert.deepEqual(found("Prices may climb over the next couple weeks, as they did a couple days ago.", "2013-04-19"), ["the next couple weeks=P2W", "a couple days ago=2013-04-17"]);
    assert.deepEqual(found("The council met often over the past couple of months."), ["the past couple of months=P2M"]);
    assert.deepEqual(found("The couple years later moved away."), []);
  });
  it("reads 'over' as 'more than' only where it measures, else as 'during' outside the span", () => {
    assert.deepEqual(found("The strike lasted over a week; she has lived here for over ten years."), ["over a week=P1W/MORE_THAN", "over ten years=P10Y/MORE_THAN"]);
    assert.deepEqual(found("The plan saves $4 billion over ten years, and the board held 20 meetings over six months."), ["ten years=P10Y", "six months=P6M"]);
  });
  it("reads how often inside a set's span, and 'every' with a count as one set", () => {
    assert.deepEqual(found("The ferry runs twice a day and the market opens once a week, two or three times a month in winter."), ["twice a day=P1D", "once a week=P1W", "two or three times a month=P1M"]);
    assert.deepEqual(found("Trains pass every five to seven minutes; the board meets every two weeks and votes every few years."), ["every five to seven minutes=PTXM", "every two weeks=P2W", "every few years=PXY"]);
    // "once a" before a noun is "formerly", and an amount per period is no set
    assert.deepEqual(found("The mill, once a busy place, charges $40 a month."), []);
  });
  it("reads the second of two days sharing a month, with the year written after the pair", () => {
    assert.deepEqual(found("The summit is on April 24 and 25 in Washington.", "1999-03-12"), ["April 24=1999-04-24", "25=1999-04-25"]);
    assert.deepEqual(found("Talks on Feb. 12 and 13, 2019 failed; they met on 24 and 25 April."), ["Feb. 12=2019-02-12", "13, 2019=2019-02-13", "24=2024-04-24", "25 April=2024-04-25"]);
    assert.deepEqual(found("Sales on June 30 and 3 others fell. On April 24 and 25 people came."), ["June 30=2024-06-30", "April 24=2024-04-24"]);
  });
  it("reads mid-morning and mid-afternoon as parts of a day, with MID", () => {
    assert.deepEqual(found("By mid afternoon, shares fell; at mid-morning yesterday they had risen."), ["mid afternoon=2025-01-25TAF/MID", "mid-morning yesterday=2025-01-24TMO/MID"]);
  });
  it("reads Easter and the days counted from it, and more named days", () => {
    assert.deepEqual(found("During Holy Week, before Easter, pilgrims came. He spoke on Good Friday, 2012. Easter eggs were hidden.", "2000-04-24"), ["Holy Week=2000-W16", "Easter=2000-04-23", "Good Friday, 2012=2012-04-06"]);
    assert.deepEqual(found("Protesters prayed as Easter week began.", "2000-04-17"), ["Easter week=2000-W16"]);
    assert.deepEqual(found("Markets closed for Presidents Day and Martin Luther King Jr. Day.", "2000-04-24"), ["Presidents Day=2000-02-21", "Martin Luther King Jr. Day=2000-01-17"]);
  });
  it("writes a named day or date spoken of as every year's without a year", () => {
    assert.deepEqual(found("Pupils may not celebrate Christmas at school.", "2011-12-07"), ["Christmas=XXXX-12-25"]);
    assert.deepEqual(found("Juneteenth, held on June 19, honours emancipation.", "2021-03-02"), ["Juneteenth=XXXX-06-19", "June 19=XXXX-06-19"]);
    // one occurrence: a year, a past or future verb, or a scheduled event
    assert.deepEqual(found("They celebrate Christmas this year at home.", "2011-12-07"), ["Christmas=2011-12-25", "this year=2011"]);
    assert.deepEqual(found("They did not celebrate Christmas. She will celebrate Halloween in Salem.", "2011-12-07"), ["Christmas=2010-12-25", "Halloween=2012-10-31"]);
    assert.deepEqual(found("The runoff is held on May 3.", "2011-04-07"), ["May 3=2011-05-03"]);
  });
  it("reads clock times said in words as times of the publication day", () => {
    assert.deepEqual(found("He left at 4 in the morning and returned at eight in the evening."), ["4 in the morning=2025-01-25T04:00", "eight in the evening=2025-01-25T20:00"]);
    assert.deepEqual(found("The vote came at 11 at night; the judge ruled at midday."), ["11 at night=2025-01-25T23:00", "midday=2025-01-25T12:00"]);
  });
  it("puts a clock time alone on the day written after it or named just before, else on the publication day", () => {
    assert.deepEqual(found("The blast occurred at about 10:35 a.m. (0735 GMT) Friday.", "1998-08-08"), ["10:35 a.m.=1998-08-07T10:35", "Friday=1998-08-07"]);
    assert.deepEqual(found("The crew reached the briefing room on June 6. It was about 1:30 am.", "2019-06-08"), ["June 6=2019-06-06", "1:30 am=2019-06-06T01:30"]);
    assert.deepEqual(found("They met on June 6. Nothing came of it. Nobody spoke. At 3 p.m. it rained.", "2019-06-08"), ["June 6=2019-06-06", "3 p.m.=2019-06-08T15:00"]);
    assert.deepEqual(found("The deal was signed Monday. Updated at 8:55 a.m.", "2019-06-08"), ["Monday=2019-06-03", "8:55 a.m.=2019-06-08T08:55"]);
  });
  it("reads a month with a year written out, and recurring months and weekdays as sets", () => {
    assert.deepEqual(found("January nineteen ninety-seven. Atlanta again."), ["January nineteen ninety-seven=1997-01"]);
    assert.deepEqual(found("They march each July. Flights leave on Tuesday nights. He works Mondays. Every Friday he calls."), ["each July=XXXX-07", "Tuesday nights=XXXX-WXX-2TNI", "Mondays=XXXX-WXX-1", "Every Friday=XXXX-WXX-5"]);
  });
  it("reads relative and reference expressions the TimeML way", () => {
    assert.deepEqual(found("A year ago prices were higher; now they are lower."), ["A year ago=2024", "now=PRESENT_REF"]);
    assert.deepEqual(found("The future is uncertain and the report was published quarterly."), ["The future=FUTURE_REF", "quarterly=P3M"]);
  });
  it("reads 'the current' before any word as the present, and the noun 'current' as nothing", () => {
    assert.deepEqual(found("Critics of the current Senate plan met the current chairman."), ["current=PRESENT_REF", "current=PRESENT_REF"]);
    assert.deepEqual(found("The swimmers fought a strong current. The current of the river rose."), []);
  });
  it("reads 'the near future', 'a later date' and 'at the moment' as one reference span each", () => {
    assert.deepEqual(found("A ruling may come in the near future or at a later date; the office stays shut for the foreseeable future."), ["the near future=FUTURE_REF", "a later date=FUTURE_REF", "the foreseeable future=FUTURE_REF"]);
    assert.deepEqual(found("At the moment, no talks are planned, she said at this difficult moment."), ["the moment=PRESENT_REF", "this difficult moment=PRESENT_REF"]);
    // a moment of the story, not the present
    assert.deepEqual(found("At the moment of the crash the pilot slept. He was still governor at the moment."), []);
  });
  it("counts 'the previous day' from the date before it", () => {
    const ms = extractMentions(article("The talks ended on Jan. 20, 2025. The previous day, envoys met."));
    assert.deepEqual(ms.map((m) => [m.text, m.value, m.anchor ?? null]), [["Jan. 20, 2025", "2025-01-20", null], ["The previous day", "2025-01-19", "2025-01-20"]]);
  });
  it("gives offsets into the raw text and the sentence around each mention", () => {
    const text = "Intro line.\n\nTrump spoke on Friday. Then nothing.";
    const [m] = extractMentions(article(text));
    assert.equal(text.slice(m.start, m.end), "Friday");
    assert.equal(m.sentence, "Trump spoke on Friday.");
    assert.equal(text.slice(m.sentenceStart, m.sentenceEnd), "Trump spoke on Friday.");
    assert.equal(m.resolvedStart, "2025-01-24");
  });
});

describe("timeline: what is not a date", () => {
  it("skips a programme title", () => {
    assert.deepEqual(found("Waltz said in an interview on ABC’s “This Week” that talks were underway."), []);
    assert.deepEqual(found("Speaking on “Fox News Sunday,” Sen. DeMint agreed. Trump told NBC’s “Today” show on Thursday. He told “Today.” Said on \"CNN Tonight\" it was over."), ["Thursday=2025-01-23"]);
    assert.deepEqual(found("He said “we leave on Sunday” and left."), ["Sunday=2025-01-26"]);
  });
  it("skips an event named by its date", () => {
    assert.deepEqual(found("He issued pardons for Jan. 6 defendants in the Oval Office."), []);
  });
  it("skips amounts and counts that look like years", () => {
    assert.deepEqual(found("The fund paid $2025 to 2,000 troops and 2000 people."), []);
    assert.deepEqual(found("His 1987 bestseller sold well."), ["1987=1987"]);
  });
  it("skips generic now and today inside quotes", () => {
    assert.deepEqual(found("“Strike now and STOP this war!” he wrote."), []);
    assert.deepEqual(found("“It would be better, based on today’s realities, to meet,” Putin said."), []);
  });
  it("skips the year of a copyright line, not a year said about copyright", () => {
    assert.deepEqual(found("Copyright © 2019 Daily Example Co. (c) 2011-2018 Some Network. ©2020 Wire Service."), []);
    assert.deepEqual(found("The copyright ran out in 2019."), ["2019=2019"]);
  });
  it("skips ages and numbers that are not clock times", () => {
    assert.deepEqual(found("The 45-year-old bought 10 shares."), []);
    // running times of clips on news pages
    assert.deepEqual(found("MUST WATCH Romney concedes election 05:19 Play Video 0:56 Protests - video (See 0:25-0:27) The line is at 8:21 into this video."), []);
    assert.deepEqual(found("The plane took off about 4:30, and the start slipped to 10:45.", "2019-06-08"), ["4:30=2019-06-08T04:30", "10:45=2019-06-08T10:45"]);
  });
});
