import { multiLineText } from "../validation/text";
import * as z from "../validation/zod";

/**
 * Quotes and lists opened at the start of one line (`> - > 1. …`). The renderer's time grows with the
 * square of their depth: 3,300 on one line of a 10,000-character description hold the process for well over
 * a second at every projection of it; at 16 the worst such description takes about half a second, a plain
 * one of that length a twentieth. Nobody writes more than a few.
 */
const containerMarkersAtLineStart = /^(?:[ \t]{0,3}(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)))+/gm;
const containerMarker = />|[-+*]|\d{1,9}[.)]/g;

export const maximumMarkdownNesting = 16;

/** The deepest nesting of quotes and lists opened on one line of `source`. */
export function deepestLineNesting(source: string): number {
  let deepest = 0;
  for (const [prefix] of source.matchAll(containerMarkersAtLineStart))
    deepest = Math.max(deepest, prefix.match(containerMarker)?.length ?? 0);
  return deepest;
}

/** Markdown people write for others to read (a description): several lines, nested within reason. */
export const markdownSource = () =>
  multiLineText().check(
    z.refine(
      (source: string) => deepestLineNesting(source) <= maximumMarkdownNesting,
      `must not nest quotes and lists more than ${maximumMarkdownNesting} deep on one line`,
    ),
  );
