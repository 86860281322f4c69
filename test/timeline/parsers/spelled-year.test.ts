import { spelledYearGate } from "../../../src/timeline/parsers/spelled-year";
import { phrases } from "./phrases";

phrases(
  "spelled-year",
  spelledYearGate,
  [
    ["Nineteen ninety-seven was a good year.", ["Nineteen ninety-seven=1997"]],
    ["In January nineteen ninety-seven, he left.", ["January nineteen ninety-seven=1997-01"]],
  ],
  ["Nineteen people came.", "Eighteen of them stayed."],
);
