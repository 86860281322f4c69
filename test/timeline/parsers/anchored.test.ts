import { anchoredGate } from "../../../src/timeline/parsers/anchored";
import { phrases } from "./phrases";

phrases(
  "anchored",
  anchoredGate,
  [
    ["On Jan. 6 he spoke; the day before, he met aides.", ["Jan. 6=2025-01-06", "the day before=2025-01-05"]],
    ["That day will come.", ["That day=2025-01-25"]],
  ],
  ["Day by day, it grew."],
);
