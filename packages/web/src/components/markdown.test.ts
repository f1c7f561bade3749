import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { blocksOf, Markdown, safeHref } from "./markdown";

const html = (source: string) => renderToStaticMarkup(createElement(Markdown, { source }));

describe("the safe Markdown renderer", () => {
  test("splits paragraphs, headings and lists", () => {
    expect(blocksOf("Hello\nthere\n\n# Agenda\n- one\n- two\n\n1. first\n2. second")).toEqual([
      { kind: "paragraph", lines: ["Hello", "there"] },
      { kind: "heading", text: "Agenda" },
      { kind: "list", ordered: false, items: ["one", "two"] },
      { kind: "list", ordered: true, items: ["first", "second"] },
    ]);
  });

  test("renders emphasis, strong, code and http(s) links", () => {
    expect(html("A *quiet* **loud** `x` [site](https://example.org/a)")).toBe(
      '<div class="markdown"><p>A <em>quiet</em> <strong>loud</strong> <code>x</code> <a href="https://example.org/a" rel="noopener noreferrer nofollow">site</a></p></div>',
    );
  });

  test("never lets HTML through: it is shown as text", () => {
    const rendered = html('<img src=x onerror="alert(1)"><script>alert(1)</script>');
    expect(rendered).not.toContain("<img");
    expect(rendered).not.toContain("<script");
    expect(rendered).toContain("&lt;script&gt;");
  });

  test("links only to http and https addresses", () => {
    expect(html("[click](javascript:alert(1))")).not.toContain("href");
    expect(html("[data](data:text/html,hi)")).not.toContain("href");
    expect(safeHref("/relative")).toBeNull();
    expect(safeHref("http://example.org")).toBe("http://example.org/");
  });

  test("links bare addresses, leaving trailing punctuation out", () => {
    expect(html("See https://example.org/x.")).toContain('<a href="https://example.org/x" ');
  });
});
