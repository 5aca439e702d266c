/**
 * What every proxy of the preview's Excel API shares with office.js's ClientObject: `load()` queues a read,
 * reading a property that was neither loaded nor set throws PropertyNotLoaded, setting a property remembers the
 * value and queues the write, and objects found by a lookup (`getItem`, `…OrNullObject`) are bound to what they
 * found when the sync runs that lookup, in queue order. Proxies are not extensible: setting a property the
 * preview does not implement throws instead of silently doing nothing.
 */
import { ERROR_CODES, OfficeExtensionError, propertyNotLoaded } from "./errors";
import { loadPaths, type LoadArgument } from "./load-paths";
import type { PreviewRequestContext } from "./request-context";

/** The members of an Excel API class the preview implements, with Excel's parameter and property types. */
export type ApiShape<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => unknown
    ? (...args: A) => unknown
    : T[P] extends OfficeExtension.ClientObject | OfficeExtension.ClientObject[]
      ? unknown
      : T[P];
};

export abstract class ClientObjectProxy<Target = unknown> {
  protected readonly loaded = new Map<string, unknown>();
  private boundTarget: Target | undefined = undefined;
  /** undefined until the lookup ran; true for an …OrNullObject that found nothing. */
  private nullObject: boolean | undefined = undefined;

  protected constructor(
    readonly context: PreviewRequestContext,
    protected readonly typeName: string,
  ) {}

  /** Readers of the scalar properties `load` can fill, called when the sync runs. */
  protected abstract scalarReaders(): Record<string, (target: Target) => unknown>;

  /** Child objects a load path can go through ("format/font/bold"). */
  protected navigation(_name: string): ClientObjectProxy<unknown> | undefined {
    return undefined;
  }

  /** Binds the proxy when the sync reaches this point; `find` returns null when nothing matches. */
  protected bindWhenSynced(location: string, find: () => Target | null, orNullObject: boolean): void {
    this.context.enqueue(location, () => {
      const found = find();
      if (found === null && !orNullObject) {
        throw new OfficeExtensionError(ERROR_CODES.itemNotFound, `The requested resource doesn't exist.`, location);
      }
      this.nullObject = found === null;
      this.boundTarget = found ?? undefined;
    });
  }

  /** Binds at once, for objects that always exist (context.workbook, a range's format). */
  protected bindNow(target: Target): void {
    this.nullObject = false;
    this.boundTarget = target;
  }

  /** What the proxy stands for, at sync time; a null object cannot be used. */
  protected target(location: string): Target {
    if (this.nullObject) {
      throw new OfficeExtensionError(ERROR_CODES.invalidOperation, `The ${this.typeName} is a null object.`, location);
    }
    if (this.boundTarget === undefined) {
      throw new OfficeExtensionError(ERROR_CODES.invalidObjectPath, `The ${this.typeName} was not found.`, location);
    }
    return this.boundTarget;
  }

  get isNullObject(): boolean {
    if (this.nullObject === undefined) throw propertyNotLoaded("isNullObject", this.typeName);
    return this.nullObject;
  }

  load(argument?: LoadArgument): this {
    const paths = loadPaths(argument);
    this.context.enqueue(`${this.typeName}.load`, () => this.loadNow(paths));
    return this;
  }

  /** For collections, at sync time: loads a freshly made item within the same sync. */
  fillAtSync(paths: string[]): void {
    this.loadNow(paths);
  }

  /** Runs at sync time: fills the loaded values (a null object loads nothing). */
  protected loadNow(paths: string[]): void {
    if (this.nullObject) return;
    const readers = this.scalarReaders();
    for (const path of paths) {
      const [head, ...rest] = path.split("/");
      if (head === "*") {
        for (const [name, read] of Object.entries(readers)) this.loaded.set(name, read(this.target(this.typeName)));
      } else if (head in readers) {
        if (rest.length > 0) throw this.unknownProperty(path);
        this.loaded.set(head, readers[head](this.target(`${this.typeName}.${head}`)));
      } else {
        const child = this.navigation(head);
        if (!child) throw this.unknownProperty(path);
        child.loadNow(rest.length > 0 ? [rest.join("/")] : ["*"]);
      }
    }
  }

  private unknownProperty(path: string): OfficeExtensionError {
    return new OfficeExtensionError(
      ERROR_CODES.invalidArgument,
      `The preview's ${this.typeName} has no property '${path}' (see src/preview/excel-api/README.md).`,
      `${this.typeName}.load`,
    );
  }

  /** A loaded (or set) property; PropertyNotLoaded otherwise, as in Excel. */
  protected loadedValue<T>(name: string): T {
    if (this.nullObject) return undefined as T;
    if (!this.loaded.has(name)) throw propertyNotLoaded(name, this.typeName);
    return this.loaded.get(name) as T;
  }

  /** Remembers a set value (reading it back needs no load, as in office.js) and queues the write. */
  protected queueSet(name: string, value: unknown, apply: (target: Target) => void, payload?: unknown): void {
    this.loaded.set(name, value);
    const location = `${this.typeName}.${name}`;
    this.context.enqueue(location, () => apply(this.target(location)), payload);
  }

  /** Queues a method call that acts on the target. */
  protected queueCall(method: string, apply: (target: Target) => void): void {
    const location = `${this.typeName}.${method}`;
    this.context.enqueue(location, () => apply(this.target(location)));
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/** The value of a method that returns data (getCount()), filled when the sync runs. */
export class ClientResult<T> {
  private filled = false;
  private result: T | undefined;

  set(value: T): void {
    this.result = value;
    this.filled = true;
  }

  get value(): T {
    if (!this.filled) {
      throw new OfficeExtensionError(
        ERROR_CODES.valueNotLoaded,
        "The value of the result object has not been loaded yet.",
      );
    }
    return this.result as T;
  }
}

/**
 * The paths of a collection's `load` that ask for its items, as its items' own paths ("items/name" → "name",
 * "items" or "*" → "*"); null when none does (the collection's own properties are asked for).
 */
export function itemPaths(paths: string[]): string[] | null {
  const items = paths.filter((path) => path === "items" || path.startsWith("items/") || path === "*");
  return items.length === 0 ? null : items.map((path) => (path.startsWith("items/") ? path.slice(6) : "*"));
}

/** A collection of the workbook itself (its worksheets, its defined names): always there, with no properties of its own. */
export abstract class WorkbookCollectionProxy extends ClientObjectProxy<null> {
  protected constructor(context: PreviewRequestContext, typeName: string) {
    super(context, typeName);
    this.bindNow(null);
  }

  protected target(): null {
    return null;
  }

  protected scalarReaders() {
    return {};
  }
}

/** An object whose target is resolved by its owner (a range for its format, a chart for its title). */
export interface TargetOwner<Target> {
  resolve(location: string): Target;
}

/** A part of another object (a range's format or font, a chart's legend): it stands for what its owner does. */
export abstract class PartProxy<Target> extends ClientObjectProxy<Target> {
  protected constructor(
    context: PreviewRequestContext,
    typeName: string,
    private readonly owner: TargetOwner<Target>,
  ) {
    super(context, typeName);
  }

  protected target(location: string): Target {
    return this.owner.resolve(location);
  }
}
