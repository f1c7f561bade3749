import { describe, expect, test } from "vitest";
import { recordingOf } from "./recording";

describe("a recording's provider and embed", () => {
  test.each([
    [
      "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42",
      "youtube",
      "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
    ],
    ["https://youtu.be/dQw4w9WgXcQ", "youtube", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"],
    [
      "https://m.youtube.com/live/dQw4w9WgXcQ",
      "youtube",
      "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
    ],
    ["https://vimeo.com/76979871", "vimeo", "https://player.vimeo.com/video/76979871?dnt=1"],
    [
      "https://framatube.org/videos/watch/9c9de5e8-0a1e-484a-b099-e80766180a6d",
      "peertube",
      "https://framatube.org/videos/embed/9c9de5e8-0a1e-484a-b099-e80766180a6d",
    ],
    [
      "https://tube.example.net/w/kkGMgK9ZtnKfYAgnEtQxbv",
      "peertube",
      "https://tube.example.net/videos/embed/kkGMgK9ZtnKfYAgnEtQxbv",
    ],
  ])("%s is %s", (url, provider, embedUrl) => {
    expect(recordingOf(url)).toEqual({ url: new URL(url).href, provider, embedUrl });
  });

  test("any other https page is a plain link, without an embed", () => {
    expect(recordingOf("https://media.ccc.de/v/some-talk")).toEqual({
      url: "https://media.ccc.de/v/some-talk",
      provider: "other",
      embedUrl: null,
    });
    // Look-alikes of a provider are no provider: nothing of theirs is loaded into our page.
    expect(recordingOf("https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ")?.embedUrl).toBeNull();
    expect(recordingOf("https://www.youtube.com/watch?v=<script>")?.embedUrl).toBeNull();
  });

  test.each([
    "http://youtu.be/dQw4w9WgXcQ",
    "javascript:alert(1)",
    "youtu.be/dQw4w9WgXcQ",
    "https://a:b@vimeo.com/1",
    "",
  ])("%s is no recording", (url) => {
    expect(recordingOf(url)).toBeUndefined();
  });
});
