// What the apps do to run under their pages' Content-Security-Policy (set by the server's
// security-headers.ts), imported first by each app's entry, before anything renders or parses:
// - zod compiles its parsers with `new Function` when it may, and probes whether it may by trying;
//   eval is forbidden (script-src 'self'), so it is told not to, and the probe never runs;
// - Paragon's dialogs add <style> elements (scroll locking, whose content varies): they carry the
//   nonce the server gave this page in a meta tag, the only inline style the policy allows.
import { setNonce } from 'get-nonce';
import { config } from 'zod';

config({ jitless: true });
const nonce = document.querySelector<HTMLMetaElement>('meta[name="learning-paths-style-nonce"]')?.content;
if (nonce) setNonce(nonce);
