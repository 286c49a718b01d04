// What a username, an email address, a role's scope and an LMS user id may look like, shared by
// account creation, enrollment and sign-in through the LMS.

/** Open edX usernames, plus `@` and `+` that some identity providers put in them. */
export const USERNAME = /^[A-Za-z0-9_.@+-]{2,150}$/;
/**
 * Usernames an LMS JWT may carry: Open edX's rule (Django's UnicodeUsernameValidator, `^[\w.@+-]+\Z`
 * where `\w` is a Unicode letter, digit or `_`), 2 to 150 code points. Control, format (zero-width,
 * bidi), space and combining characters are none of those, so they are refused.
 */
export const LMS_USERNAME = /^[\p{L}\p{N}_.@+-]{2,150}$/u;
export const EMAIL = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>"]+$/;
/** Where a role applies: everywhere, an organisation, or a path. */
export const SCOPE = /^(\*|org:.+|path:.+)$/;
/** The longest display name kept: Open edX's own limit for a user's full name. */
export const DISPLAY_NAME_LENGTH = 255;
/** An LMS's id for a user: Open edX's are integers. */
export const LMS_USER_ID = /^[A-Za-z0-9_.-]{1,64}$/;

export function isEmail(text: string): boolean {
  return text.length <= 254 && EMAIL.test(text);
}
