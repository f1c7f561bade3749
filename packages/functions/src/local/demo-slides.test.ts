import { describe, expect, test } from "vitest";
import { demoSlides } from "./demo-slides";

const textOf = (bytes: Uint8Array) => new TextDecoder("ascii").decode(bytes);

describe("the demo's slides", () => {
  const slides = demoSlides({
    title: "Cold starts are (mostly) a myth: measurements from a year of traffic",
    byline: ["Arjun Mehta", "Serverless Rotterdam #3 → the recording"],
  });
  const pdf = textOf(slides);

  test("are a small PDF, from its header to its end", () => {
    expect(pdf.startsWith("%PDF-1.4\n")).toBe(true);
    expect(slides.byteLength).toBeGreaterThan(300);
    expect(slides.byteLength).toBeLessThan(2_000);
    expect(pdf.endsWith("%%EOF\n")).toBe(true);
  });

  test("have a cross-reference table whose every offset starts its object, as readers seek them", () => {
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(pdf)?.[1]);
    expect(pdf.slice(startxref).startsWith("xref\n0 6\n")).toBe(true);
    const offsets = [...pdf.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((match) =>
      Number(match[1]),
    );
    expect(offsets).toHaveLength(5);
    expect(offsets.map((offset) => pdf.slice(offset, pdf.indexOf("\n", offset)))).toEqual(
      offsets.map((_, index) => `${index + 1} 0 obj`),
    );
  });

  test("declare the length of the page's content as it is", () => {
    const [, length, content] = /<< \/Length (\d+) >>\nstream\n([\s\S]*?)\nendstream/.exec(pdf) ?? [];
    expect(Number(length)).toBe(content?.length);
  });

  test("show the title broken between words, its parentheses escaped, and the byline in ASCII", () => {
    expect(pdf).toContain("(Cold starts are \\(mostly\\) a myth:) Tj");
    expect(pdf).toContain("(measurements from a year of) Tj");
    expect(pdf).toContain("(traffic) Tj");
    expect(pdf).toContain("(Arjun Mehta) Tj\nT*\n(Serverless Rotterdam #3 ? the recording) Tj");
    expect(textOf(demoSlides({ title: "Mehmet Yılmaz – café", byline: [] }))).toContain(
      "(Mehmet Yilmaz - cafe) Tj",
    );
  });
});
