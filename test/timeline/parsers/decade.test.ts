import { decadeGate } from "../../../src/timeline/parsers/decade";
import { phrases } from "./phrases";

phrases(
  "decade",
  decadeGate,
  [
    ["In the 1990s, trade grew.", ["the 1990s=199"]],
    ["The twenties roared.", ["The twenties=192"]],
    ["Prices in the 21st century rose.", ["the 21st century=20"]],
  ],
  ["He is 40 years old.", "Route 66 runs west."],
);
