/**
 * The options the separate-property steps read, every default filled in. The public
 * `AllocationOptions` and `ResolvedOptions` (src/pipeline/options.ts) add the community property
 * ones; a step takes only this part, so it cannot depend on a state rule.
 */
export interface MethodOptions {
  readonly ratioDecimals: number;
  readonly zeroTaxRatio: 'taxable-income' | 'equal';
  readonly creditFloor: 'none' | 'per-spouse';
  readonly creditLimit: 'joint-tax' | 'none';
  readonly undatedDebts: 'input-order' | 'undated-first';
}
