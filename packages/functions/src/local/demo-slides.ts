/** The width of a line on a slide, in characters of the title's size: wider lines run off the page. */
const lineLength = 34;

/** The title in lines of at most `lineLength` characters, broken between words. */
function linesOf(title: string): string[] {
  const lines: string[] = [];
  for (const word of title.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= lineLength)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * Text as a PDF literal string, in ASCII so that a character is a byte and the offsets of the
 * cross-reference table count right: accents are dropped, typographic dashes and quotes made plain,
 * anything else a "?"; the string's delimiters are escaped.
 */
function pdfString(text: string): string {
  const latin = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[‐-―]/g, "-")
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/ı/g, "i")
    .replace(/[^\x20-\x7e]/g, "?");
  return `(${latin.replace(/[\\()]/g, (character) => `\\${character}`)})`;
}

/**
 * The slides of a demo talk: a one-page PDF (16:9) with the talk's title and, below it, a line or two on
 * who gave it where. Written out by hand (objects, cross-reference table, trailer) so that the demo needs
 * no PDF library; a few hundred bytes that any PDF reader opens.
 */
export function demoSlides({ title, byline }: { title: string; byline: readonly string[] }): Uint8Array {
  const titleLines = linesOf(title);
  const text = [
    "BT",
    "/F1 30 Tf",
    "36 TL",
    `60 ${380 - (titleLines.length - 1) * 18} Td`,
    ...titleLines.flatMap((line, index) => [...(index === 0 ? [] : ["T*"]), `${pdfString(line)} Tj`]),
    "/F1 16 Tf",
    "22 TL",
    "0 -60 Td",
    ...byline.flatMap((line, index) => [...(index === 0 ? [] : ["T*"]), `${pdfString(line)} Tj`]),
    "ET",
  ].join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 960 540] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
  ];
  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(pdf.length);
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const crossReferences = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, "0")} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${crossReferences}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}
