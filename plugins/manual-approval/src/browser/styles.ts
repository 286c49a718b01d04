// The few styles the plugin adds to Paragon's classes, in logical properties (right-to-left pages
// mirror them): the apps load no stylesheet of a plugin, so they are set on the elements.
import type { CSSProperties } from 'react';

/** User text: line breaks kept, long words broken. */
export const USER_TEXT: CSSProperties = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' };

export const LIST: CSSProperties = { paddingInlineStart: '1.25rem' };

/** Space before an element following text on its line. */
export const SPACE_BEFORE: CSSProperties = { marginInlineStart: '0.25rem' };
