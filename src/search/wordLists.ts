// The word lists of text analysis: chat short forms, stop words, filler phrases, and Discord markup to ignore.
// General English and Discord, not about any one case: case-specific words live in the case pack's lexicon.json.

// How people type in chat, spelled out before anything else looks at the words.
// A Map, not an object literal: a typed word such as "constructor" must not reach Object.prototype.
export const SHORT_FORMS: ReadonlyMap<string, string> = new Map(Object.entries({
  cant: 'cannot', wont: 'will not', dont: 'do not', doesnt: 'does not', didnt: 'did not', isnt: 'is not',
  arent: 'are not', wasnt: 'was not', werent: 'were not', hasnt: 'has not', havent: 'have not',
  couldnt: 'could not', shouldnt: 'should not', wouldnt: 'would not', aint: 'is not',
  whyd: 'why did', whats: 'what is', wats: 'what is', whos: 'who is', wheres: 'where is', hows: 'how is',
  whens: 'when is', thats: 'that is', theres: 'there is', im: 'i am', ive: 'i have', youre: 'you are',
  theyre: 'they are', teh: 'the', wat: 'what', wut: 'what', wht: 'what', y: 'why', u: 'you', ur: 'your',
  r: 'are', abt: 'about', bc: 'because', cuz: 'because', coz: 'because', cos: 'because', tho: 'though',
  thru: 'through', ppl: 'people', alot: 'a lot', pls: 'please', plz: 'please', rn: 'right now',
  gonna: 'going to', wanna: 'want to', gotta: 'got to', kinda: 'kind of', sorta: 'sort of', dunno: 'do not know',
  govt: 'government', w: 'with', b4: 'before', nd: 'and', n: 'and', doin: 'doing', enuf: 'enough', nuff: 'enough',
  gud: 'good', tryna: 'trying to', ngl: 'not going to lie', fr: 'for real', tbh: 'to be honest', idk: 'i do not know',
  imo: 'in my opinion', smh: 'shaking my head', iirc: 'if i remember correctly', afaik: 'as far as i know',
  evn: 'even', hav: 'have', smth: 'something', sth: 'something', bout: 'about', prolly: 'probably', probs: 'probably',
  thx: 'thanks', ty: 'thank you', yall: 'you all', dat: 'that', dis: 'this', wit: 'with', tht: 'that', becuz: 'because',
  bcuz: 'because', cud: 'could', shud: 'should', wud: 'would', ppls: 'people', lmk: 'let me know',
  rite: 'right', rong: 'wrong', thier: 'their', becuase: 'because', definately: 'definitely', wierd: 'weird', whn: 'when',
  itll: 'it will', youll: 'you will', theyll: 'they will', thatll: 'that will', therell: 'there will', whatll: 'what will',
  youve: 'you have', theyve: 'they have', weve: 'we have', wouldve: 'would have', couldve: 'could have', shouldve: 'should have',
  perma: 'permanently', permad: 'permanently banned', permabanned: 'permanently banned', permaban: 'permanent ban',
  wdym: 'what do you mean', wym: 'what you mean', hbu: 'how about you', nvm: 'never mind', ikr: 'i know right',
  wy: 'why', kik: 'kick', kikd: 'kicked', kiked: 'kicked', ded: 'dead', insta: 'instagram', yt: 'youtube', sew: 'so', witch: 'which', fav: 'favorite', favs: 'favorites', acct: 'account', accts: 'accounts',
  actualy: 'actually', acually: 'actually', actully: 'actually', realy: 'really', basicly: 'basically', probly: 'probably',
}));

// Words and chat filler that carry no meaning for matching. Question words that do (who, why, where) stay;
// "how", "when", "how many" and friends are lexicon concepts.
export const STOP_WORDS = new Set(
  (
    'a an the and or but nor so if then than that this these those there here it its itself is are was were be been ' +
    'being am do does did doing done have has had having of to in on at by for from with about into onto over under ' +
    'up out off as per via i me my mine we us our you your yours he him his she her hers they them their theirs what ' +
    'which whom whose how can could should would will shall may might must not no yes any some all each every both ' +
    'other another such own same very too also just really actually basically literally only even still again ever ' +
    'now then please thanks thank hey hi hello yo ok okay lol lmao bro dude guys man bot casebot someone anyone ' +
    'somebody anybody everyone chat heard hear know knows tell told say says said saying think thinks thought ' +
    'guess mean means wonder wondering question questions true real get gets got getting go going goes went ' +
    'make makes made thing things stuff kind sort lot lots way much many more most less well wait tho though ' +
    'because since while during after before until again against anything something nothing everything supposed ' +
    'suppose supposedly allegedly apparently one ones keep keeps kept opinion honest lie remember ' +
    'shaking head far like yet nah yeah yep nope ya next id exactly okay huh lmao lmfao rofl bet whole everybody ' +
    'folks people guys saw seen questioning once mess whatever anyway anyways btw omg wtf probably ' +
    // How a careful reader frames a question, not what it is about.
    'understand understanding curious interested whether specifically specific particular particularly genuinely ' +
    'seem seems seemed odd weird strange confused clarify detail details info information simply merely precisely ' +
    'learn sure unsure clear unclear point remind reminds reminded forgot forget forgotten never sorry yaar ' +
    // The asker's own life: who they heard it from, where they were. Never what a question about the case is about.
    'sister sisters brother brothers daughter daughters son sons husband wife mother father mum grandson ' +
    'granddaughter grandkids grandchildren grandma grandpa neighbor neighbour neighbors neighbours cousin cousins ' +
    'uncle aunt nephew niece coworker coworkers colleague colleagues roommate roommates family dinner dinners lunch ' +
    'breakfast bestie bruv fam morning evening afternoon kindly pardon apologies'
  ).split(' '),
);
/**
 * Question words that stay search terms but say what kind of answer is wanted, not what it is about ("who", "why",
 * "where"). The case pack adds its own concepts of that kind (lexicon.json `answerKinds`: "when", "how many").
 */
export const QUESTION_WORDS: readonly string[] = ['who', 'why', 'where'];

// "right" alone means the political right; these phrases do not.
export const FILLER_PHRASES = [
  /\bright (?:now|away|here|there)\b/gu,
  /\ball right\b/gu,
  /\bis (?:it|that) right\b/gu,
  // "What's the deal with X" or "what's X's deal" asks about X; "deal" is not a contract here.
  /\bwhat(?:s| is) the deal with\b/gu,
  /(?<=\bwhat(?:s| is) \p{L}+ )deal\b/gu,
  // "in the first place" asks why at all; it is not a chart position.
  /\bin the first place\b/gu,
  // A tag question: "…, right?", "or something right?".
  /(?:,|\bsomething|\byeah|\bthat)\s+right\b/gu,
  // Where the answer should come from, not what it is about: "according to the report", "as far as the piece says".
  /\baccording to (?:the |this )?(?:article|report|reporting|piece|story|text|insider|business insider)\b/gu,
  /\bas far as (?:the |this )?(?:article|report|piece|story|text) (?:says|reports|goes|knows|tells|is concerned)\b/gu,
  /\b(?:in|from|per) (?:the|this) (?:article|report|piece|story)\b/gu,
  /\b(?:driving|drives|drove) me (?:nuts|crazy|insane|mad)\b/gu,
  // Checking a claim: what is checked is the rest ("someone says it was filed on a friday, is that accurate").
  /\b(?:is it (?:true|accurate|correct|right) (?:that|to say)|is it (?:true|accurate|correct)|is (?:that|this) (?:true|accurate|correct)|accurate|true or false|true or not)\b/gu,
  /\b(?:some ?one|some ?body|a (?:friend|member|user|guy)|my (?:friend|uncle|dad|mom|teacher)|member|they) (?:in (?:general|the chat|chat|general chat) )?(?:says|said|claims|claimed|told me|keeps saying|is saying|insists)\b/gu,
  /\bis (?:that|this) how (?:the article|it) (?:puts|put|says|phrases|words|describes) it\b/gu,
  // What the asker needs is the answer: "i need the part where it says…".
  /\b(?:i|we) (?:just |really )?(?:need|want|am looking for|m looking for)\b/gu,
  /\b(?:teacher|mod|moderator|student|lawyer|journalist|reporter) here\b/gu,
  // "How does Apple figure into this" asks how Apple is involved: "figure" is not a number here.
  /\bfigures? (?:into|in)\b/gu,
];

/**
 * A question that ends on "right" is asking for confirmation ("twitter is on aws too right?") unless the word before
 * makes it the political right ("on the right", "far right", "leans right"). Questions only: the pack's own terms
 * ("the right", "radical right") are not questions.
 */
/** "Fact check: …" opening a question asks to check what follows (not about Twitter's fact-check labels). */
export const FACT_CHECK_PREFIX = /^\s*fact[\s-]?check(?:ing)?\s*[:\-–—]/iu;

export const TAG_RIGHT =
  /(?<!\b(?:the|far|alt|hard|extreme|political|center|centre|leans?|leaning|leaned|skews?|skewed|skewing|tilts?|tilted|veers?|veered|swings?|swung|move|moves|moved|moving|shifts?|shifted|turns?|turned|go|goes|going|gone|went)[\s-]+)\bright\s*(?:[?!.]+|$)/giu;

// Mentions, channels, custom and :shortcode: emoji, timestamps, command links and URLs carry no words to search for: their
// ids would otherwise become search terms that dilute the real question.
export const DISCORD_MARKUP = /<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|<t:-?\d+(?::\w)?>|<\/[^<>]+:\d+>|@(?:everyone|here)\b|https?:\/\/\S+|:[a-z0-9_+-]+:/gu;
