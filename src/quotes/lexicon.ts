/**
 * Word lists the quote attribution relies on. Kept small and explicit so a reader can see why a word
 * counts as a speech verb or a title; extend them here, not in the code.
 */
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES, capitalised } from "../text/calendar";

/** Verbs (all forms used in news copy) that introduce reported speech. "mentioned" and "informed" are here
 * because rewriters swap them in for "said" and "told". */
export const SPEECH_VERBS = new Set(
  (
    "said say says saying told tell tells telling wrote write writes writing added add adds adding " +
    "noted notes noting stated stating declared declare declares declaring " +
    "announced announces announcing responded responds responding replied replies replying " +
    "explained explains explaining insisted insists insisting argued argues arguing warned warns warning " +
    "claimed claiming called calling described describes describing mentioned mentions " +
    "mentioning posted posting tweeted tweeting continued recalled recalls acknowledged " +
    "acknowledges admitted admits suggested suggests suggesting indicated indicates indicating predicted " +
    "predicting promised promises promising vowed vows vowing urged urges urging informed informs " +
    "remarked commented emphasized emphasised emphasizes stressed stresses conceded concluded " +
    "shouted quipped joked boasted complained countered asked asks asking testified pledged pledging " +
    "cautioned demanded demands observed summarized summarised added confirmed confirms denied denies praised praising touted touting " +
    "branded branding dubbed labeled labelled blasted slammed thanked lamented"
  ).split(" "),
);

/** Participles that hang off the main clause (", saying …"): their speaker is the sentence's subject. */
export const PARTICIPLE_CUE = /ing$/;

/** Words that make up a role or title before a name ("Kremlin spokesman", "national security adviser"). */
export const ROLE_WORDS = new Set(
  (
    "president vice secretary spokesman spokeswoman spokesperson director adviser advisor envoy general " +
    "minister prime chancellor leader senator sen. rep. representative governor gov. mayor chief head " +
    "ambassador official officer professor fellow analyst journalist reporter correspondent editor " +
    "columnist ceo chairman chairwoman chair founder press national security defense defence state " +
    "foreign deputy executive senior former retired special crown prince princess king queen pope " +
    "commander colonel lieutenant admiral sergeant captain judge justice attorney lawyer economist " +
    "strategist researcher scientist expert historian author candidate nominee speaker leader " +
    "congressman congresswoman councillor councilor councilman councilwoman alderman lawmaker negotiator diplomat chairperson treasurer counsel coach " +
    "manager owner partner co-founder inspector commissioner mr. mrs. ms. dr. sir lord dame sheikh " +
    "emeritus associate assistant managing principal top"
  ).split(" "),
);

/** Title words that, leading a capitalised run, are not part of the person's name ("President Donald Trump"). */
export const NAME_TITLES = new Set(
  (
    "President Vice Secretary Director General Minister Prime Chancellor Senator Sen. Rep. Representative " +
    "Governor Gov. Mayor Ambassador Prince Princess Crown King Queen Pope Sheikh Judge Justice Attorney " +
    "Commander Colonel Col. Lt. Lieutenant Admiral Adm. Gen. Sgt. Captain Capt. Mr. Mrs. Ms. Dr. Sir Lord Dame " +
    "Speaker Leader Chairman Chairwoman Chief State Defense Defence Foreign Press Deputy Spokesman Spokeswoman " +
    "Former Editor Publisher Anchor Host Coach CEO Chairperson Councilman Councilwoman Congressman Congresswoman " +
    "Professor Prof. Rev. Reverend Archbishop Bishop Cardinal Father Emperor Premier Envoy Adviser Advisor"
  ).split(" "),
);

/** Capitalised words that start a run but are not names (sentence openers, months, days). */
export const NOT_NAMES = new Set(
  (
    "The A An And But Or So If In On At By For From With Without Of To As When While After Before Since " +
    "Although Though Because During Despite Following Asked Speaking Meanwhile However Still Yet Even Both " +
    "Each Every Any Some Other Another This That These Those There Here Then Now Later Earlier Also Only " +
    "He She It We They I You His Her Its Our Their My Your Who What Which Where Why How Not No Yes " +
    "According Under Over Between Among Against Amid Through Across Around Beyond Past Throughout Within " +
    "Mr Mrs Ms Dr"
  )
    .split(" ")
    .concat([...MONTH_NAMES, ...WEEKDAY_NAMES].map(capitalised), Object.keys(MONTH_ABBREVIATIONS).map((a) => `${capitalised(a)}.`)),
);

/** Common first names, split by the gender they usually signal (enough for pronoun agreement). */
export const MALE_NAMES = new Set(
  (
    "Donald Vladimir Joe Joseph Dmitry Steve Steven Stephen Marco John Michael Mike Keith Pete Peter Daryl " +
    "Andriy Andrii Volodymyr Leonid Bob Robert Lawrence Barack Marc Mark David Sergei Sergey Mohammed " +
    "Muhammad Mohammad Ali Ahmed Xi Emmanuel Olaf Boris Rishi Keir Justin Benjamin Bibi Recep Narendra " +
    "Kim Jim James William Bill Richard Charles Thomas Tom Christopher Chris Daniel Dan Matthew Matt Anthony " +
    "Tony Paul Andrew Andy Joshua Kenneth Kevin Brian George Edward Ronald Timothy Tim Jason Jeffrey Jeff " +
    "Ryan Jacob Gary Nicholas Nick Eric Jonathan Larry Justin Scott Brandon Frank Gregory Greg Raymond " +
    "Samuel Sam Patrick Jack Dennis Jerry Alexander Alexei Alexey Aleksandr Tyler Henry Douglas Doug Peter " +
    "Adam Nathan Zachary Walter Kyle Harold Carl Jeremy Arthur Gerald Roger Keith Lloyd Ted Mitch Chuck " +
    "Lindsey Marco Rand Rick Ron Newt Hunter Jared Eric Rudy Rudolph Al Newt Herman Mitt Harry Barry Dick " +
    "Rahm Eric Hosni Bashar Hamid Nouri Moammar Muammar Silvio Nicolas Nicolas Angelo Ben Benny Hugo Evo " +
    "Yuri Yury Viktor Victor Igor Ivan Oleg Mikhail Nikolai Pavel Petro Vitali Vitaliy Oleksandr Olexander " +
    "Sergiy Serhii Kirill Ramzan Yevgeny Denis Dmitri Dmitriy Anatoly Fyodor Gennady Grigory Maxim Roman " +
    "Rustem Ihor Kyrylo Oleksiy Valery Valeriy Yulian Bruce Wayne Phil Philip Jon Lou Louis Luis Jose Juan " +
    "Carlos Jorge Pedro Miguel Ahmad Hassan Hussein Omar Osama Abdullah Mahmoud Yasser Ehud Ariel Shimon " +
    "Naftali Yair Benny Avigdor Jean Pierre Francois Nicolas Jacques Gerhard Helmut Friedrich Wolfgang " +
    "Tony Gordon David Nigel Jeremy Liam Sean Shinzo Fumio Moon Yoon Jair Javier Enrique Andres Felipe " +
    "Lula Cyril Jacob Recep Imran Nawaz Ashraf Kofi Ban Antonio Jens Josep Charles Hakeem Chuck Kevin " +
    "Marjorie Elon Jeff Warren Tucker Sean Rush Newt Stephen Jake Lester Wolf Howard Ted Jeb Marco Rick " +
    "Bobby Scott Chris Mike Mitch Paul Rand Ron Tim JD Vivek Kash Tulsi Pete Elbridge Keith Brian Mick"
  ).split(" "),
);

export const FEMALE_NAMES = new Set(
  (
    "Karoline Mary Natalia Robyn Kamala Hillary Nancy Sarah Elizabeth Jennifer Linda Patricia Barbara " +
    "Susan Jessica Karen Lisa Betty Margaret Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda " +
    "Melissa Deborah Stephanie Rebecca Laura Sharon Cynthia Kathleen Amy Angela Shirley Anna Ann Anne " +
    "Brenda Pamela Nicole Emma Samantha Katherine Kate Christine Debra Rachel Catherine Carolyn Janet " +
    "Ruth Maria Heather Diane Virginia Julie Joyce Victoria Olivia Kelly Christina Lauren Joan Evelyn " +
    "Judith Megan Cheryl Andrea Hannah Martha Jacqueline Frances Gloria Teresa Kathryn Sara Janice Jean " +
    "Alice Madison Doris Abigail Julia Judy Grace Denise Amber Marilyn Beverly Danielle Theresa Sophia " +
    "Marie Diana Brittany Natalie Isabella Charlotte Rose Alexis Kayla Angela Ursula Theresa Liz Nikki " +
    "Marjorie Condoleezza Condi Madeleine Janet Gina Jen Jill Melania Ivanka Michelle Laura Tulsi Kristi " +
    "Pam Pamela Susie Elise Lindsey Kellyanne Sarah Kayleigh Jen Dana Hope Kirstjen Nikki Gretchen " +
    "Kathy Kathleen Dianne Elena Sonia Ruth Amy Maxine Ilhan Alexandria Rashida Ayanna Lauren Liz Tammy " +
    "Yulia Julia Olena Iryna Oksana Svetlana Tatiana Tatyana Valentina Maria Natalya Natalya Irina Olga " +
    "Elvira Ella Marine Marina Angela Annalena Giorgia Theresa Jacinda Sanna Kaja Mette Viola Roberta " +
    "Meredith Christine Ursula Golda Benazir Indira Aung Tsai Park Dilma Cristina Michelle Helen Gillian Clare"
  ).split(" "),
);

/** Nickname pairs used when merging first names across articles ("Mike Waltz" = "Michael Waltz"). */
export const NICKNAMES: Record<string, string> = {
  mike: "michael",
  joe: "joseph",
  steve: "steven",
  bob: "robert",
  rob: "robert",
  bill: "william",
  will: "william",
  jim: "james",
  tom: "thomas",
  tony: "anthony",
  dan: "daniel",
  dave: "david",
  chris: "christopher",
  matt: "matthew",
  nick: "nicholas",
  andy: "andrew",
  sam: "samuel",
  ted: "edward",
  pete: "peter",
  liz: "elizabeth",
  kate: "katherine",
  jen: "jennifer",
  pam: "pamela",
  doug: "douglas",
  greg: "gregory",
  jeff: "jeffrey",
  tim: "timothy",
  rick: "richard",
  dick: "richard",
  chuck: "charles",
  charlie: "charles",
};

/** Words before a quotation that mark it as a title rather than speech. */
export const TITLE_CUES = new Set(
  (
    "show program programme book film movie song album series titled entitled column podcast article " +
    "op-ed headline newspaper magazine documentary play novel poem episode segment"
  ).split(" "),
);

/** Plural or group subjects that can speak ("officials said"): kept as written, not a person. */
export const GROUP_NOUNS = /^(officials|sources|people|aides|analysts|experts|critics|lawmakers|diplomats|observers|residents|witnesses|protesters|supporters|opponents|leaders|authorities|investigators|prosecutors|police|officers|republicans|democrats|scientists|economists)$/i;
