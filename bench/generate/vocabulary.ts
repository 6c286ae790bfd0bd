import { SqliteDatabase } from '../../src/store/sqlite/sqlite-driver.js';
import { Random } from './random.js';

/**
 * The words bodies are written in, most frequent first: English function
 * words, then content words (diplomatic terms written here, interleaved with
 * pronounceable words made from syllables), a few thousand in all. Text draws
 * them by Zipf's law over this order, as natural text roughly does.
 */
const FUNCTION_WORDS = `the of and to in a that is for on with as by be it this we not are at from
  has have will which our their his an or was would should but all they its may any no been were more
  other upon such than if these there must also into only so who them us he can under after before
  between without now further both each against shall had over what when then very most some same
  those about while where here her she him been again yet because through`;

const DIPLOMATIC_WORDS = `delegation directive mandate treaty council minister ministers session
  proposal concession position reparations trusteeship recognition procedure armistice peace
  conference agenda linkage authority report reply cipher relay principal fallback ambassador
  embassy consul consulate chancery envoy attache counsellor secretary protocol communique
  memorandum aide ratification signature plenary committee subcommittee commission draft
  amendment clause article annex frontier border territory sovereignty occupation withdrawal
  garrison troops fleet naval harbour straits colony colonies dominion mandate tariff trade loan
  credit gold currency shipment coal grain oil railway port customs convoy tonnage indemnity
  compensation restitution claims deliveries dismantling factories industry reconstruction
  election government parliament cabinet regency monarchy republic opposition coalition
  minority refugees prisoners repatriation amnesty tribunal sanctions embargo blockade
  neutrality alliance pact guarantee veto majority unanimity quorum vote abstention deadlock
  compromise formula instructions telegram dispatch courier pouch intercept decrypt code
  confidential urgent immediately tomorrow yesterday morning evening midnight weekend deadline
  timetable calendar adjournment postponement recess resumption opening closing chairman
  rapporteur interpreter translation text wording paragraph preamble reservation objection
  insistence firmness flexibility latitude discretion approval refusal rejection acceptance
  counterproposal ultimatum warning protest demarche note verbale audience interview banquet
  reception luncheon toast speech statement press correspondent newspaper rumour leak denial
  intelligence agent informant source assessment estimate appreciation summary digest
  circular registry archive file dossier precedent history memoir record minutes transcript
  italy france china britain america romania bulgaria hungary finland austria germany japan
  korea persia turkey greece yugoslavia poland albania trieste dodecanese libya eritrea somalia
  tangier danube rhine ruhr saar silesia manchuria dardanelles bosphorus suez gibraltar
  molotov bevin byrnes bidault wang vyshinsky gusev dunn pasvolsky winant halifax
  foreign affairs office department ministry headquarters capital province district region
  island mainland coast river valley mountain city village port airfield base
  economic military political legal financial technical naval administrative judicial
  provisional permanent interim joint separate parallel general special secret public
  formal informal private personal official unofficial preliminary final revised original
  reprimand edit query`;

const ONSETS = [
  'b',
  'c',
  'd',
  'f',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'z',
  'br',
  'dr',
  'gr',
  'pr',
  'st',
  'tr',
  'pl',
  'cl',
  'sk',
  'ch',
  'sh',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou', 'io', 'y'];
const CODAS = ['', '', '', 'n', 'r', 's', 'l', 't', 'm', 'nd', 'st', 'ct', 'nt', 'x', 'rk'];

/** A pronounceable made-up word of two to four syllables. */
export function syllableWord(random: Random): string {
  const syllables = random.between(2, 4);
  let word = '';
  for (let s = 0; s < syllables; s += 1) {
    word += random.pick(ONSETS) + random.pick(VOWELS) + (s === syllables - 1 ? random.pick(CODAS) : '');
  }
  return word;
}

export interface Vocabulary {
  /** Every word, most frequent first. */
  words: string[];
  /** How many of the most frequent words are function words (never searched for). */
  functionWords: number;
}

/**
 * The vocabulary for a seed: `size` words in rank order. Real content words
 * are spread over the first ranks so they are among the commoner content
 * words; made-up words fill the tail.
 */
export function vocabularyOf(seed: number, size = 4000): Vocabulary {
  const random = new Random(seed, 11);
  const functionWords = unique(FUNCTION_WORDS.split(/\s+/).filter(Boolean));
  const real = unique(DIPLOMATIC_WORDS.split(/\s+/).filter(Boolean)).filter(
    (w) => !functionWords.includes(w),
  );
  const taken = new Set([...functionWords, ...real]);
  const content: string[] = [];
  let nextReal = 0;
  // Some candidates are dropped below for sharing a stem, so draw more than needed.
  while (functionWords.length + content.length < size * 1.25) {
    // About half the first 2·|real| content ranks are real words; the rest are made up.
    if (nextReal < real.length && random.chance(0.5)) {
      content.push(real[nextReal++]!);
      continue;
    }
    const word = syllableWord(random);
    if (!taken.has(word)) {
      taken.add(word);
      content.push(word);
    }
  }
  const words = withDistinctStems([...functionWords, ...content]).slice(0, size);
  return { words, functionWords: functionWords.length };
}

/**
 * Keeps the first word of each stem, as the registry's own full-text tokenizer
 * (SQLite FTS5, porter) stems them: with one word per stem, a cable matches a
 * word exactly when one of its tokens is that word, which lets the search
 * benchmark count matches by brute force without a stemmer of its own.
 */
function withDistinctStems(words: string[]): string[] {
  const db = new SqliteDatabase(':memory:');
  try {
    db.exec(`create virtual table w using fts5(word, tokenize='porter unicode61 remove_diacritics 2')`);
    db.exec(`create virtual table v using fts5vocab(w, 'instance')`);
    const insert = db.prepare('insert into w (rowid, word) values (?, ?)');
    db.transaction(() => {
      for (const [i, word] of words.entries()) insert.run(i + 1, word);
    })();
    const rows = db.prepare('select doc, term from v').all() as { doc: number; term: string }[];
    const stemOf = new Map(rows.map((row) => [row.doc - 1, row.term]));
    const seen = new Set<string>();
    return words.filter((_, i) => {
      const stem = stemOf.get(i);
      if (stem === undefined || seen.has(stem)) return false;
      seen.add(stem);
      return true;
    });
  } finally {
    db.close();
  }
}

function unique(words: string[]): string[] {
  return [...new Set(words)];
}
