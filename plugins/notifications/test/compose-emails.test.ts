// The emails' text and HTML: titles and names come from authors and users, so the HTML escapes
// them all and the text keeps them as they were typed; each language has every email.
import { describe, expect, it } from 'vitest';
import { digestEmail, invitationEmail, noticeEmail } from '../src/compose-emails.ts';
import { LANGUAGES, messagesIn } from '../src/templates/index.ts';

const HOSTILE = `<img src=x onerror="alert(1)"> & 'friends'`;
const reader = {
  messages: messagesIn('en'),
  name: `<b>Eve</b>`,
  learnUrl: 'https://paths.example.org/learn',
  unsubscribeUrl: 'https://paths.example.org/api/v1/plugins/x/unsubscribe?token=a.b',
};
const notice = {
  kind: 'stepUnlocked',
  pathKey: 'path-v1:O+N+R+G',
  pathTitle: HOSTILE,
  stepTitle: HOSTILE,
} as const;

describe('the emails', () => {
  it('escape every value in HTML and keep it as typed in text', () => {
    const email = noticeEmail(reader, notice);
    expect(email.html).not.toContain('<img');
    expect(email.html).not.toContain('<b>Eve');
    expect(email.html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;friends&#39;');
    expect(email.text).toContain(`Hello <b>Eve</b>,`);
    expect(email.subject).toBe(`New step open: ${HOSTILE} (${HOSTILE})`);
    expect(email.html).toContain('<a href="https://paths.example.org/learn/paths/path-v1%3AO%2BN%2BR%2BG">');
  });

  it('list a digest’s notices, each linking to its path', () => {
    const email = digestEmail(reader, [
      notice,
      { kind: 'pathCompleted', pathKey: 'path-v1:O+M+R+G', pathTitle: 'Maths' },
    ]);
    expect(email.subject).toBe('Your learning paths today: 2 updates');
    expect(email.text).toContain(
      '- Path completed: Maths\n  https://paths.example.org/learn/paths/path-v1%3AO%2BM%2BR%2BG',
    );
    expect(email.html.match(/<li>/g)).toHaveLength(2);
  });

  it('exist in every language, the footer saying how to change them', () => {
    for (const language of LANGUAGES) {
      const messages = messagesIn(language);
      const email = noticeEmail({ ...reader, messages }, notice);
      expect(email.text).toContain(reader.learnUrl);
      expect(email.html).toContain(`<html lang="${messages.tag}">`);
      const invitation = invitationEmail(
        { messages, learnUrl: reader.learnUrl },
        { ...notice, invitedBy: null },
      );
      expect(invitation.text).not.toContain('unsubscribe?token');
    }
  });
});
