// Chooses a font size at which a text fits its box: shrunk first, then wrapped, never cut.

/** The measuring part of a pdfkit document, with the font to measure in already chosen. */
export interface TextMeasurer {
  fontSize(size: number): unknown;
  widthOfString(text: string, options?: { characterSpacing?: number }): number;
  heightOfString(
    text: string,
    options?: { width?: number; lineGap?: number; characterSpacing?: number },
  ): number;
}

export interface TextBox {
  readonly width: number;
  /** The height the wrapped text may take; past the smallest size the text is drawn whole all the same. */
  readonly maxHeight: number;
  readonly largest: number;
  readonly smallest: number;
  /** Above this size the text stays on one line (shrinking); at or below it, it may wrap. */
  readonly wrapAt: number;
  readonly lineGap?: number;
  readonly characterSpacing?: number;
}

const step = 0.5;

/** The largest size, from `largest` down to `smallest`, at which `text` fits `box`; `smallest` if none does. */
export function fitFontSize(measurer: TextMeasurer, text: string, box: TextBox): number {
  const spacing = { characterSpacing: box.characterSpacing ?? 0 };
  for (let size = box.largest; size > box.smallest; size -= step) {
    measurer.fontSize(size);
    if (measurer.widthOfString(text, spacing) <= box.width) return size;
    if (size <= box.wrapAt && wrappedHeight(measurer, text, box) <= box.maxHeight) return size;
  }
  return box.smallest;
}

/** The height of `text` wrapped to the box's width at the measurer's current size. */
export function wrappedHeight(measurer: TextMeasurer, text: string, box: TextBox): number {
  return measurer.heightOfString(text, {
    width: box.width,
    lineGap: box.lineGap ?? 0,
    characterSpacing: box.characterSpacing ?? 0,
  });
}
