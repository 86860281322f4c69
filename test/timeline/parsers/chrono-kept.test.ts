import * as kept from "../../../src/timeline/parsers/chrono-kept";
import { phrases } from "./phrases";

phrases("chrono's ISO dates", kept.isoFormat, [["The deal was signed on 2025-01-20.", ["2025-01-20=2025-01-20"]]], ["Sales were 3.5 million."]);
phrases("chrono's numeric dates", kept.slashDate, [["It happened on 1/20/2025.", ["1/20/2025=2025-01-20"]]], ["Half of them, 1/2, agreed."]);
phrases("chrono's written-out dates", kept.monthNameMiddleEndian, [["They met on January 20, 2025.", ["January 20, 2025=2025-01-20"]]], ["Prices rose 20 percent."]);
phrases("chrono's clock times", kept.timeExpression, [["The call was at 3 p.m.", ["3 p.m.=2025-01-25T15:00"]]], ["He scored 3 points."]);
