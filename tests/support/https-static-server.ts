/**
 * A minimal HTTPS file server for browser tests and benchmarks: serves one built folder (dist/ or a temp build)
 * on a free localhost port with the dev certificates, answers only GET/HEAD inside that folder. Text is sent
 * gzipped to a browser that accepts it, as the deployment's nginx does (level 6, from 512 bytes), so what a page
 * loads here costs what it costs served for real.
 */
import fs from "fs";
import https from "https";
import path from "path";
import zlib from "zlib";
import type { AddressInfo } from "net";
import type { IncomingMessage, ServerResponse } from "http";

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

/** The types and threshold of deploy/nginx's gzip settings. */
const COMPRESSED_TYPES = new Set([".html", ".js", ".json", ".map", ".xml", ".css", ".txt"]);
const GZIP_MIN_BYTES = 512;
const GZIP_LEVEL = 6;

function acceptsGzip(request: IncomingMessage): boolean {
  return /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
}

/** Each file's gzip, made once per version of the file (its size and mtime), as a server's cache would keep it. */
function gzipCache(): (file: string, stat: fs.Stats) => Buffer {
  const cache = new Map<string, { version: string; body: Buffer }>();
  return (file, stat) => {
    const version = `${stat.size}:${stat.mtimeMs}`;
    const cached = cache.get(file);
    if (cached?.version === version) return cached.body;
    const body = zlib.gzipSync(fs.readFileSync(file), { level: GZIP_LEVEL });
    cache.set(file, { version, body });
    return body;
  };
}

function sendFile(
  request: IncomingMessage,
  response: ServerResponse,
  file: string,
  gzipped: (file: string, stat: fs.Stats) => Buffer,
): void {
  const stat = fs.statSync(file);
  const extension = path.extname(file);
  const compress = COMPRESSED_TYPES.has(extension) && stat.size >= GZIP_MIN_BYTES && acceptsGzip(request);
  const headers = {
    "Content-Type": CONTENT_TYPES[extension] ?? "application/octet-stream",
    "Cache-Control": "no-store",
    Vary: "Accept-Encoding",
  };
  if (!compress) {
    response.writeHead(200, headers);
    if (request.method === "HEAD") response.end();
    else fs.createReadStream(file).pipe(response);
    return;
  }
  const body = gzipped(file, stat);
  response.writeHead(200, { ...headers, "Content-Encoding": "gzip", "Content-Length": body.length });
  response.end(request.method === "HEAD" ? undefined : body);
}

export async function serveFolder(folder: string, tls: TlsFiles): Promise<ServedFolder> {
  const root = path.resolve(folder);
  const gzipped = gzipCache();
  const server = https.createServer(
    { cert: fs.readFileSync(tls.cert), key: fs.readFileSync(tls.key) },
    (request, response) => {
      const file =
        request.method === "GET" || request.method === "HEAD" ? fileFor(root, request.url ?? "/") : undefined;
      if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
        response.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
        return;
      }
      sendFile(request, response, file, gzipped);
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
