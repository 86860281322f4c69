import { seasonGate } from "../../../src/timeline/parsers/season";
import { phrases } from "./phrases";

phrases(
  "season",
  seasonGate,
  [
    ["Talks resumed last spring.", ["last spring=2024-SP"]],
    ["The summer of 2001 was hot.", ["The summer of 2001=2001-SU"]],
  ],
  ["Spring Street was closed.", "He will fall."],
);
