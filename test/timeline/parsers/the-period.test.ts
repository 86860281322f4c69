import { thePeriodGate } from "../../../src/timeline/parsers/the-period";
import { phrases } from "./phrases";

phrases(
  "the-period",
  thePeriodGate,
  [
    ["Sales rose 5% for the year.", ["the year=2025"]],
    ["He left at the end of the month.", ["the end of the month=2025-01/LATE"]],
    ["They met over the weekend.", ["the weekend=2025-W04-WE"]],
  ],
  ["The Year of the Dragon began.", "The Weekend played a concert."],
);
