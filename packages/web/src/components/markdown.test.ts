import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { Markdown } from "./markdown";

// What the HTML may hold is core's renderer's to test (packages/core/src/text/markdown.test.ts).
describe("a rendered description", () => {
  test("is shown as the API rendered it, in the Markdown styles", () => {
    const html =
      '<p>A <em>quiet</em> <a href="https://example.org/a" rel="noopener nofollow ugc">site</a></p>';
    expect(renderToStaticMarkup(createElement(Markdown, { html }))).toBe(
      `<div class="markdown">${html}</div>`,
    );
  });
});
