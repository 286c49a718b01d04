// The language of the apps' default messages: British English, the language of the engine's English
// text, so that dates and lists formatted here read as the server writes them ("1 May 2026", "A, B
// and C"). The pages declare it (`<html lang="en-GB">`); a translation declares its own.
export const DEFAULT_LOCALE = 'en-GB';
