// What a learner is told about, resolved from an event (titles looked up once, when it happens):
// sent at once as its own email, or kept for the digest as JSON.
import type { Messages, EmailWords } from './templates/messages.ts';

export type Notice =
  | { readonly kind: 'enrolled'; readonly pathKey: string; readonly pathTitle: string }
  | {
      readonly kind: 'stepUnlocked';
      readonly pathKey: string;
      readonly pathTitle: string;
      readonly stepTitle: string;
    }
  | {
      readonly kind: 'tierAchieved';
      readonly pathKey: string;
      readonly pathTitle: string;
      readonly tierTitle: string;
    }
  | { readonly kind: 'pathCompleted'; readonly pathKey: string; readonly pathTitle: string };

export type NoticeKind = Notice['kind'];

/** The notice's subject and body in the learner's language. */
export function noticeWords(messages: Messages, notice: Notice): EmailWords {
  switch (notice.kind) {
    case 'enrolled':
      return messages.enrolled(notice);
    case 'stepUnlocked':
      return messages.stepUnlocked(notice);
    case 'tierAchieved':
      return messages.tierAchieved(notice);
    case 'pathCompleted':
      return messages.pathCompleted(notice);
  }
}
