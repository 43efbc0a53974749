/** One problem found in the input: where (a JSON path such as `items[2].amount`) and what. */
export interface InputIssue {
  readonly path: string;
  readonly message: string;
}

/** Base class of every error the library throws on purpose. */
export class Form8379Error extends Error {
  override readonly name: string = 'Form8379Error';
  /** Stable machine-readable code. */
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

/**
 * The input was rejected before any arithmetic. `issues` names every field path that is wrong and
 * what was expected there; `message` lists them one per line.
 */
export class InvalidCaseError extends Form8379Error {
  override readonly name = 'InvalidCaseError';
  readonly issues: readonly InputIssue[];
  constructor(issues: readonly InputIssue[]) {
    super('invalid-case', formatIssues(issues));
    this.issues = issues;
  }
}

/** The input is valid but asks for something this version does not compute. */
export class UnsupportedCaseError extends Form8379Error {
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
  override readonly name = 'InvalidOptionError';
  readonly path: string;
  constructor(path: string, message: string) {
    super('invalid-option', `${path}: ${message}`);
    this.path = path;
  }
}
