// The emails themselves, in the recipient's language: one notice, the daily digest, the invitation.
// Each links to its path in Learn and ends with why it came and how to change that.
import { pathUrl } from './links.ts';
import { noticeWords, type Notice } from './notices.ts';
import { renderEmail, type Email } from './render-email.ts';
import type { Messages } from './templates/messages.ts';

export interface Reader {
  readonly messages: Messages;
  /** The name the greeting uses. */
  readonly name: string;
  readonly learnUrl: string;
  readonly unsubscribeUrl: string;
}

export function noticeEmail(reader: Reader, notice: Notice): Email {
  const { messages, name, learnUrl, unsubscribeUrl } = reader;
  const words = noticeWords(messages, notice);
  return renderEmail({
    messages,
    subject: words.subject,
    greeting: messages.greeting(name),
    paragraphs: words.body,
    action: { text: messages.openPath, url: pathUrl(learnUrl, notice.pathKey) },
    footer: [messages.footer.preferences(learnUrl)],
    unsubscribeUrl,
  });
}

/** One email listing the notices, each by its own subject and linking to its path. */
export function digestEmail(reader: Reader, notices: readonly Notice[]): Email {
  const { messages, name, learnUrl, unsubscribeUrl } = reader;
  const words = messages.digest({ count: notices.length });
  return renderEmail({
    messages,
    subject: words.subject,
    greeting: messages.greeting(name),
    paragraphs: words.body,
    items: notices.map((notice) => ({
      text: noticeWords(messages, notice).subject,
      url: pathUrl(learnUrl, notice.pathKey),
    })),
    footer: [messages.footer.preferences(learnUrl)],
    unsubscribeUrl,
  });
}

export function invitationEmail(
  { messages, learnUrl }: Pick<Reader, 'messages' | 'learnUrl'>,
  invitation: { pathKey: string; pathTitle: string; invitedBy: string | null },
): Email {
  const words = messages.invited(invitation);
  return renderEmail({
    messages,
    subject: words.subject,
    greeting: messages.greeting(null),
    paragraphs: words.body,
    action: { text: messages.openPath, url: pathUrl(learnUrl, invitation.pathKey) },
    footer: [messages.footer.invitation],
  });
}
