/** Reading a Content-Security-Policy: its directives by name, and the policy a page's <meta> declares. */

/** Each directive of a policy with its sources, e.g. "script-src" → ["'self'", "https://…"]. */
export function cspDirectives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources]),
  );
}

/** The policy of a page's <meta http-equiv="Content-Security-Policy">, or null when it declares none. */
export function metaPolicy(html: string): string | null {
  return /http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]*)"/i.exec(html)?.[1] ?? null;
}
