import type { ReactNode } from "react";

/**
 * A small, safe Markdown subset for community and meetup descriptions: paragraphs, line breaks, `#`
 * headings (shown as h3), bulleted and numbered lists, **strong**, *emphasis*, `code` and
 * [links](https://…). Everything is built as React elements, so HTML in the source is shown as text and
 * never parsed; links go only to http(s) addresses.
 */
export function Markdown({ source }: { source: string }) {
  return <div className="markdown">{blocksOf(source).map(renderBlock)}</div>;
}

export type Block =
  | { kind: "paragraph"; lines: string[] }
  | { kind: "heading"; text: string }
  | { kind: "list"; ordered: boolean; items: string[] };

/** Splits the source into blocks: blank lines separate paragraphs; list items and headings stand alone. */
export function blocksOf(source: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  const flush = () => {
    if (current) blocks.push(current);
    current = null;
  };
  for (const rawLine of source.replaceAll("\r\n", "\n").split("\n")) {
    const line = rawLine.trim();
    if (line === "") {
      flush();
      continue;
    }
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      blocks.push({ kind: "heading", text: heading[1] ?? "" });
      continue;
    }
    const bullet = /^[-*+]\s+(.*)$/.exec(line);
    const numbered = /^\d{1,9}[.)]\s+(.*)$/.exec(line);
    const item = bullet ?? numbered;
    if (item) {
      const ordered = numbered !== null && bullet === null;
      const list = current as Block | null;
      if (list?.kind === "list" && list.ordered === ordered) {
        list.items.push(item[1] ?? "");
      } else {
        flush();
        current = { kind: "list", ordered, items: [item[1] ?? ""] };
      }
      continue;
    }
    const paragraph = current as Block | null;
    if (paragraph?.kind === "paragraph") {
      paragraph.lines.push(line);
    } else {
      flush();
      current = { kind: "paragraph", lines: [line] };
    }
  }
  flush();
  return blocks;
}

function renderBlock(block: Block, index: number): ReactNode {
  switch (block.kind) {
    case "heading":
      return <h3 key={index}>{inlineOf(block.text)}</h3>;
    case "list": {
      const items = block.items.map((item, row) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: list items have no identity but their place
        <li key={row}>{inlineOf(item)}</li>
      ));
      return block.ordered ? <ol key={index}>{items}</ol> : <ul key={index}>{items}</ul>;
    }
    case "paragraph":
      return (
        <p key={index}>
          {block.lines.flatMap((line, row) =>
            // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity but their place
            row === 0 ? [inlineOf(line)] : [<br key={`break-${row}`} />, inlineOf(line)],
          )}
        </p>
      );
  }
}

const inlinePattern =
  /\[([^\]]+)\]\(([^)\s]+)\)|\*\*([^*]+)\*\*|__([^_]+)__|\*([^*]+)\*|_([^_]+)_|`([^`]+)`|(https?:\/\/[^\s<>()]+[^\s<>().,;:!?'"])/g;

/** Only absolute http(s) addresses become links; anything else (javascript:, data:, relative) stays text. */
export function safeHref(address: string): string | null {
  try {
    const url = new URL(address);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

export function inlineOf(text: string): ReactNode[] {
  const nodes: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(inlinePattern)) {
    const at = match.index ?? 0;
    if (at > last) nodes.push(text.slice(last, at));
    const [whole, label, address, strong, strongAlternative, emphasis, emphasisAlternative, code, bare] =
      match;
    const key = `${at}`;
    if (label !== undefined && address !== undefined) {
      const href = safeHref(address);
      nodes.push(
        href ? (
          <a key={key} href={href} rel="noopener noreferrer nofollow">
            {inlineOf(label)}
          </a>
        ) : (
          whole
        ),
      );
    } else if (strong !== undefined || strongAlternative !== undefined) {
      nodes.push(<strong key={key}>{inlineOf(strong ?? strongAlternative ?? "")}</strong>);
    } else if (emphasis !== undefined || emphasisAlternative !== undefined) {
      nodes.push(<em key={key}>{inlineOf(emphasis ?? emphasisAlternative ?? "")}</em>);
    } else if (code !== undefined) {
      nodes.push(<code key={key}>{code}</code>);
    } else if (bare !== undefined) {
      const href = safeHref(bare);
      nodes.push(
        href ? (
          <a key={key} href={href} rel="noopener noreferrer nofollow">
            {bare}
          </a>
        ) : (
          bare
        ),
      );
    }
    last = at + whole.length;
  }
  if (last < text.length) nodes.push(text.slice(last));
  return nodes;
}
