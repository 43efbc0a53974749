/** One problem found in the input: where (a JSON path such as `items[2].amount`) and what. */
export interface InputIssue {
  readonly path: string;
  readonly message: string;
}

/**
 * The kinds of error an instance is, its class's and every base class's, stored on the instance
 * under a key of the global symbol registry: the same key in the ESM build, the CJS build, and a
 * second copy of the package, so `instanceof` can recognise an error of any of them.
 */
const KINDS: unique symbol = Symbol.for('form8379.errorKinds') as never;
/** Each error class's own kind, a static field: the class name, kept if a bundler renames it. */
const KIND: unique symbol = Symbol.for('form8379.errorKind') as never;

interface ErrorClass {
  readonly [KIND]?: string;
}

/**
 * Base class of every error the library throws on purpose.
 *
 * `instanceof` works across builds: an error thrown by the CJS build (`require('form8379')`) is an
 * `instanceof` the ESM build's classes (`import ... from 'form8379'`) and the other way round, as
 * the two builds are two copies of each class. {@link isForm8379Error} is the same test as a
 * function.
 */
export class Form8379Error extends Error {
  static readonly [KIND]: string = 'Form8379Error';

  /** True for an error of this class (or a subclass) from any build of the library. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    const kinds = (value as { [KINDS]?: unknown } | null | undefined)?.[KINDS];
    // Only the library's own classes carry a kind: a caller's subclass keeps plain instanceof.
    if (!Array.isArray(kinds) || !Object.hasOwn(this, KIND)) return false;
    return kinds.includes((this as ErrorClass)[KIND]);
  }

  override readonly name: string = 'Form8379Error';
  /** Stable machine-readable code. */
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
    const kinds: string[] = [];
    for (let c = new.target as ErrorClass | null; c && c !== Error;) {
      const kind = Object.hasOwn(c, KIND) ? c[KIND] : undefined;
      if (kind !== undefined) kinds.push(kind);
      c = Object.getPrototypeOf(c) as ErrorClass | null;
    }
    Object.defineProperty(this, KINDS, { value: Object.freeze(kinds) });
  }
}

/**
 * Whether `value` is an error the library threw on purpose, from either build (ESM or CJS) or
 * any copy of the package: the same test as `value instanceof Form8379Error`.
 */
export function isForm8379Error(value: unknown): value is Form8379Error {
  return value instanceof Form8379Error;
}

/**
 * The input was rejected before any arithmetic. `issues` names every field path that is wrong and
 * what was expected there; `message` lists them one per line.
 */
export class InvalidCaseError extends Form8379Error {
  static override readonly [KIND]: string = 'InvalidCaseError';
  override readonly name = 'InvalidCaseError';
  readonly issues: readonly InputIssue[];
  constructor(issues: readonly InputIssue[]) {
    super('invalid-case', formatIssues(issues));
    this.issues = issues;
  }
}

/** The input is valid but asks for something this version does not compute. */
export class UnsupportedCaseError extends Form8379Error {
  static override readonly [KIND]: string = 'UnsupportedCaseError';
  override readonly name = 'UnsupportedCaseError';
  readonly path: string;
  constructor(path: string, message: string) {
    super('unsupported-case', `${path}: ${message}`);
    this.path = path;
  }
}

export function formatIssues(issues: readonly InputIssue[]): string {
  return issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('\n');
}

/** An option passed to the library is out of range; `path` names it (e.g. `options.ratioDecimals`). */
export class InvalidOptionError extends Form8379Error {
  static override readonly [KIND]: string = 'InvalidOptionError';
  override readonly name = 'InvalidOptionError';
  readonly path: string;
  constructor(path: string, message: string) {
    super('invalid-option', `${path}: ${message}`);
    this.path = path;
  }
}
