import * as z from "./zod";

/*
 * The one rule for every text a person types, so that what is stored can be shown, indexed and sorted
 * everywhere (a lone surrogate is no string DynamoDB or a browser can take), and so that a name shows what
 * it is (a right-to-left override turns "moc.knab" into "bank.com" on screen).
 *
 * Text is normalised to NFC and stored in that form, so the same name typed on two keyboards is one name.
 * Everything else this rule objects to is rejected, never silently removed: a person should see what the
 * platform keeps.
 */

/** Control characters (C0, DEL, C1); multi-line text keeps its line breaks and tabs. */
const controlCharacter = /\p{Cc}/u;
const controlCharacterBesideLineBreakOrTab = /[^\P{Cc}\n\t]/u;

/** Line and paragraph separators: a line break that is not "\n" shows differently in every client. */
const unusualLineBreak = /[\u2028\u2029]/u;

/** Embeddings, overrides and isolates: they reorder what follows them on screen. */
const bidirectionalControl = /[\u202A-\u202E\u2066-\u2069]/u;

/**
 * Format characters that show as nothing at all, so two names that look the same differ, or a name looks
 * empty. Zero-width joiners and non-joiners stay allowed: emoji sequences and several scripts need them.
 */
const invisibleCharacter = /[\u200B\u2060-\u2064\u206A-\u206F\uFEFF\uFFF9-\uFFFB\u{E0001}]/u;

/**
 * In one line (a name, a title) also the directional marks and the fillers that show as blanks: a name
 * needs neither, and both help one name pass for another.
 */
const invisibleInOneLine = /[\u061C\u200E\u200F\u115F\u1160\u3164\uFFA0]/u;

/** A surrogate on its own (a pair reads as the one character it encodes); `isWellFormed` is newer than ES2023. */
const loneSurrogate = /\p{Cs}/u;

const wellFormed = () =>
  z.refine<string>((value) => !loneSurrogate.test(value), {
    message: "must be well-formed Unicode (it holds a lone surrogate)",
    // Nothing after this can reason about a string that is not one.
    abort: true,
  });

const without = (pattern: RegExp, message: string) =>
  z.refine<string>((value) => !pattern.test(value), message);

const sharedRules = () => [
  without(unusualLineBreak, "must not hold line or paragraph separators"),
  without(bidirectionalControl, "must not hold bidirectional overrides or isolates"),
  without(invisibleCharacter, "must not hold invisible formatting characters"),
];

interface TextOptions {
  /** Leading and trailing white space is dropped before the text is checked (and stored without it). */
  trimmed?: boolean;
}

/**
 * One line of text a person types: a name, a title, a label. Well-formed, in NFC, with no control
 * characters at all and nothing invisible; add the field's own limits with `.check(...)`.
 */
export const singleLineText = ({ trimmed = false }: TextOptions = {}) =>
  z
    .string()
    .check(
      wellFormed(),
      z.normalize("NFC"),
      ...(trimmed ? [z.trim()] : []),
      without(controlCharacter, "must be one line, without control characters"),
      without(invisibleInOneLine, "must not hold directional marks or blank fillers"),
      ...sharedRules(),
    );

/** Windows and old Mac line endings: a form or a script may send them for what a person typed as "\n". */
const carriageReturnLineBreak = /\r\n?/g;

/**
 * Text of several lines: a description, a bio, a message. As one line, except that line breaks and tabs are
 * allowed; line breaks are stored as "\n", whichever of "\r\n", "\r" or "\n" the client sent.
 */
export const multiLineText = ({ trimmed = false }: TextOptions = {}) =>
  z.string().check(
    wellFormed(),
    z.normalize("NFC"),
    z.overwrite((value: string) => value.replace(carriageReturnLineBreak, "\n")),
    ...(trimmed ? [z.trim()] : []),
    without(
      controlCharacterBesideLineBreakOrTab,
      "must not hold control characters other than line breaks and tabs",
    ),
    ...sharedRules(),
  );

const whiteSpace = /\s/u;

/**
 * A link a person gives, parsed as browsers parse it (WHATWG URL), kept as given. `protocols` are the
 * schemes allowed without the colon: only http(s) where the link is shown, since `javascript:` and `data:`
 * links run in the reader's browser. White space is refused rather than dropped: the URL parser would
 * silently drop a tab or a newline inside the link, so what was stored and what opens would differ.
 */
export const webAddress = ({
  protocols,
  maximumLength = 2048,
}: {
  protocols: readonly ("http" | "https")[];
  maximumLength?: number;
}) => {
  const allowed = protocols.map((protocol) => `${protocol}:`);
  const message = `must be an ${protocols.join(" or ")} URL`;
  return z.string().check(
    wellFormed(),
    z.normalize("NFC"),
    without(controlCharacter, "must not hold control characters"),
    without(whiteSpace, "must not hold white space"),
    ...sharedRules(),
    z.maxLength(maximumLength),
    z.refine(
      (value: string) => {
        const parsed = URL.parse(value);
        // Written out ("https://host/…"): the parser also takes "https:host", which reads as no link, and
        // "https:///host", which opens another host than it shows.
        const authority = value.slice(parsed?.protocol.length ?? 0);
        return (
          parsed !== null &&
          allowed.includes(parsed.protocol) &&
          value.slice(0, parsed.protocol.length + 2).toLowerCase() === `${parsed.protocol}//` &&
          !/^\/\/[/\\]/.test(authority) &&
          parsed.hostname.length > 0
        );
      },
      // Text that breaks a rule above is told that, not also that it is no URL.
      { message, when: (payload) => payload.issues.length === 0 },
    ),
    // "https://bank.example@evil.example/" opens evil.example: a link shows where it goes, with no
    // credentials for a reader's browser to send either.
    z.refine(
      (value: string) => {
        const parsed = URL.parse(value);
        return parsed === null || (parsed.username === "" && parsed.password === "");
      },
      { message: "must not hold a user name or password", when: (payload) => payload.issues.length === 0 },
    ),
  );
};
