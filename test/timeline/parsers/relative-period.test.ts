import { relativePeriodGate } from "../../../src/timeline/parsers/relative-period";
import { phrases } from "./phrases";

phrases(
  "relative-period",
  relativePeriodGate,
  [
    ["Prices fell last week.", ["last week=2025-W03"]],
    ["Sales rose this year.", ["this year=2025"]],
    ["Over the past decade, rents doubled.", ["the past decade=P10Y"]],
  ],
  ["This Week With George Stephanopoulos aired.", "The week was long."],
);
