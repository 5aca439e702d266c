/**
 * The real nginx (Debian's /usr/sbin/nginx, or AMC_NGINX) serving a folder with deploy/nginx's configuration: the
 * template rendered as envsubst would, inside a minimal main configuration of its own prefix (temp paths, pid,
 * logs), on free ports, as whatever user runs the tests. Also reads the template's headers for the config tests.
 */
import { spawn, type ChildProcess } from "child_process";
import fs from "fs";
import net from "net";
import os from "os";
import path from "path";

export const NGINX_PATH = process.env.AMC_NGINX ?? "/usr/sbin/nginx";
export const NGINX_TEMPLATE = path.resolve(__dirname, "../../deploy/nginx/amc-analyst.conf.template");

export function nginxAvailable(): boolean {
  return fs.existsSync(NGINX_PATH);
}

/** The template with each ${NAME} of `values` replaced, as `envsubst` does; other `$` names are nginx's own. */
export function renderTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\$\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The ${NAME} placeholders of the template: what a deployment must set. */
export function templateVariables(template: string): string[] {
  return [...new Set([...template.matchAll(/\$\{(\w+)\}/g)].map((match) => match[1]))].sort();
}

/** The template's `add_header Name "value"` lines of the HTTPS server, by name (variables keep their $name). */
export function templateHeaders(template: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const [, name, quoted, bare] of template.matchAll(
    /^\s*add_header\s+([\w-]+)\s+(?:"([^"]*)"|(\S+))\s+always;/gm,
  )) {
    headers.set(name, quoted ?? bare);
  }
  return headers;
}

/** A `map $uri $variable { pattern value; ... }` block of the template: its regexes and values in order. */
export function templateMap(template: string, variable: string): { pattern: RegExp | "default"; value: string }[] {
  const block = new RegExp(`^map \\$uri \\$${variable} \\{\\n([\\s\\S]*?)\\n\\}$`, "m").exec(template)?.[1];
  if (!block) throw new Error(`no map for $${variable} in the template`);
  return block
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"))
    .map((line) => {
      const [, quoted, bare, value] = /^(?:"([^"]+)"|(\S+))\s+"([^"]*)";$/.exec(line) ?? [];
      const pattern = quoted ?? bare;
      return { pattern: pattern === "default" ? "default" : new RegExp(pattern.replace(/^~\*?/, "")), value };
    });
}

/** What the map gives a request path, as nginx evaluates it: the first regex that matches, else the default. */
export function mapValue(entries: ReturnType<typeof templateMap>, uri: string): string {
  const hit = entries.find((entry) => entry.pattern !== "default" && entry.pattern.test(uri));
  return (hit ?? entries.find((entry) => entry.pattern === "default"))?.value ?? "";
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function mainConfig(prefix: string, site: string): string {
  const temp = (name: string) => path.join(prefix, "temp", name);
  return `worker_processes 1;
pid ${path.join(prefix, "nginx.pid")};
error_log ${path.join(prefix, "error.log")} warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path ${temp("body")};
    proxy_temp_path ${temp("proxy")};
    fastcgi_temp_path ${temp("fastcgi")};
    uwsgi_temp_path ${temp("uwsgi")};
    scgi_temp_path ${temp("scgi")};
    include ${site};
}
`;
}

function waitForPort(port: number, child: ChildProcess, errorLog: () => string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (child.exitCode !== null) return reject(new Error(`nginx exited (${child.exitCode}):\n${errorLog()}`));
      const socket = net.connect(port, "127.0.0.1");
      socket.on("connect", () => {
        socket.destroy();
        resolve();
      });
      socket.on("error", () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`nginx did not listen on ${port}:\n${errorLog()}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

export interface RunningNginx {
  /** https://localhost:<port>/ */
  url: string;
  /** http://localhost:<port>/ (the redirecting server) */
  httpUrl: string;
  /** The rendered site configuration, for the failure messages of tests. */
  site: string;
  stop(): Promise<void>;
}

export interface TlsPair {
  cert: string;
  key: string;
}

/** nginx with the deploy template over `root`, on free ports of localhost, until stop(). */
export async function startNginx(root: string, tls: TlsPair): Promise<RunningNginx> {
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), "amc-nginx-"));
  for (const name of ["body", "proxy", "fastcgi", "uwsgi", "scgi"]) {
    fs.mkdirSync(path.join(prefix, "temp", name), { recursive: true });
  }
  const [httpsPort, httpPort] = [await freePort(), await freePort()];
  const site = renderTemplate(fs.readFileSync(NGINX_TEMPLATE, "utf8"), {
    AMC_SERVER_NAME: "localhost",
    AMC_HTTPS_PORT: String(httpsPort),
    AMC_HTTP_PORT: String(httpPort),
    AMC_ROOT: root,
    AMC_TLS_CERTIFICATE: tls.cert,
    AMC_TLS_CERTIFICATE_KEY: tls.key,
  });
  const siteFile = path.join(prefix, "amc-analyst.conf");
  fs.writeFileSync(siteFile, site);
  const configFile = path.join(prefix, "nginx.conf");
  fs.writeFileSync(configFile, mainConfig(prefix, siteFile));
  const errorLog = () => {
    const file = path.join(prefix, "error.log");
    return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  };
  const child = spawn(NGINX_PATH, ["-p", prefix, "-c", configFile, "-e", "stderr", "-g", "daemon off;"], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  await waitForPort(httpsPort, child, () => `${stderr}${errorLog()}`);
  return {
    url: `https://localhost:${httpsPort}/`,
    httpUrl: `http://localhost:${httpPort}/`,
    site,
    stop: () =>
      new Promise<void>((resolve) => {
        const finish = () => {
          fs.rmSync(prefix, { recursive: true, force: true });
          resolve();
        };
        if (child.exitCode !== null) return finish();
        child.once("exit", finish);
        child.kill("SIGQUIT");
      }),
  };
}
