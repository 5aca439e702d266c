/**
 * Reads the literal formulas of the function reference (`=AMC.FIGURE("net_financing","industry","2024")`,
 * `=AMC.DEBTRATIO(426.06,1128.45)`, array constants `{1;2}` `{"a","b";1,2}`) into the arguments Excel would pass:
 * numbers, text, booleans, 2-D arrays for array constants, null for an omitted argument. Only literals: no cell
 * references, operators or nested calls.
 */
export type Literal = number | string | boolean | null | Literal[][];

export interface Call {
  id: string;
  args: Literal[];
}

class Reader {
  private at = 0;
  constructor(private readonly text: string) {}

  private peek(): string {
    return this.text[this.at] ?? "";
  }

  private skipSpaces(): void {
    while (/\s/.test(this.peek())) this.at++;
  }

  expect(token: string): void {
    this.skipSpaces();
    if (!this.text.startsWith(token, this.at)) throw new Error(`expected ${token} at ${this.at} in ${this.text}`);
    this.at += token.length;
  }

  /** Consumes the token when it comes next. */
  accept(token: string): boolean {
    this.skipSpaces();
    if (!this.text.startsWith(token, this.at)) return false;
    this.at += token.length;
    return true;
  }

  done(): boolean {
    this.skipSpaces();
    return this.at >= this.text.length;
  }

  name(): string {
    this.skipSpaces();
    const match = /^[A-Z][A-Z0-9.]*/i.exec(this.text.slice(this.at));
    if (!match) throw new Error(`expected a name at ${this.at} in ${this.text}`);
    this.at += match[0].length;
    return match[0];
  }

  private string(): string {
    this.expect('"');
    let value = "";
    for (;;) {
      const char = this.text[this.at++];
      if (char === undefined) throw new Error(`unterminated text in ${this.text}`);
      if (char === '"' && this.peek() === '"') {
        value += '"';
        this.at++;
      } else if (char === '"') return value;
      else value += char;
    }
  }

  private number(): number {
    const match = /^[+-]?(\d+\.?\d*|\.\d+)(E[+-]?\d+)?/i.exec(this.text.slice(this.at));
    if (!match) throw new Error(`expected a value at ${this.at} in ${this.text}`);
    this.at += match[0].length;
    return Number(match[0]);
  }

  private array(): Literal[][] {
    this.expect("{");
    const rows: Literal[][] = [[]];
    for (;;) {
      rows[rows.length - 1].push(this.scalar());
      this.skipSpaces();
      const separator = this.text[this.at++];
      if (separator === "}") return rows;
      if (separator === ";") rows.push([]);
      else if (separator !== ",") throw new Error(`expected , ; or } in ${this.text}`);
    }
  }

  private scalar(): Literal {
    this.skipSpaces();
    if (this.peek() === '"') return this.string();
    if (/^(TRUE|FALSE)\b/i.test(this.text.slice(this.at))) return this.name().toUpperCase() === "TRUE";
    return this.number();
  }

  /** One argument; empty (`f(a,,b)`, `f()`) is omitted: null. */
  value(): Literal {
    this.skipSpaces();
    if (this.peek() === "," || this.peek() === ")") return null;
    return this.peek() === "{" ? this.array() : this.scalar();
  }
}

/** `=AMC.ID(arg, …)` → the id and the arguments. */
export function parseCall(formula: string): Call {
  const reader = new Reader(formula);
  reader.expect("=");
  const name = reader.name();
  if (!name.startsWith("AMC.")) throw new Error(`not an AMC function: ${formula}`);
  reader.expect("(");
  const args: Literal[] = [];
  if (!reader.accept(")")) {
    do args.push(reader.value());
    while (reader.accept(","));
    reader.expect(")");
  }
  if (!reader.done()) throw new Error(`trailing text in ${formula}`);
  return { id: name.slice(4), args };
}

/** An array constant or a single literal (the reference's `exampleResult`). */
export function parseLiteral(text: string): Literal {
  const reader = new Reader(text);
  const value = reader.value();
  if (!reader.done()) throw new Error(`trailing text in ${text}`);
  return value;
}
