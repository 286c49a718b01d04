// The PDF certificate of a credential: one A4 landscape page, with a QR code of its verification page.
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { certificateFonts, type CertificateFont } from './fonts.ts';
import { fitFontSize, wrappedHeight, type TextBox } from './fit-text.ts';
import { credentialWordings } from './wordings.ts';

export interface CertificateInput {
  readonly learnerName: string;
  readonly tierTitle: string;
  readonly pathTitle: string;
  readonly issuerName: string;
  /** The issuer's logo, PNG or JPEG bytes; anything else is left out. */
  readonly issuerLogo?: Uint8Array;
  readonly issuedAt: Date;
  /** The credential's verification page, printed and encoded in the QR code. */
  readonly verificationUrl: string;
  readonly credentialId: string;
  /** BCP 47 tag for the fixed words and the date; 'en-GB' when absent. */
  readonly language?: string;
}

type Document = InstanceType<typeof PDFDocument>;

const colours = { ink: '#1b2a41', accent: '#a8844a', muted: '#5b6675' } as const;
const page = { width: 841.89, height: 595.28 };
const content = { left: 76, right: page.width - 76, width: page.width - 152 };
const footerTop = 436;
const qrSize = 80;

/** A piece of text with its font, colour and box (fixed words get a box of one size only). */
interface TextBlock {
  readonly text: string;
  readonly font: CertificateFont;
  readonly colour: string;
  readonly box: TextBox;
  /** Space below the block, before the next. */
  readonly after: number;
}

/** The certificate as PDF bytes. */
export async function certificatePdf(input: CertificateInput): Promise<Buffer> {
  const language = knownLanguage(input.language ?? 'en-GB');
  const words = credentialWordings(language);
  const issuedOn = formatDate(input.issuedAt, language);
  const qrCode = await QRCode.toBuffer(input.verificationUrl, {
    type: 'png',
    errorCorrectionLevel: 'M',
    margin: 0,
    scale: 8,
    // Grey without alpha (pngjs's option, which qrcode passes on but does not type): pdfkit embeds it as
    // it is, with no transparency mask to split out.
    rendererOpts: { colorType: 0 } as QRCode.QRCodeToBufferOptions['rendererOpts'],
  });

  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    lang: language,
    displayTitle: true,
    info: {
      Title: `${words.certificate}: ${input.tierTitle} – ${input.learnerName}`,
      Author: input.issuerName,
      Subject: `${input.learnerName} ${words.hasAchieved} ${input.tierTitle} ${words.ofThePath} ${input.pathTitle}`,
      CreationDate: input.issuedAt,
    },
  });
  for (const [name, bytes] of certificateFonts()) doc.registerFont(name, bytes);
  const finished = collect(doc);

  drawFrame(doc);
  const headerBottom = drawHeader(doc, input, words.certificate);
  drawBody(doc, headerBottom, [
    fixedWords(words.presentedTo),
    fitted(input.learnerName, 'serif', colours.ink, { largest: 34, smallest: 14, wrapAt: 22, maxHeight: 60 }),
    fixedWords(words.hasAchieved),
    fitted(input.tierTitle, 'serifCondensed', colours.ink, {
      largest: 24,
      smallest: 11,
      wrapAt: 16,
      maxHeight: 50,
    }),
    fixedWords(words.ofThePath),
    fitted(input.pathTitle, 'serifItalic', colours.ink, {
      largest: 18,
      smallest: 10,
      wrapAt: 14,
      maxHeight: 44,
    }),
  ]);
  drawSignatureLine(doc, content.left, issuedOn, words.dateOfIssue);
  drawSignatureLine(doc, content.left + 236, input.issuerName, words.issuedBy);
  drawVerification(doc, qrCode, input.verificationUrl, [
    `${words.verifyAt} ${input.verificationUrl}`,
    `${words.credentialId}: ${input.credentialId}`,
  ]);

  doc.end();
  return finished;
}

/** The tag in its canonical form, or 'en-GB' for a malformed one, which Intl would refuse. */
function knownLanguage(language: string): string {
  try {
    return Intl.getCanonicalLocales(language)[0] ?? 'en-GB';
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return 'en-GB';
  }
}

function formatDate(date: Date, language: string): string {
  // UTC, so that the date printed does not depend on the server's time zone.
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

function collect(doc: Document): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

function drawFrame(doc: Document): void {
  doc
    .lineWidth(1.2)
    .strokeColor(colours.ink)
    .rect(22, 22, page.width - 44, page.height - 44)
    .stroke();
  doc
    .lineWidth(0.6)
    .strokeColor(colours.accent)
    .rect(28, 28, page.width - 56, page.height - 56)
    .stroke();
}

/** The logo, the issuer's name, the heading and a rule under it; answers where the body may start. */
function drawHeader(doc: Document, input: CertificateInput, heading: string): number {
  let y = 56;
  if (input.issuerLogo && isPngOrJpeg(input.issuerLogo)) {
    const logoBox = { width: 200, height: 46 };
    doc.image(Buffer.from(input.issuerLogo), (page.width - logoBox.width) / 2, y, {
      fit: [logoBox.width, logoBox.height],
      align: 'center',
      valign: 'center',
    });
    y += logoBox.height + 10;
  }
  y = drawBlock(doc, y, {
    text: input.issuerName,
    font: 'sans',
    colour: colours.muted,
    box: { width: 560, largest: 13, smallest: 8, wrapAt: 10, maxHeight: 30, characterSpacing: 0.6 },
    after: 10,
  });
  y = drawBlock(doc, y, {
    text: heading,
    font: 'serif',
    colour: colours.ink,
    box: { width: content.width, largest: 40, smallest: 40, wrapAt: 40, maxHeight: 48, characterSpacing: 2 },
    after: 6,
  });
  const ruleWidth = 72;
  doc
    .lineWidth(1)
    .strokeColor(colours.accent)
    .moveTo((page.width - ruleWidth) / 2, y)
    .lineTo((page.width + ruleWidth) / 2, y)
    .stroke();
  return y + 10;
}

function isPngOrJpeg(bytes: Uint8Array): boolean {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  const jpeg = [0xff, 0xd8, 0xff];
  const startsWith = (signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
  return startsWith(png) || startsWith(jpeg);
}

function fixedWords(text: string): TextBlock {
  const box = { width: content.width, largest: 11, smallest: 11, wrapAt: 11, maxHeight: 14 };
  return { text, font: 'sans', colour: colours.muted, box, after: 6 };
}

function fitted(
  text: string,
  font: CertificateFont,
  colour: string,
  sizes: Pick<TextBox, 'largest' | 'smallest' | 'wrapAt' | 'maxHeight'>,
): TextBlock {
  return { text, font, colour, box: { width: content.width, lineGap: 1, ...sizes }, after: 10 };
}

/** The blocks one under the other, centred in the space between the header and the footer. */
function drawBody(doc: Document, top: number, blocks: readonly TextBlock[]): void {
  const room = footerTop - 12 - top;
  let sized = measureBlocks(doc, blocks, 1);
  // A tall header (a logo, a long issuer name) leaves less room: the wrapped texts then shrink together.
  for (let scale = 0.9; totalHeight(sized) > room && scale > 0.4; scale -= 0.1) {
    sized = measureBlocks(doc, blocks, scale);
  }
  let y = top + Math.max(0, (room - totalHeight(sized)) / 2);
  for (const { block, size } of sized) y = drawSized(doc, y, block, size);
}

interface SizedBlock {
  readonly block: TextBlock;
  readonly size: number;
  readonly height: number;
}

function measureBlocks(doc: Document, blocks: readonly TextBlock[], scale: number): SizedBlock[] {
  return blocks.map((block) => {
    const box = { ...block.box, maxHeight: block.box.maxHeight * scale };
    doc.font(block.font);
    const size = fitFontSize(doc, block.text, box);
    doc.fontSize(size);
    return { block, size, height: wrappedHeight(doc, block.text, box) };
  });
}

function totalHeight(sized: readonly SizedBlock[]): number {
  return sized.reduce((sum, { block, height }) => sum + height + block.after, 0);
}

/** Draws a block at the size its box allows; answers the y below it. */
function drawBlock(doc: Document, y: number, block: TextBlock): number {
  doc.font(block.font);
  return drawSized(doc, y, block, fitFontSize(doc, block.text, block.box));
}

function drawSized(doc: Document, y: number, block: TextBlock, size: number): number {
  doc
    .font(block.font)
    .fontSize(size)
    .fillColor(block.colour)
    .text(block.text, content.left + (content.width - block.box.width) / 2, y, {
      width: block.box.width,
      align: 'center',
      lineGap: block.box.lineGap ?? 0,
      characterSpacing: block.box.characterSpacing ?? 0,
    });
  return doc.y + block.after;
}

/** A value above a short line with its label below, as a signature would stand on a paper certificate. */
function drawSignatureLine(doc: Document, left: number, value: string, label: string): void {
  const width = 210;
  const lineY = 500;
  const box = { width, largest: 13, smallest: 8, wrapAt: 10, maxHeight: 40, lineGap: 1 };
  doc.font('serif');
  const size = fitFontSize(doc, value, box);
  doc.fontSize(size);
  const valueTop = lineY - 6 - wrappedHeight(doc, value, box);
  doc.fillColor(colours.ink).text(value, left, valueTop, { width, align: 'center', lineGap: 1 });
  doc
    .lineWidth(0.6)
    .strokeColor(colours.muted)
    .moveTo(left, lineY)
    .lineTo(left + width, lineY)
    .stroke();
  doc
    .font('sans')
    .fontSize(8)
    .fillColor(colours.muted)
    .text(label, left, lineY + 5, { width, align: 'center' });
}

/** The QR code at the bottom right, with the address it encodes and the credential's id under it. */
function drawVerification(doc: Document, qrCode: Buffer, url: string, lines: readonly string[]): void {
  const width = 330;
  const left = content.right - width;
  const qrLeft = content.right - qrSize;
  doc
    .image(qrCode, qrLeft, footerTop, { width: qrSize, height: qrSize })
    .link(qrLeft, footerTop, qrSize, qrSize, url);
  let y = footerTop + qrSize + 5;
  for (const text of lines) {
    const box = { width, largest: 7, smallest: 5, wrapAt: 5.5, maxHeight: 16 };
    doc.font('sans');
    doc.fontSize(fitFontSize(doc, text, box));
    doc.fillColor(colours.muted).text(text, left, y, { width, align: 'right' });
    y = doc.y + 2;
  }
}
