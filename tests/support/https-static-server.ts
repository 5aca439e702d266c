/**
 * A minimal HTTPS file server for browser tests and benchmarks: serves one built folder (dist/ or a temp build)
 * on a free localhost port with the dev certificates, answers only GET/HEAD inside that folder.
 */
import fs from "fs";
import https from "https";
import path from "path";
import type { AddressInfo } from "net";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".css": "text/css; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

export interface ServedFolder {
  /** e.g. https://localhost:41234/ (with the trailing slash) */
  url: string;
  close(): Promise<void>;
}

export interface TlsFiles {
  cert: string;
  key: string;
}

function fileFor(root: string, requestUrl: string): string | undefined {
  const pathname = decodeURIComponent(new URL(requestUrl, "https://localhost").pathname);
  const file = path.resolve(root, `.${pathname.endsWith("/") ? `${pathname}index.html` : pathname}`);
  return file.startsWith(root + path.sep) ? file : undefined;
}

export async function serveFolder(folder: string, tls: TlsFiles): Promise<ServedFolder> {
  const root = path.resolve(folder);
  const server = https.createServer(
    { cert: fs.readFileSync(tls.cert), key: fs.readFileSync(tls.key) },
    (request, response) => {
      const file =
        request.method === "GET" || request.method === "HEAD" ? fileFor(root, request.url ?? "/") : undefined;
      if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
        response.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
        return;
      }
      response.writeHead(200, {
        "Content-Type": CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream",
        "Cache-Control": "no-store",
      });
      if (request.method === "HEAD") response.end();
      else fs.createReadStream(file).pipe(response);
    },
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://localhost:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
