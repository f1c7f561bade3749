/**
 * A fetch that keeps cookies and follows redirects within one origin, as a browser tab would: enough to
 * walk OpenAuth's sign-in pages, which keep their state in cookies. Redirects to other origins are not
 * followed; the response is returned for the caller to read.
 */
export function browserSession(origin: string) {
  const cookies = new Map<string, string>();

  function remember(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";");
      const separator = pair.indexOf("=");
      const name = pair.slice(0, separator).trim();
      const expired = attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute));
      if (expired) cookies.delete(name);
      else cookies.set(name, pair.slice(separator + 1).trim());
    }
  }

  async function request(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (cookies.size > 0)
      headers.set("cookie", [...cookies].map(([name, value]) => `${name}=${value}`).join("; "));
    const response = await fetch(new URL(url, origin), { ...init, headers, redirect: "manual" });
    remember(response);
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && location) {
      const next = new URL(location, url.startsWith("http") ? url : new URL(url, origin));
      await response.body?.cancel();
      if (next.origin === new URL(origin).origin && !next.pathname.endsWith("/callback"))
        return request(next.toString(), { method: "GET" });
    }
    return response;
  }

  return {
    get: (url: string) => request(url),
    postForm: (url: string, fields: Record<string, string>) =>
      request(url, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams(fields).toString(),
      }),
  };
}
