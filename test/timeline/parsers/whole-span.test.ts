import { allUnitGate, unitLongGate } from "../../../src/timeline/parsers/whole-span";
import { phrases } from "./phrases";

phrases(
  "all-unit",
  allUnitGate,
  [
    ["They worked all day.", ["all day=P1D"]],
    ["An all-night session ended.", ["all-night=P1D"]],
  ],
  ["All the week's news.", "All days are equal."],
);

phrases(
  "unit-long",
  unitLongGate,
  [
    ["A weeklong summit ended.", ["weeklong=P1W"]],
    ["The decades-long feud ended.", ["decades-long=PXDE"]],
  ],
  ["A long week ended.", "The long day closed."],
);
