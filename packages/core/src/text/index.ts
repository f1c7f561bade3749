export { htmlOfDescription, renderMarkdown } from "./markdown";
