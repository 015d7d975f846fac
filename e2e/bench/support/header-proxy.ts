// A pass-through HTTP proxy in front of the bench server that adds headers to every HTML page: the baseline of a
// Lighthouse series (decision 49: the respondent pages with the opener policy the signed-in pages keep).
import http from "node:http";
import type { AddressInfo } from "node:net";

export async function startHeaderProxy(target: string, headers: Record<string, string>) {
  const { hostname, port } = new URL(target);
  const server = http.createServer((req, res) => {
    const upstream = http.request({ host: hostname, port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
      const isPage = /^text\/html/.test(String(answer.headers["content-type"] ?? ""));
      res.writeHead(answer.statusCode ?? 502, { ...answer.headers, ...(isPage ? headers : {}) });
      answer.pipe(res);
    });
    upstream.on("error", () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        // close() stops accepting and closes idle keep-alive sockets; closeAllConnections() also ends the ones still
        // busy (Lighthouse's browser can leave a request open), so the callback comes
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
