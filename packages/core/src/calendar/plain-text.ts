/**
 * Text that organisers typed travels into calendars and feeds as text, never as markup. XML 1.0 and
 * RFC 5545 both forbid most control characters: one in a title would make the whole feed unreadable.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters to remove
const forbiddenControls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;

/** Normalises line endings to `\n` and drops control characters other than tab and newline. */
export const plainText = (text: string): string =>
  text.replace(/\r\n?/g, "\n").replace(forbiddenControls, "");

const htmlEntities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * For fields a feed declares as HTML (Atom `type="html"`, RSS descriptions, JSON Feed `content_html`):
 * escaped, the text shows as typed, `<script>` included, instead of being read as markup.
 */
export const htmlOfPlainText = (text: string): string =>
  plainText(text)
    .replace(/[&<>"']/g, (character) => htmlEntities[character] ?? character)
    .replace(/\n/g, "<br />\n");
