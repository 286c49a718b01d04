// The words of every email and of the unsubscribe page, one object per language (en.ts, fr.ts).
// Everything here is plain text: render-email.ts escapes it for HTML, titles and names included.

/** One email's words: its subject and the paragraphs of its body, after the greeting. */
export interface EmailWords {
  readonly subject: string;
  readonly body: readonly string[];
}

export interface Messages {
  /** The language's tag, as in `<html lang>`. */
  readonly tag: string;
  /** The first line; without a name (an invitation) a plain hello. */
  greeting(name: string | null): string;
  /** To an address enrolled before it has an account. */
  invited(words: { pathTitle: string; invitedBy: string | null }): EmailWords;
  enrolled(words: { pathTitle: string }): EmailWords;
  stepUnlocked(words: { pathTitle: string; stepTitle: string }): EmailWords;
  tierAchieved(words: { pathTitle: string; tierTitle: string }): EmailWords;
  pathCompleted(words: { pathTitle: string }): EmailWords;
  /** The daily digest's subject and introduction; its items are the other emails' subjects. */
  digest(words: { count: number }): EmailWords;
  /** The label of the link to the path in Learn. */
  readonly openPath: string;
  readonly footer: {
    /** Why this email came, and where to change that. */
    preferences(learnUrl: string): string;
    readonly unsubscribe: string;
    /** The invitation's footer: its reader has no account, hence no preferences. */
    readonly invitation: string;
  };
  readonly unsubscribePage: {
    readonly title: string;
    readonly question: string;
    readonly button: string;
    readonly done: string;
    readonly changeLater: string;
  };
}
