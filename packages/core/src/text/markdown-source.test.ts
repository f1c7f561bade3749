import { describe, expect, test } from "vitest";
import { parseFoundInput } from "../community/community-input";
import { InvalidCommunity } from "../community/errors";
import * as z from "../validation/zod";
import { deepestLineNesting, markdownSource, maximumMarkdownNesting } from "./markdown-source";

describe("Markdown people write", () => {
  test("counts the quotes and lists opened at the start of each line, the deepest line's", () => {
    expect(deepestLineNesting("Plain text\n\nmore")).toBe(0);
    expect(deepestLineNesting("> quoted\n- item\n  - nested")).toBe(1);
    expect(deepestLineNesting("> - > 1. deep\n- shallow")).toBe(4);
    // Markers need a space after them, as in Markdown: these are text, not lists.
    expect(deepestLineNesting("-not a list\n1.5 million\n**strong**")).toBe(0);
  });

  test(`nests up to ${maximumMarkdownNesting} deep on one line; deeper is refused with a plain reason`, () => {
    const nested = (depth: number) => `${"> ".repeat(depth)}text`;
    expect(z.safeParse(markdownSource(), nested(maximumMarkdownNesting)).success).toBe(true);
    const refused = z.safeParse(markdownSource(), nested(maximumMarkdownNesting + 1));
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toBe(
      `must not nest quotes and lists more than ${maximumMarkdownNesting} deep on one line`,
    );
  });

  test("a description nested past reason is refused as the community's input, before anything is decided", () => {
    const attempt = () =>
      parseFoundInput({ name: "Rust NL", slug: "rust-nl", description: ">- ".repeat(1600), tags: [] });
    expect(attempt).toThrow(InvalidCommunity);
    try {
      attempt();
    } catch (error) {
      expect((error as InvalidCommunity).issues).toEqual([
        expect.objectContaining({ path: ["description"] }),
      ]);
    }
  });
});
