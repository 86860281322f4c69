import { durationGate, bareDurationGate } from "../../../src/timeline/parsers/duration";
import { phrases } from "./phrases";

phrases(
  "duration",
  durationGate,
  [
    ["The talks lasted three hours.", ["three hours=PT3H"]],
    ["He served 90 minutes.", ["90 minutes=PT90M"]],
    ["For the past five days, nothing moved.", ["the past five days=P5D"]],
  ],
  ["It costs $5 a year.", "The couple weeks later married."],
);

phrases(
  "bare duration",
  bareDurationGate,
  [
    ["Talks went on for years.", ["years=PXY"]],
    ["It took months of talks.", ["months=PXM"]],
    ["In recent years, prices rose.", ["recent years=PXY"]],
  ],
  ["Days Inn opened.", "Happy Days aired."],
);
