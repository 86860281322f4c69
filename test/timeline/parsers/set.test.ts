import { setGate, everyCountGate } from "../../../src/timeline/parsers/set";
import { phrases } from "./phrases";

phrases(
  "set",
  setGate,
  [
    ["Prices rose daily.", ["daily=P1D"]],
    ["They meet twice a week.", ["twice a week=P1W"]],
    ["He calls on Mondays.", ["Mondays=XXXX-WXX-1"]],
  ],
  ["It costs $5 a year.", "Each delegate voted."],
);

phrases(
  "every-count",
  everyCountGate,
  [
    ["The vote is held every four years.", ["every four years=P4Y"]],
    ["Every two weeks, a bus comes.", ["Every two weeks=P2W"]],
  ],
  ["Every one of them agreed.", "Every vote counts."],
);
