import { quarterGate, yearAgoAdjectiveGate } from "../../../src/timeline/parsers/quarter";
import { phrases } from "./phrases";

phrases(
  "quarter",
  quarterGate,
  [
    ["Profit rose in the third quarter.", ["the third quarter=2024-Q3"]],
    ["Sales fell in the first half of 2024.", ["the first half of 2024=2024-H1"]],
  ],
  ["A quarter of voters agree.", "He works at headquarters."],
);

phrases(
  "year-ago adjective",
  yearAgoAdjectiveGate,
  [
    ["Sales beat the year-earlier level.", ["year-earlier=2023-Q4"]],
    ["Year-ago figures were lower.", ["Year-ago=2023-Q4"]],
  ],
  ["A yearbook was printed."],
);
