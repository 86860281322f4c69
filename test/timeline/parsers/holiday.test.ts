import { holidayGate } from "../../../src/timeline/parsers/holiday";
import { phrases } from "./phrases";

phrases(
  "holiday",
  holidayGate,
  [
    ["They met on Christmas Eve.", ["Christmas Eve=2024-12-24"]],
    ["Stores close on Thanksgiving.", ["Thanksgiving=2024-11-28"]],
    ["Easter Monday was quiet.", ["Easter Monday=2024-04-01"]],
  ],
  ["Easter eggs were sold.", "The Labor Party won."],
);
