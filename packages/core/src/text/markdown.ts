import { micromark } from "micromark";
import { gfmAutolinkLiteral, gfmAutolinkLiteralHtml } from "micromark-extension-gfm-autolink-literal";

/**
 * What people write is shown as text: raw HTML is not a construct at all (so it is escaped like any other
 * text), and images are not either, so a description cannot make a reader's browser fetch anything.
 */
const plainText = { disable: { null: ["htmlFlow", "htmlText", "labelStartImage"] } };

/**
 * micromark escapes every character of the source it writes out, so each `<a` and `<h` in its output is a
 * tag it wrote itself, in one known shape, and links never nest: the passes below may read its output as
 * text. micromark also lets irc, xmpp and relative addresses through; a description links only to the web
 * and to mail.
 */
const link = /<a href="([^"]*)"((?: title="[^"]*")?)>([\s\S]*?)<\/a>/g;
const web = /^https?:/i;
const mail = /^mailto:/i;
const heading = /<(\/?)h([1-6])>/g;

/** Descriptions sit below the page's own title and section headings, so their `#` is the third level. */
const firstHeadingLevel = 3;

function linkOrText(whole: string, href: string, title: string, label: string): string {
  if (web.test(href)) return `<a href="${href}"${title} rel="noopener nofollow ugc">${label}</a>`;
  if (mail.test(href)) return whole;
  return label;
}

/**
 * The one safe Markdown renderer (CommonMark, plus bare web and mail addresses as links) for what members
 * write: community and meetup descriptions, and whatever text comes after them. The HTML it returns may be
 * put in a page as it is.
 */
export function renderMarkdown(source: string): string {
  return micromark(source, {
    extensions: [gfmAutolinkLiteral(), plainText],
    htmlExtensions: [gfmAutolinkLiteralHtml()],
  })
    .replace(link, linkOrText)
    .replace(heading, (_tag, closing: string, level: string) => {
      const shifted = Math.min(6, Number(level) + firstHeadingLevel - 1);
      return `<${closing}h${shifted}>`;
    });
}

/**
 * The rendered description of a document or summary: the one its projection stored, or, where it has none
 * (projected before descriptions were rendered, or folded from a stream to answer a command), rendered now.
 */
export const htmlOfDescription = (described: { description: string; descriptionHtml?: string }): string =>
  described.descriptionHtml ?? renderMarkdown(described.description);
