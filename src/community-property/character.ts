import { LINE_OF_KIND } from '../trace/form.js';
import type { ResultWarning } from '../trace/warnings.js';
import type { InputIssue } from '../core/errors.js';
import type { CaseItem, CommunityPropertyState, ItemKind } from '../input/schema.js';
import type { Character, ItemCharacter } from './types.js';

/**
 * How each state characterizes income from one spouse's separate property (method.md 6.1,
 * Pub 555): separate in AZ, CA, NV, NM, WA; community in ID, LA, TX, WI.
 */
export const SEPARATE_PROPERTY_INCOME_CHARACTER: Readonly<
  Record<CommunityPropertyState, Character>
> = Object.freeze({
  AZ: 'separate',
  CA: 'separate',
  NV: 'separate',
  NM: 'separate',
  WA: 'separate',
  ID: 'community',
  LA: 'community',
  TX: 'community',
  WI: 'community',
});

/** Item kinds whose amount is earned income: community while married and domiciled in the state. */
const EARNED: ReadonlySet<ItemKind> = new Set(['wages', 'selfEmployment']);

/** Money paid in: withholding and estimated payments (lines 19-20), refundable credits (17). */
function isPayment(kind: ItemKind): boolean {
  const line = LINE_OF_KIND[kind];
  return line === '17' || line === '19' || line === '20';
}

/**
 * Adjustments, deductions and nonrefundable credits (lines 14-16): the attribution never reads
 * their character, since they change a spouse's tax share and the tax share is split by the
 * character of the income behind it.
 */
function changesTaxShareOnly(kind: ItemKind): boolean {
  const line = LINE_OF_KIND[kind];
  return line === '14' || line === '15' || line === '16';
}

/** Whether the attribution reads the character of this item (its amount or its withholding). */
export function isCharacterized(item: CaseItem): boolean {
  return !changesTaxShareOnly(item.kind) || item.withholding !== undefined;
}

/** The characters of the items and what the user marked that has no effect. */
export interface Characterization {
  readonly items: readonly ItemCharacter[];
  /** By item index, for the items whose character the attribution reads. */
  readonly byIndex: ReadonlyMap<number, ItemCharacter>;
  readonly warnings: readonly ResultWarning[];
  /** Input problems: the caller reports them together with its own as one `InvalidCaseError`. */
  readonly issues: readonly InputIssue[];
  /** Whether any character came from a state default (not the item's `character` field). */
  readonly anyDefault: boolean;
}

const stateList = (states: readonly CommunityPropertyState[]) => states.join(' and ');

/**
 * R-CP-CHARACTER: the character of every item whose character matters, by the state default
 * unless the item's `character` says otherwise. Reports an issue when the listed states disagree
 * on an unmarked item or when joint management is claimed for separate property.
 */
export function characterizeItems(
  items: readonly CaseItem[],
  states: readonly CommunityPropertyState[],
): Characterization {
  const texas = states.includes('TX');
  const issues: InputIssue[] = [];
  const warnings: ResultWarning[] = [];
  const list: ItemCharacter[] = [];
  let anyDefault = false;

  items.forEach((item, index) => {
    const path = `items[${index}]`;
    if (!isCharacterized(item)) {
      const marked = (['character', 'fromSeparateProperty', 'jointManagement'] as const).filter(
        (f) => item[f] !== undefined,
      );
      if (marked.length > 0) {
        warnings.push({
          code: 'community-property-mark-ignored',
          message: `${path}: ${marked.join(', ')} has no effect on a ${item.kind} item; its effect on the tax share follows the character of the spouse's income.`,
        });
      }
      return;
    }
    const byDefault = defaultCharacter(item, states);
    if (item.character === undefined && byDefault.character === null) {
      issues.push({ path: `${path}.character`, message: byDefault.reason });
      return;
    }
    const character = item.character ?? (byDefault.character as Character);
    const basis = item.character === undefined ? 'default' : 'given';
    if (basis === 'default') anyDefault = true;
    const jointManagement = item.jointManagement === true;
    if (jointManagement && character === 'separate') {
      issues.push({
        path: `${path}.jointManagement`,
        message:
          basis === 'given'
            ? 'joint management applies to community property only, but the item\'s character is "separate"'
            : `joint management applies to community property only, but this item is separate by default (${byDefault.reason}); set "character": "community" or remove jointManagement`,
      });
      return;
    }
    if (jointManagement && !texas) {
      warnings.push({
        code: 'community-property-mark-ignored',
        message: `${path}: jointManagement has no effect outside Texas (the case lists ${stateList(states)}).`,
      });
    }
    list.push({
      itemIndex: index,
      kind: item.kind,
      spouse: item.spouse,
      character,
      basis,
      reason:
        basis === 'given'
          ? `marked "${character}" on the item${item.fromSeparateProperty !== undefined && byDefault.character !== character ? ` (the default would be "${byDefault.character ?? 'undecided'}": ${byDefault.reason})` : ''}`
          : byDefault.reason,
      jointManagement: jointManagement && texas,
    });
  });

  return {
    items: list,
    issues,
    byIndex: new Map(list.map((c) => [c.itemIndex, c])),
    warnings,
    anyDefault,
  };
}

/** The state default for one item, or `null` with the reason when the listed states disagree. */
function defaultCharacter(
  item: CaseItem,
  states: readonly CommunityPropertyState[],
): { character: Character | null; reason: string } {
  const fromSeparate = item.fromSeparateProperty === true;
  if (EARNED.has(item.kind) && !(item.kind === 'selfEmployment' && fromSeparate)) {
    return {
      character: 'community',
      reason: `${item.kind === 'wages' ? 'wages' : 'self-employment income'} earned while married and domiciled in ${stateList(states)} are community${item.withholding !== undefined ? '; the withholding follows the income' : ''}`,
    };
  }
  if (changesTaxShareOnly(item.kind)) {
    // Only the withholding carried by the item is read.
    return fromSeparate
      ? {
          character: 'separate',
          reason: "withholding paid from one spouse's separate funds stays separate in every state",
        }
      : {
          character: 'community',
          reason: 'the withholding on this item is presumed paid from community funds',
        };
  }
  if (isPayment(item.kind)) {
    const what =
      item.kind === 'refundableCredit'
        ? 'a refundable credit'
        : item.kind === 'withholding'
          ? 'withholding'
          : 'an estimated payment';
    return fromSeparate
      ? {
          character: 'separate',
          reason: `${what} paid with one spouse's separate funds stays separate in every state`,
        }
      : {
          character: 'community',
          reason: `${what} not tied to an income item is presumed paid from community funds (mark it "separate" otherwise)`,
        };
  }
  // Income from property, self-employment income from a separate business, and other taxes
  // (which follow the income they arise from).
  if (!fromSeparate) {
    return {
      character: 'community',
      reason:
        item.kind === 'otherTax'
          ? 'another tax follows the income it arises from, presumed community (mark it "separate" for a tax on separate income)'
          : `income received during the marriage is presumed community (mark "fromSeparateProperty" or "character" otherwise)${item.withholding !== undefined ? '; the withholding follows the income' : ''}`,
    };
  }
  const characters = new Set(states.map((s) => SEPARATE_PROPERTY_INCOME_CHARACTER[s]));
  const rule = states.map((s) => `${SEPARATE_PROPERTY_INCOME_CHARACTER[s]} in ${s}`).join(', ');
  if (characters.size > 1) {
    return {
      character: null,
      reason: `required: the case lists ${stateList(states)}, whose laws differ on income from separate property (${rule}); mark the item "community" or "separate"`,
    };
  }
  const [character] = [...characters] as [Character];
  return {
    character,
    reason: `${item.kind === 'otherTax' ? 'a tax on income' : 'income'} from separate property is ${character} in ${stateList(states)}${item.withholding !== undefined ? '; the withholding follows the income' : ''}`,
  };
}
