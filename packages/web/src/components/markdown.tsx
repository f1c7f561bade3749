/**
 * A description as the API renders it: Markdown turned into HTML once, when it is projected, by core's one
 * safe renderer (raw HTML shown as text, links only to http(s) and mailto addresses), so that no Markdown
 * parser ships to the browser.
 */
export function Markdown({ html }: { html: string }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: the API's renderer is the sanitiser; see above
  return <div className="markdown" dangerouslySetInnerHTML={{ __html: html }} />;
}
