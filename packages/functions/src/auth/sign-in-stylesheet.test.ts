import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { signInStylesheet, signInStylesheetPath } from "./sign-in-stylesheet";

const webStyles = ["tokens.css", "base.css", "layout.css", "components.css"].map((file) =>
  readFileSync(new URL(`../../../web/src/styles/${file}`, import.meta.url), "utf8"),
);

interface Rule {
  /** The at-rule it sits in ("" at the top level), and its selector, with whitespace collapsed. */
  place: string;
  declarations: string[];
}

/** The rules of a stylesheet, keyed by where they sit and their selector; enough CSS for the app's own files. */
function rulesOf(css: string, atRule = ""): Map<string, Rule> {
  const rules = new Map<string, Rule>();
  const source = css.replace(/\/\*[\s\S]*?\*\//g, "");
  let start = 0;
  while (source.indexOf("{", start) >= 0) {
    const open = source.indexOf("{", start);
    let depth = 1;
    let end = open + 1;
    for (; depth > 0; end++) {
      if (source[end] === "{") depth++;
      if (source[end] === "}") depth--;
    }
    const selector = source.slice(start, open).trim().replace(/\s+/g, " ");
    const body = source.slice(open + 1, end - 1);
    if (selector.startsWith("@")) {
      for (const [key, rule] of rulesOf(body, selector)) rules.set(key, rule);
    } else {
      const declarations = body
        .split(";")
        .map((declaration) => declaration.trim().replace(/\s+/g, " "))
        .filter(Boolean);
      rules.set(`${atRule} ${selector}`, { place: `${atRule} ${selector}`.trim(), declarations });
    }
    start = end;
  }
  return rules;
}

describe("the sign-in stylesheet", () => {
  const webRules = new Map(webStyles.flatMap((css) => [...rulesOf(css)]));
  const signInRules = rulesOf(signInStylesheet);

  test("declares the web app's design tokens, every one with the web app's value", () => {
    expect(signInRules.get(" :root")).toEqual(webRules.get(" :root"));
  });

  test("says what the web app says in every rule it shares with it, so the pages look alike", () => {
    const shared = [...signInRules].filter(([key]) => webRules.has(key));
    expect(shared.length).toBeGreaterThan(30);
    for (const [key, rule] of shared) expect(rule, rule.place).toEqual(webRules.get(key));
  });

  test("uses only tokens it declares", () => {
    const declared = new Set(signInStylesheet.match(/--[a-z0-9-]+(?=:)/g));
    const used = new Set(signInStylesheet.match(/(?<=var\()--[a-z0-9-]+/g));
    expect([...used].filter((token) => !declared.has(token))).toEqual([]);
  });

  test("loads nothing from anywhere", () => {
    expect(signInStylesheet).not.toMatch(/@import|url\(/);
  });

  test("is named after its content", () => {
    expect(signInStylesheetPath).toMatch(/^\/sign-in-[0-9a-f]{12}\.css$/);
  });
});
