import { monthGate } from "../../../src/timeline/parsers/month";
import { phrases } from "./phrases";

phrases(
  "month",
  monthGate,
  [
    ["They met in November.", ["November=2024-11"]],
    ["Sales rose in March 2024.", ["March 2024=2024-03"]],
  ],
  ["Theresa May spoke.", "Troops march on."],
);
