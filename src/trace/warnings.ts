/** A message about the input or the computation that a reviewer should read. */
export interface ResultWarning {
  /** Stable identifier, e.g. `return-figure-mismatch`, `credits-above-tax`. */
  readonly code: string;
  readonly message: string;
  /** The Form 1040 line the warning is about, when it is about one ("11"). */
  readonly line?: string;
  /** The field of the case the warning is about, when it is about one (`items[0].withholding`). */
  readonly path?: string;
  /** The figures the warning compares, as two-decimal strings (e.g. `onReturn`, `fromItems`). */
  readonly figures?: Readonly<Record<string, string>>;
}
