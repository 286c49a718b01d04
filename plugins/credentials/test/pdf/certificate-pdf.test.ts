// The PDF certificate read back as people and machines read it: poppler's text, page info and picture.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { certificatePdf, type CertificateInput } from '../../src/pdf/certificate-pdf.ts';
import { credentialWordings } from '../../src/pdf/wordings.ts';

// jsqr is CommonJS whose function is also its `default` export, where TypeScript (NodeNext) looks for it.
const jsQR = jsQRModule.default;
const screenshots = fileURLToPath(new URL('../../../../test-artifacts/screenshots/', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'certificate-pdf-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const certificate: CertificateInput = {
  learnerName: 'Amara Okafor',
  tierTitle: 'Data Analyst — Tier 2',
  pathTitle: 'Applied Data Analysis',
  issuerName: 'Northbridge Institute of Technology',
  issuerLogo: squareLogo(),
  issuedAt: new Date('2025-03-05T10:00:00Z'),
  verificationUrl: 'http://127.0.0.1:3000/credentials/0f6f5c1e-8d2b-4c7a-9e3f-5b1d2a7c9e40',
  credentialId: '0f6f5c1e-8d2b-4c7a-9e3f-5b1d2a7c9e40',
};

/** A small navy square with a gold stripe, as an issuer's PNG logo. */
function squareLogo(): Buffer {
  const size = 64;
  const png = new PNG({ width: size, height: size });
  for (let index = 0; index < size * size; index++) {
    const stripe = Math.floor(index / size) % 16 < 4;
    png.data.set(stripe ? [168, 132, 74, 255] : [27, 42, 65, 255], index * 4);
  }
  return PNG.sync.write(png);
}

/** Writes the certificate to a file and answers its path. */
async function writePdf(name: string, input: CertificateInput): Promise<string> {
  const file = join(work, `${name}.pdf`);
  writeFileSync(file, await certificatePdf(input));
  return file;
}

/**
 * The PDF's text in drawing order, with the line breaks of wrapping undone: one after a hyphen joins
 * (pdftotext's default layout would drop that hyphen), any other becomes a space.
 */
function textOf(file: string): string {
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .replace(/-\n/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

function infoOf(file: string): Map<string, string> {
  const output = execFileSync('pdfinfo', ['-isodates', file], { encoding: 'utf8' });
  return new Map(
    output.split('\n').map((line) => [line.split(':')[0] ?? '', line.slice(line.indexOf(':') + 1).trim()]),
  );
}

function expectOneLandscapePage(file: string): void {
  const info = infoOf(file);
  expect(info.get('Pages')).toBe('1');
  const [width, height] = (info.get('Page size') ?? '').split(/\s+x\s+|\s+pts/).map(Number);
  expect(width).toBeGreaterThan(height ?? Infinity);
}

/** Renders the first page to a PNG file and answers its path. */
function render(file: string, resolution: number, target: string): string {
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    String(resolution),
    '-singlefile',
    file,
    target.replace(/\.png$/, ''),
  ]);
  return target;
}

describe('certificatePdf', () => {
  it('prints the learner, tier, path, date, issuer, address and id on one landscape page with metadata', async () => {
    const file = await writePdf('english', certificate);
    const text = textOf(file);
    for (const expected of [
      'Certificate',
      'Amara Okafor',
      'has achieved',
      'Data Analyst — Tier 2',
      'of the learning path',
      'Applied Data Analysis',
      '5 March 2025',
      'Northbridge Institute of Technology',
      certificate.verificationUrl,
      certificate.credentialId,
    ]) {
      expect(text).toContain(expected);
    }
    expectOneLandscapePage(file);
    const info = infoOf(file);
    expect(info.get('Title')).toBe('Certificate: Data Analyst — Tier 2 – Amara Okafor');
    expect(info.get('Author')).toBe('Northbridge Institute of Technology');
    expect(info.get('Subject')).toContain('Amara Okafor has achieved Data Analyst — Tier 2');
    expect(new Date(info.get('CreationDate') ?? '')).toEqual(certificate.issuedAt);
    mkdirSync(screenshots, { recursive: true });
    const picture = PNG.sync.read(
      readFileSync(render(file, 50, join(screenshots, 'credential-certificate.png'))),
    );
    expect(picture.width).toBeGreaterThan(picture.height);
  });

  it('writes the fixed words and the date in French', async () => {
    const text = textOf(await writePdf('french', { ...certificate, language: 'fr-FR' }));
    for (const expected of [
      'Certificat',
      'a obtenu',
      'du parcours d’apprentissage',
      '5 mars 2025',
      'Délivré par',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('keeps a 200-character name and 300-character titles whole on one page', async () => {
    const learnerName = words('Maximiliane-Josephine Wolkenstein-Trostburg', 200);
    const tierTitle = words('Advanced Practitioner in Sustainable Urban Infrastructure', 300);
    const pathTitle = words('Interdisciplinary Foundations of Climate-Resilient Planning', 300);
    const file = await writePdf('long', { ...certificate, learnerName, tierTitle, pathTitle });
    const text = textOf(file);
    expect(text).toContain(learnerName);
    expect(text).toContain(tierTitle);
    expect(text).toContain(pathTitle);
    expectOneLandscapePage(file);
    render(file, 50, join(screenshots, 'credential-certificate-long.png'));
  });

  it('extracts accented, Greek and Cyrillic names as they were written', async () => {
    for (const learnerName of [
      'Zoë Ångström-Łukasiewicz',
      'Şerban Nguyễn Đức',
      'Ελένη Παπαδοπούλου',
      'Дмитрий Шостакович',
    ]) {
      expect(textOf(await writePdf('accented', { ...certificate, learnerName }))).toContain(learnerName);
    }
  });

  it('encodes the verification address in a QR code that decodes', async () => {
    const picture = render(await writePdf('qr', certificate), 150, join(work, 'qr.png'));
    const { data, width, height } = PNG.sync.read(readFileSync(picture));
    expect(jsQR(new Uint8ClampedArray(data), width, height)?.data).toBe(certificate.verificationUrl);
  });

  it('leaves out a logo that is neither PNG nor JPEG and falls back to en-GB for a malformed language', async () => {
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1');
    const text = textOf(await writePdf('odd', { ...certificate, issuerLogo: gif, language: 'not a tag!' }));
    expect(text).toContain('5 March 2025');
    expect(text).toContain('Amara Okafor');
  });

  it('makes one certificate in well under a second (median of 10)', async () => {
    const times: number[] = [];
    for (let run = 0; run < 10; run++) {
      const start = performance.now();
      await certificatePdf(certificate);
      times.push(performance.now() - start);
    }
    const median = times.sort((a, b) => a - b)[5] ?? Infinity;
    console.info(`certificatePdf: median ${median.toFixed(1)} ms over 10 runs`);
    expect(median).toBeLessThan(500);
  });
});

describe('credentialWordings', () => {
  it('answers French for any French tag and English otherwise', () => {
    expect(credentialWordings('fr').hasAchieved).toBe('a obtenu');
    expect(credentialWordings('fr-CA').certificate).toBe('Certificat');
    expect(credentialWordings('en-GB').hasAchieved).toBe('has achieved');
    expect(credentialWordings('de').certificate).toBe('Certificate');
  });
});

/** `phrase` repeated to exactly `length` characters, ending on a letter so that no white space is lost. */
function words(phrase: string, length: number): string {
  return `${phrase} `.repeat(Math.ceil(length / phrase.length)).slice(0, length - 1) + 'Z';
}
