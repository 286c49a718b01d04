// What a username and an email address may look like, shared by account creation and enrollment.

/** Open edX usernames, plus `@` and `+` that some identity providers put in them. */
export const USERNAME = /^[A-Za-z0-9_.@+-]{2,150}$/;
export const EMAIL = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>"]+$/;

export function isEmail(text: string): boolean {
  return text.length <= 254 && EMAIL.test(text);
}
