import { coordinatedDayGate } from "../../../src/timeline/parsers/coordinated-day";
import { phrases } from "./phrases";

phrases(
  "coordinated-day",
  coordinatedDayGate,
  [
    ["The summit on April 24 and 25 ended.", ["April 24=2024-04-24", "25=2024-04-25"]],
    ["On 3 and 4 March talks went on.", ["3=2025-03-03", "4 March=2025-03-04"]],
  ],
  ["Seats 20 and 21 were taken.", "Rooms 3 and 4 were booked."],
);
