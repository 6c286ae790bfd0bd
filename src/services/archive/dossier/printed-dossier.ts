/** A move of a report as its reader sees it, with the verdict given in their scope (null for theirs). */
export interface PrintedMove {
  side: string;
  issue: string;
  summary: string;
  verdict: string | null;
  explanation: string | null;
}

/** One cable as a dossier prints it: every field already in words, nothing left to look up. */
export interface PrintedCable {
  number: string;
  classification: string;
  captions: string[];
  precedence: string;
  kind: string;
  author: string;
  to: string[];
  info: string[];
  /** The people the groups addressed left out: printed as "not to". */
  notTo: string[];
  subject: string;
  registeredAt: string;
  issues: string[];
  conference: string | null;
  inReplyTo: string | null;
  /** Null for a READ-OUT cable: shown, never printed (PRODUCT.md §Cable). */
  body: string | null;
  /** `pinnedBy`: the setup entry that set the key, named only when the reader may read it. */
  signature: { verified: boolean; by: string; pinnedBy: string | null };
  hash: string;
  /** The signed registry head that covers the cable, or null when none does yet. */
  head: { signedAt: string; hash: string; publicKey: string } | null;
  moves: PrintedMove[];
}

export interface PrintedDossier {
  title: string;
  printedFor: string;
  printedAt: string;
  cables: PrintedCable[];
}
