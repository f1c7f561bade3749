import { describe, expect, test } from "vitest";
import { maximumDocumentBytes } from "../documents/index";
import { htmlOfDescription, renderMarkdown } from "./markdown";

const allowedTags = new Set([
  "p",
  "br",
  "hr",
  "em",
  "strong",
  "code",
  "pre",
  "blockquote",
  "ul",
  "ol",
  "li",
  "h3",
  "h4",
  "h5",
  "h6",
  "a",
]);
const allowedAttributes = new Set(["href", "title", "rel", "start", "class"]);
const tag = /<[^>]*>/g;
const tagParts = /^<\/?([a-z][a-z0-9]*)((?:\s+[a-z]+="[^"<>]*")*)\s*\/?>$/;
const attribute = /\s+([a-z]+)="([^"]*)"/g;

/**
 * What in the HTML could run or load something: any tag or attribute outside the few the renderer writes,
 * a link to anything but the web or mail, a `<` or `>` that is not part of a tag. Empty when it is safe.
 */
function unsafePartsOf(html: string): string[] {
  const found: string[] = [];
  for (const text of html.split(tag)) if (/[<>]/.test(text)) found.push(`bare bracket in ${text}`);
  for (const [whole] of html.matchAll(tag)) {
    const parts = tagParts.exec(whole);
    if (!parts || !allowedTags.has(parts[1] ?? "")) {
      found.push(whole);
      continue;
    }
    for (const [, name = "", value = ""] of (parts[2] ?? "").matchAll(attribute)) {
      if (!allowedAttributes.has(name)) found.push(`${name} in ${whole}`);
      if (name === "href" && !/^(https?|mailto):/i.test(value)) found.push(`href ${value}`);
      if (name === "class" && !value.startsWith("language-")) found.push(`class ${value}`);
    }
  }
  return found;
}

/**
 * From the OWASP XSS filter evasion cheat sheet, written into Markdown as a member would: raw tags, event
 * handlers, script-bearing URLs with entity, percent and whitespace obfuscation, style expressions, unclosed
 * tags, and the Markdown places an address or an attribute can hide in (links, titles, references, images,
 * autolinks).
 */
const filterEvasions = [
  "<script>alert('XSS')</script>",
  "<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>",
  "<script>\nalert(1)\n</script>",
  "<<SCRIPT>alert('XSS');//\\<</SCRIPT>",
  '<SCRIPT/XSS SRC="http://xss.example/xss.js"></SCRIPT>',
  "<IMG SRC=\"javascript:alert('XSS');\">",
  "<IMG SRC=javascript:alert('XSS')>",
  "<IMG SRC=JaVaScRiPt:alert('XSS')>",
  "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
  '<IMG """><SCRIPT>alert("XSS")</SCRIPT>">',
  "<IMG SRC=# onmouseover=\"alert('xxs')\">",
  '<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>',
  '<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">',
  "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
  "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>",
  "<IMG SRC=\"jav\tascript:alert('XSS');\">",
  "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
  "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
  '<svg/onload=alert("XSS")>',
  "<svg><script>alert(1)</script></svg>",
  '<BODY ONLOAD=alert("XSS")>',
  '<iframe src="javascript:alert(1)">',
  "<IFRAME SRC=\"javascript:alert('XSS');\"></IFRAME>",
  "<STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}</STYLE><UL><LI>XSS</br>",
  "<DIV STYLE=\"width: expression(alert('XSS'));\">",
  "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">",
  "<IMG STYLE=\"xss:expr/*XSS*/ession(alert('XSS'))\">",
  '<LINK REL="stylesheet" HREF="javascript:alert(\'XSS\');">',
  '<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert(\'XSS\');">',
  "<TABLE BACKGROUND=\"javascript:alert('XSS')\">",
  '<OBJECT TYPE="text/x-scriptlet" DATA="https://xss.example/scriptlet.html"></OBJECT>',
  '<EMBED SRC="data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv MjAwMC9zdmciIHhtbG5zOnhsaW5rPSJodHRwOi8vd3d3LnczLm9yZy8xOTk5L3hs aW5rIiB2ZXJzaW9uPSIxLjAiIHg9IjAiIHk9IjAiIHdpZHRoPSIxOTQiIGhlaWdodD0iMjAw IiBpZD0ieHNzIj48c2NyaXB0IHR5cGU9InRleHQvZWNtYXNjcmlwdCI+YWxlcnQoIlh TUyIpOzwvc2NyaXB0Pjwvc3ZnPg==" type="image/svg+xml" AllowScriptAccess="always"></EMBED>',
  "<a href=\"javascript:alert('XSS')\">click</a>",
  '<a href="https://example.org" onclick="alert(1)">click</a>',
  "<IMG SRC=\"javascript:alert('XSS')\"",
  "<iframe src=https://xss.example/scriptlet.html <",
  "<b onmouseover=alert(1)>unclosed",
  "[click](javascript:alert('XSS'))",
  "[click](JaVaScRiPt:alert('XSS'))",
  "[click](javascript&#58;alert('XSS'))",
  "[click](&#106;avascript:alert('XSS'))",
  "[click](&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert('XSS'))",
  "[click](jav&#x09;ascript:alert('XSS'))",
  "[click](jav&#x0A;ascript:alert('XSS'))",
  "[click]( javascript:alert('XSS'))",
  "[click](<javascript:alert('XSS')>)",
  "[click](%6A%61%76%61%73%63%72%69%70%74:alert('XSS'))",
  "[click](vbscript:msgbox('XSS'))",
  "[click](VBSCRIPT:msgbox('XSS'))",
  "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K)",
  "[click](DATA:text/html,<script>alert(1)</script>)",
  "[click](livescript:alert(1))",
  "[click](file:///etc/passwd)",
  "[click][evil]\n\n[evil]: javascript:alert('XSS')",
  "[click][evil]\n\n[evil]: <vbscript:msgbox(1)>",
  "![image](javascript:alert('XSS'))",
  '![image](https://example.org/x.png "title" onerror="alert(1)")',
  "![image](https://tracker.example/pixel.gif)",
  '[click](https://example.org "title" onmouseover="alert(1)")',
  '[click](https://example.org "\\" onmouseover=\\"alert(1)")',
  "[click](https://example.org 'x\" onmouseover=\"alert(1)')",
  '[click](https://example.org (x"><script>alert(1)</script>))',
  '[<img src=x onerror="alert(1)">](https://example.org)',
  '[click](https://example.org/"onmouseover="alert(1))',
  "<javascript:alert('XSS')>",
  "<vbscript:msgbox('XSS')>",
  "<data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==>",
  '<https://example.org/"onmouseover="alert(1)>',
  'https://example.org/"onmouseover="alert(1)',
  "www.example.org/<script>alert(1)</script>",
  "`<script>alert(1)</script>`",
  "```html\n<script>alert(1)</script>\n```",
  '```" onmouseover="alert(1)\ncode\n```',
  "    <script>alert(1)</script>",
  "> <script>alert(1)</script>",
  "- <img src=x onerror=alert(1)>",
  "&lt;script&gt;alert(1)&lt;/script&gt;",
  "&#60;script&#62;alert(1)&#60;/script&#62;",
  "\\<script>alert(1)\\</script>",
  "<!-- --><script>alert(1)</script><!-- -->",
  "<![CDATA[<script>alert(1)</script>]]>",
  "<?php echo '<script>alert(1)</script>' ?>",
];

describe("the safe Markdown renderer", () => {
  test("renders emphasis, strong, code, lists and links to the web, marked as written by members", () => {
    expect(renderMarkdown("A *quiet* **loud** `x` [site](https://example.org/a)")).toBe(
      '<p>A <em>quiet</em> <strong>loud</strong> <code>x</code> <a href="https://example.org/a" rel="noopener nofollow ugc">site</a></p>',
    );
    expect(renderMarkdown("Hello\nthere\n\n- one\n- two\n\n1. first\n2. second")).toBe(
      "<p>Hello\nthere</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<ol>\n<li>first</li>\n<li>second</li>\n</ol>",
    );
  });

  test("a single line break goes on with the sentence (CommonMark's soft break): only a blank line, two trailing spaces or a backslash break it", () => {
    expect(renderMarkdown("Doors open at six,\nthe talk starts at seven.")).toBe(
      "<p>Doors open at six,\nthe talk starts at seven.</p>",
    );
    expect(renderMarkdown("Doors open at six,\r\nthe talk starts at seven.")).not.toContain("<br");
    expect(renderMarkdown("Doors at six  \nTalk at seven\\\nPizza after")).toBe(
      "<p>Doors at six<br />\nTalk at seven<br />\nPizza after</p>",
    );
  });

  test("a heading ranks below the page's own headings", () => {
    expect(renderMarkdown("# Agenda\n\n## Doors")).toBe("<h3>Agenda</h3>\n<h4>Doors</h4>");
  });

  test("links bare web and mail addresses, leaving trailing punctuation out", () => {
    expect(renderMarkdown("See https://example.org/x.")).toBe(
      '<p>See <a href="https://example.org/x" rel="noopener nofollow ugc">https://example.org/x</a>.</p>',
    );
    expect(renderMarkdown("Write to ann@example.org")).toBe(
      '<p>Write to <a href="mailto:ann@example.org">ann@example.org</a></p>',
    );
  });

  test("links only to http, https and mailto addresses: anything else keeps its text and loses its link", () => {
    expect(renderMarkdown("[mail](mailto:ann@example.org)")).toBe(
      '<p><a href="mailto:ann@example.org">mail</a></p>',
    );
    for (const address of [
      "javascript:alert(1)",
      "data:text/html,hi",
      "/relative",
      "irc://irc.example.org",
    ]) {
      expect(renderMarkdown(`[click](${address})`)).toBe("<p>click</p>");
    }
  });

  test("never lets HTML through: it is shown as text", () => {
    expect(renderMarkdown('<img src=x onerror="alert(1)"><script>alert(1)</script>')).toBe(
      "<p>&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>",
    );
  });

  test("a description keeps the HTML its projection rendered, and one projected before that is rendered when read", () => {
    expect(htmlOfDescription({ description: "**a**", descriptionHtml: "<p>stored</p>" })).toBe(
      "<p>stored</p>",
    );
    expect(htmlOfDescription({ description: "**a**" })).toBe("<p><strong>a</strong></p>");
  });

  test("the HTML of a description at its longest and most deeply nested still fits in a document beside its source", {
    timeout: 30_000,
  }, () => {
    // Quotes in lists in quotes: the deepest nesting, and the most HTML a character of source makes.
    const deepest = ">- ".repeat(3_333);
    expect(renderMarkdown(deepest).length + deepest.length).toBeLessThan(maximumDocumentBytes / 2);
  });

  test.each(filterEvasions)("no filter evasion survives: %s", (source) => {
    const html = renderMarkdown(source);
    expect(unsafePartsOf(html)).toEqual([]);
    // The whole source in one paragraph, inline, and in a list item, where the inline rules differ.
    expect(unsafePartsOf(renderMarkdown(`Before ${source} after`))).toEqual([]);
    expect(unsafePartsOf(renderMarkdown(`- ${source}`))).toEqual([]);
  });

  test("the check itself sees what a filter evasion would leave", () => {
    expect(unsafePartsOf('<p><img src="x" onerror="alert(1)"></p>')).toEqual([
      '<img src="x" onerror="alert(1)">',
    ]);
    expect(unsafePartsOf('<a href="javascript:alert(1)">x</a>')).toEqual(["href javascript:alert(1)"]);
    expect(unsafePartsOf('<a href="https://example.org" onclick="alert(1)">x</a>')).toEqual([
      'onclick in <a href="https://example.org" onclick="alert(1)">',
    ]);
    expect(unsafePartsOf("<p>a > b</p>")).toEqual(["bare bracket in a > b"]);
    expect(unsafePartsOf("<p>a < b</p>")).toEqual(["< b</p>"]);
  });
});
