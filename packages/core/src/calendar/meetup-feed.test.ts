import { describe, expect, test } from "vitest";
import { localTimeOf } from "../clock/local-time";
import { upcomingMeetupsFeed } from "./meetup-feed";
import { community, meetup, releasedAgenda } from "./test-meetups";

const baseUrl = "https://meetstream.example";

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(raw: string): string {
  if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(raw)) throw new Error(`bare & in ${raw}`);
  if (raw.includes("<")) throw new Error(`bare < in ${raw}`);
  return raw.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (_, entity: string) =>
    entity.startsWith("#x")
      ? String.fromCodePoint(Number.parseInt(entity.slice(2), 16))
      : entity.startsWith("#")
        ? String.fromCodePoint(Number(entity.slice(1)))
        : (entities[entity] ?? ""),
  );
}

/**
 * Just enough of an XML parser to refuse what a feed reader would refuse: unbalanced or crossed tags,
 * unquoted or repeated attributes, bare `&` or `<`, control characters, more than one root.
 */
function parseXml(xml: string): XmlElement {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids them
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(xml)) throw new Error("control character");
  const token =
    /<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)|(<)/g;
  const root: XmlElement = { name: "#document", attributes: {}, children: [], text: "" };
  const open: XmlElement[] = [root];
  for (const match of xml.matchAll(token)) {
    const [whole, cdata, closing, name, attributeText, selfClosing, characters, stray] = match;
    const current = open.at(-1) as XmlElement;
    if (stray) throw new Error(`stray < at ${match.index}`);
    if (whole.startsWith("<?") || whole.startsWith("<!--")) continue;
    if (cdata !== undefined) current.text += cdata;
    else if (characters !== undefined) {
      if (current === root && characters.trim() !== "") throw new Error("text outside the root");
      current.text += decode(characters);
    } else if (closing) {
      if (current.name !== name) throw new Error(`</${name}> closes <${current.name}>`);
      open.pop();
    } else if (name) {
      const attributes: Record<string, string> = {};
      for (const [, key = "", value = ""] of (attributeText ?? "").matchAll(
        /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g,
      )) {
        if (key in attributes) throw new Error(`repeated attribute ${key}`);
        attributes[key] = decode(value);
      }
      if (current === root && root.children.length > 0) throw new Error("second root");
      const element: XmlElement = { name, attributes, children: [], text: "" };
      current.children.push(element);
      if (!selfClosing) open.push(element);
    }
  }
  if (open.length !== 1) throw new Error(`unclosed <${open.at(-1)?.name}>`);
  const [document] = root.children;
  if (!document) throw new Error("no root element");
  return document;
}

const children = (element: XmlElement | undefined, name: string) =>
  element?.children.filter((child) => child.name === name) ?? [];
const child = (element: XmlElement | undefined, name: string) => children(element, name)[0];

const springMeetup = meetup({
  id: "spring",
  title: "Types; tests, & <script>alert('x')</script> ]]> 🎉",
  description: "Line one\nLine two with <b>markup</b>\u0007",
  startsAt: "2026-03-12T18:00:00.000Z",
  endsAt: "2026-03-12T20:00:00.000Z",
  updatedAt: "2026-02-20T10:00:00.000Z",
});
const aprilMeetup = meetup({
  id: "april",
  title: "After the clocks change",
  online: true,
  venue: null,
  startsAt: "2026-04-02T17:00:00.000Z",
  endsAt: "2026-04-02T19:00:00.000Z",
  updatedAt: "2026-03-01T09:00:00.000Z",
});
const meetups = [
  aprilMeetup,
  springMeetup,
  meetup({ id: "draft", status: "draft", title: "Secret draft" }),
  meetup({ id: "called-off", status: "cancelled", title: "Called off" }),
];
const joinUrl = "https://video.example/room/42";

describe("upcoming meetups feed", () => {
  test("Atom is well-formed and lists the published meetups, soonest first, linking to their pages", () => {
    const xml = upcomingMeetupsFeed({ community, meetups, baseUrl, format: "atom" });
    const feed = parseXml(xml);
    expect(feed.name).toBe("feed");
    expect(feed.attributes.xmlns).toBe("http://www.w3.org/2005/Atom");
    expect(child(feed, "title")?.text).toBe("Amsterdam TypeScript");
    expect(child(feed, "id")?.text).toBe("https://meetstream.example/communities/amsterdam-ts");
    expect(child(feed, "updated")?.text).toBe("2026-03-01T09:00:00.000Z");
    expect(child(child(feed, "author"), "name")?.text).toBe("Amsterdam TypeScript");
    const entries = children(feed, "entry");
    expect(entries.map((entry) => child(entry, "id")?.text)).toEqual([
      "https://meetstream.example/meetups/spring",
      "https://meetstream.example/meetups/april",
    ]);
    expect(child(entries[0], "link")?.attributes.href).toBe("https://meetstream.example/meetups/spring");
    expect(child(entries[0], "updated")?.text).toBe("2026-03-12T18:00:00.000Z");
  });

  test("Atom titles and summaries are HTML, so the text is escaped and shows as typed", () => {
    const feed = parseXml(upcomingMeetupsFeed({ community, meetups, baseUrl, format: "atom" }));
    const [spring] = children(feed, "entry");
    expect(child(spring, "title")?.attributes.type).toBe("html");
    expect(child(spring, "title")?.text).toBe(
      "Types; tests, &amp; &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; ]]&gt; 🎉",
    );
    expect(child(spring, "summary")?.text).toBe(
      "Thu 12 Mar 2026, 19:00 CET · Pakhuis<br />\n<br />\nLine one<br />\nLine two with &lt;b&gt;markup&lt;/b&gt;",
    );
  });

  test("RSS is well-formed, with the local start time in the meetup's zone", () => {
    const xml = upcomingMeetupsFeed({ community, meetups, baseUrl, format: "rss" });
    const rss = parseXml(xml);
    expect(rss.name).toBe("rss");
    expect(rss.attributes.version).toBe("2.0");
    const channel = child(rss, "channel");
    expect(child(channel, "title")?.text).toBe("Amsterdam TypeScript");
    expect(child(channel, "link")?.text).toBe("https://meetstream.example/communities/amsterdam-ts");
    expect(child(channel, "lastBuildDate")?.text).toBe("Sun, 01 Mar 2026 09:00:00 GMT");
    const items = children(channel, "item");
    expect(items.map((item) => child(item, "link")?.text)).toEqual([
      "https://meetstream.example/meetups/spring",
      "https://meetstream.example/meetups/april",
    ]);
    expect(child(items[1], "description")?.text).toBe(
      "Thu 2 Apr 2026, 19:00 CEST · Online<br />\n<br />\nWe fold **events** into documents.",
    );
    expect(child(items[1], "pubDate")?.text).toBe("Thu, 02 Apr 2026 17:00:00 GMT");
  });

  test("JSON Feed parses, with titles as plain text and content as escaped HTML", () => {
    const feed = JSON.parse(upcomingMeetupsFeed({ community, meetups, baseUrl, format: "json" }));
    expect(feed.title).toBe("Amsterdam TypeScript");
    expect(feed.home_page_url).toBe("https://meetstream.example/communities/amsterdam-ts");
    expect(feed.items.map((item: { id: string }) => item.id)).toEqual([
      "https://meetstream.example/meetups/spring",
      "https://meetstream.example/meetups/april",
    ]);
    expect(feed.items[0].title).toBe("Types; tests, & <script>alert('x')</script> ]]> 🎉");
    expect(feed.items[0].content_html).not.toContain("<script>");
  });

  test("leaves out drafts and cancelled meetups, and never carries a join URL", () => {
    for (const format of ["atom", "rss", "json"] as const) {
      const output = upcomingMeetupsFeed({ community, meetups, baseUrl, format });
      expect(output).not.toContain("Secret draft");
      expect(output).not.toContain("Called off");
      expect(output).not.toContain(joinUrl);
      expect(output).not.toContain("video.example");
    }
  });

  test("gives the same bytes for the same input, and falls back to the community's founding when empty", () => {
    const first = upcomingMeetupsFeed({ community, meetups, baseUrl, format: "atom" });
    expect(upcomingMeetupsFeed({ community, meetups: [...meetups].reverse(), baseUrl, format: "atom" })).toBe(
      first,
    );
    const empty = parseXml(upcomingMeetupsFeed({ community, meetups: [], baseUrl, format: "atom" }));
    expect(child(empty, "updated")?.text).toBe("2025-06-01T10:00:00.000Z");
    expect(children(empty, "entry")).toEqual([]);
  });

  test("with `now`, meetups that already started are left out", () => {
    const feed = parseXml(
      upcomingMeetupsFeed({ community, meetups, baseUrl, format: "atom", now: "2026-03-20T00:00:00.000Z" }),
    );
    expect(children(feed, "entry").map((entry) => child(entry, "id")?.text)).toEqual([
      "https://meetstream.example/meetups/april",
    ]);
  });

  test("the local time is the zone's wall-clock time with its abbreviation", () => {
    expect(localTimeOf("2026-03-12T18:00:00.000Z", "Europe/Amsterdam", { weekday: true })).toBe(
      "Thu 12 Mar 2026, 19:00 CET",
    );
    expect(localTimeOf("2026-04-02T17:00:00.000Z", "Europe/Amsterdam", { weekday: true })).toBe(
      "Thu 2 Apr 2026, 19:00 CEST",
    );
    expect(localTimeOf("2026-04-02T17:00:00.000Z", "UTC", { weekday: true })).toBe(
      "Thu 2 Apr 2026, 17:00 UTC",
    );
  });

  test("each release of an upcoming meetup's agenda is an entry, dated by its release, with its note and the agenda", () => {
    const agendaOf = (number: number, releasedAt: string) =>
      releasedAgenda({
        meetupId: "spring",
        number,
        releasedAt,
        note: number === 1 ? "" : "The pizza moved.",
      });
    const feed = parseXml(
      upcomingMeetupsFeed({
        community,
        meetups,
        baseUrl,
        format: "atom",
        agendaReleases: [
          agendaOf(1, "2026-03-02T09:00:00.000Z"),
          agendaOf(2, "2026-03-04T09:00:00.000Z"),
          releasedAgenda({ meetupId: "draft" }),
        ],
      }),
    );
    const entries = children(feed, "entry").filter((entry) => child(entry, "id")?.text.includes("#agenda"));
    expect(entries.map((entry) => [child(entry, "id")?.text, child(entry, "updated")?.text])).toEqual([
      ["https://meetstream.example/meetups/spring#agenda-v1", "2026-03-02T09:00:00.000Z"],
      ["https://meetstream.example/meetups/spring#agenda-v2", "2026-03-04T09:00:00.000Z"],
    ]);
    expect(child(entries[1], "title")?.text).toContain("Agenda v2: Types; tests");
    expect(child(entries[1], "summary")?.text).toBe(
      "The pizza moved.<br />\n<br />\nAgenda (version 2, times in CET)<br />\n19:00–19:30 Doors open<br />\n19:30–20:00 Folding &lt;events&gt;",
    );
    expect(child(feed, "updated")?.text).toBe("2026-03-04T09:00:00.000Z");
  });

  test("the XML check refuses what is not well-formed", () => {
    expect(() => parseXml("<a><b></a></b>")).toThrow();
    expect(() => parseXml("<a>x & y</a>")).toThrow();
    expect(() => parseXml("<a/><b/>")).toThrow();
    expect(() => parseXml("<a x=1/>")).toThrow();
    expect(() => parseXml("<a>")).toThrow();
    expect(parseXml("<a x='1'><![CDATA[<b>]]>&amp;</a>").text).toBe("<b>&");
  });
});
