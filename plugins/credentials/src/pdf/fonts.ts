// The certificate's typefaces: DejaVu (npm `dejavu-fonts-ttf`), read once, because PDF's standard fonts
// stop at WinAnsi while names need Latin Extended (Ł, ő, ș…), Greek and Cyrillic, which DejaVu covers.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const files = {
  serif: 'DejaVuSerif',
  serifCondensed: 'DejaVuSerifCondensed',
  serifItalic: 'DejaVuSerifCondensed-Italic',
  sans: 'DejaVuSans',
} as const;

export type CertificateFont = keyof typeof files;

const require = createRequire(import.meta.url);
let loaded: ReadonlyMap<CertificateFont, Buffer> | undefined;

/** Each font's TrueType bytes, read from disk on first use only: a PDF then costs no file reads. */
export function certificateFonts(): ReadonlyMap<CertificateFont, Buffer> {
  loaded ??= new Map(
    Object.entries(files).map(([font, file]) => [
      font as CertificateFont,
      readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}.ttf`)),
    ]),
  );
  return loaded;
}
