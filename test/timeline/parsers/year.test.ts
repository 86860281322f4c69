import { yearGate } from "../../../src/timeline/parsers/year";
import { phrases } from "./phrases";

phrases(
  "year",
  yearGate,
  [
    ["The summit took place in 2018.", ["2018=2018"]],
  ],
  ["Room 2018 was booked.", "He scored 1999 points."],
);
