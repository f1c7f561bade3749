import { describe, expect, test } from "vitest";
import { multiLineText, singleLineText, webAddress } from "./text";
import * as z from "./zod";

/** Given a schema, when a person types `value`, then the text stored, or the messages of the rules it breaks. */
const typing = (schema: z.ZodMiniType<string>, value: string) => {
  const result = z.safeParse(schema, value);
  return result.success
    ? { stored: result.data }
    : { rejected: result.error.issues.map((issue) => issue.message) };
};

describe("text a person types", () => {
  test("is stored in NFC, so one name typed on two keyboards is one name", () => {
    // "é" typed as e + combining acute accent
    expect(typing(singleLineText(), "Cafe\u0301 club")).toEqual({ stored: "Caf\u00e9 club" });
    expect(typing(multiLineText(), "Cafe\u0301\nclub")).toEqual({ stored: "Caf\u00e9\nclub" });
  });

  test("with a lone surrogate is refused, whether high or low, and a surrogate pair is kept", () => {
    for (const value of ["Poison \ud800 club", "\udc00", "end\ud83d"])
      expect(typing(singleLineText(), value)).toEqual({
        rejected: ["must be well-formed Unicode (it holds a lone surrogate)"],
      });
    expect(typing(multiLineText(), "ok \ud83d\ude00")).toEqual({ stored: "ok \ud83d\ude00" });
  });

  test("in one line holds no control character, not even a line break or a tab", () => {
    for (const value of ["a\u0000b", "a\nb", "a\tb", "a\rb", "a\u001bb", "a\u007fb", "a\u0085b", "a\u009fb"])
      expect(typing(singleLineText(), value)).toEqual({
        rejected: ["must be one line, without control characters"],
      });
  });

  test("of several lines keeps line breaks and tabs, and holds no other control character", () => {
    expect(typing(multiLineText(), "first\n\tsecond")).toEqual({ stored: "first\n\tsecond" });
    for (const value of ["a\u0000b", "a\u001bb", "a\u0085b"])
      expect(typing(multiLineText(), value)).toEqual({
        rejected: ["must not hold control characters other than line breaks and tabs"],
      });
  });

  test("of several lines stores every line ending as a line break", () => {
    expect(typing(multiLineText(), "one\r\ntwo\rthree\nfour")).toEqual({ stored: "one\ntwo\nthree\nfour" });
    expect(typing(multiLineText({ trimmed: true }), "\r\n one\r\n\r\n")).toEqual({ stored: "one" });
  });

  test("holds no line or paragraph separator, in one line or several", () => {
    for (const schema of [singleLineText(), multiLineText()])
      for (const value of ["a\u2028b", "a\u2029b"])
        expect(typing(schema, value)).toEqual({ rejected: ["must not hold line or paragraph separators"] });
  });

  test("holds no bidirectional embedding, override or isolate, in one line or several", () => {
    const controls = [
      "\u202a",
      "\u202b",
      "\u202c",
      "\u202d",
      "\u202e",
      "\u2066",
      "\u2067",
      "\u2068",
      "\u2069",
    ];
    for (const schema of [singleLineText(), multiLineText()])
      for (const control of controls)
        expect(typing(schema, `invoice${control}fdp.exe`)).toEqual({
          rejected: ["must not hold bidirectional overrides or isolates"],
        });
  });

  test("holds no invisible formatting character, but keeps the joiners emoji and scripts need", () => {
    for (const schema of [singleLineText(), multiLineText()])
      for (const invisible of ["\u200b", "\u2060", "\ufeff", "\u2062", "\u206a", "\ufff9", "\u{e0001}"])
        expect(typing(schema, `adm${invisible}in`)).toEqual({
          rejected: ["must not hold invisible formatting characters"],
        });
    const family = "\u{1f469}\u200d\u{1f469}\u200d\u{1f467}";
    expect(typing(singleLineText(), `Family ${family}`)).toEqual({ stored: `Family ${family}` });
    expect(typing(singleLineText(), "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645")).toEqual({
      stored: "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",
    });
  });

  test("in one line holds no directional mark or blank filler, which text of several lines may hold", () => {
    for (const value of ["a\u200eb", "a\u200fb", "a\u061cb", "\u3164", "a\uffa0b", "\u115f"])
      expect(typing(singleLineText(), value)).toEqual({
        rejected: ["must not hold directional marks or blank fillers"],
      });
    expect(typing(multiLineText(), "\u05e9\u05dc\u05d5\u05dd\u200f!")).toEqual({
      stored: "\u05e9\u05dc\u05d5\u05dd\u200f!",
    });
  });

  test("that is trimmed loses the white space around it before it is checked, and keeps the rest", () => {
    expect(typing(singleLineText({ trimmed: true }), "\t Ann\u0301 \n")).toEqual({
      stored: "Ann\u0301".normalize(),
    });
    expect(typing(singleLineText(), " Ann ")).toEqual({ stored: " Ann " });
  });

  test("breaking several rules is told every rule it breaks", () => {
    expect(typing(singleLineText(), "\u0000\u202e\u200b")).toEqual({
      rejected: [
        "must be one line, without control characters",
        "must not hold bidirectional overrides or isolates",
        "must not hold invisible formatting characters",
      ],
    });
  });
});

describe("a link a person gives", () => {
  const shown = webAddress({ protocols: ["http", "https"] });
  const secure = webAddress({ protocols: ["https"] });

  test("is kept as given (in NFC) when browsers parse it as http or https", () => {
    expect(typing(shown, "https://ann.example/talks?year=2026#latest")).toEqual({
      stored: "https://ann.example/talks?year=2026#latest",
    });
    expect(typing(shown, "http://b\u00fccher.example/")).toEqual({ stored: "http://b\u00fccher.example/" });
  });

  test("of another scheme is refused where links are shown", () => {
    for (const value of [
      "javascript:alert(1)",
      "data:text/html,hi",
      "ftp://ann.example/",
      "mailto:ann@example.com",
    ])
      expect(typing(shown, value)).toEqual({ rejected: ["must be an http or https URL"] });
    expect(typing(secure, "http://ann.example/")).toEqual({ rejected: ["must be an https URL"] });
  });

  test("that is no URL at all is refused", () => {
    for (const value of [
      "ann.example",
      "https://",
      "",
      "https:ann",
      "https:///ann.example",
      "https://\\ann.example",
    ])
      expect(typing(shown, value)).toEqual({ rejected: ["must be an http or https URL"] });
  });

  test("holds no control character, even where the URL parser would drop or encode it", () => {
    for (const value of [
      "https://ann.example/\u0000",
      "\u0001https://ann.example/",
      "https://ann.example/\u007f",
    ])
      expect(typing(shown, value)).toEqual({ rejected: ["must not hold control characters"] });
  });

  test("names no user or password: the host it shows is the host it opens", () => {
    for (const value of [
      "https://user:pass@ann.example/",
      "https://ann.example@evil.example/",
      "https://:secret@ann.example/",
    ])
      expect(typing(shown, value)).toEqual({ rejected: ["must not hold a user name or password"] });
    expect(typing(shown, "https://ann.example/@ann")).toEqual({ stored: "https://ann.example/@ann" });
  });

  test("holds no white space, which the URL parser drops from inside a link", () => {
    expect(typing(shown, "https://ann.example/ ")).toEqual({ rejected: ["must not hold white space"] });
    expect(typing(shown, "https://ann.exam\u00a0ple/")).toEqual({ rejected: ["must not hold white space"] });
  });

  test("is text too: no lone surrogate, no bidirectional override, nothing invisible", () => {
    expect(typing(shown, "https://ann.example/\ud800")).toEqual({
      rejected: ["must be well-formed Unicode (it holds a lone surrogate)"],
    });
    expect(typing(shown, "https://\u202eelpmaxe.nna/")).toEqual({
      rejected: ["must not hold bidirectional overrides or isolates"],
    });
    expect(typing(shown, "https://ann\u200b.example/")).toEqual({
      rejected: ["must not hold invisible formatting characters"],
    });
  });

  test("is at most 2,048 characters unless the field says otherwise", () => {
    const long = `https://ann.example/${"a".repeat(2048)}`;
    expect(typing(shown, long)).toEqual({ rejected: [expect.stringContaining("<=2048")] });
  });
});
