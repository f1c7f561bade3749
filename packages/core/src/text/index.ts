export { htmlOfDescription, renderMarkdown } from "./markdown";
export { deepestLineNesting, markdownSource, maximumMarkdownNesting } from "./markdown-source";
