/**
 * Every word the page shows a person, in English: labels, help, questions, every message about a
 * field, every stop, warning and file problem. Nothing the person reads is written anywhere else
 * in app/src (the views and app/src/messages.ts take their text from here), so another language
 * is another file of this shape (`Catalogue`), chosen in i18n/index.ts.
 *
 * Written for a person at the field, alone: what to type instead, with an example, and the common
 * mistakes by name. No programmer's words: no field names of the case file, no "expected", no
 * "required:" (test/app-messages.test.ts lists every message and checks its wording).
 */

import { formatCount, plural, type Lang } from '../../../src/report/i18n/lang.js';

/** `$1,234.50` from an exact two-decimal string (app/src/format.ts). */
type Money = string;

const PRIOR_REVISIONS = 'https://www.irs.gov/pub/irs-prior/';
const FORM_PDF = 'https://www.irs.gov/pub/irs-pdf/f8379.pdf';

/** 1,000: a whole number as the page writes it. */
const num = (n: number) => formatCount('en', n);

/** "1 answer", "3 answers". */
const count = (n: number, one: string, many: string) =>
  `${num(n)} ${plural('en', n, { one, other: many })}`;

const bytes = (n: number) => `${num(n)} bytes`;

export const en = {
  lang: 'en' as Lang,
  documentTitle: 'Injured spouse refund (Form 8379)',

  /** The language switch at the top of the page; each language's name is in its own language. */
  language: {
    legend: 'Language',
    names: { en: 'English', es: 'Español' },
    remember: 'Remember my language on this computer',
    rememberHelp:
      'Off unless you tick it: then only the language is kept in this browser; unticking deletes it.',
    remembered: 'Your language is remembered in this browser until you untick the box.',
    forgotten: 'Forgotten: no language is stored on this computer.',
    cannotRemember: 'This browser does not let the page keep anything: the box stays unticked.',
  },

  page: {
    heading: 'Your share of a joint refund (Form 8379)',
    lede: 'For a joint tax refund taken, or about to be taken, for a debt only your spouse owes. Everything you type stays in this browser.',
    skipToAnswer: 'Skip to the answer',
    formLabel: 'Your case',
  },

  files: {
    summary: 'Open a saved case, save this one, or try an example',
    open: 'Open case file',
    limits: 'Case files up to 1 MB, 1,000 items and 100 debts',
    save: 'Save the case to a file',
    example: 'Example',
    loadExample: 'Load the example',
    newCase: 'Start a new case',
    remember: 'Remember this case on this computer',
    rememberHelp:
      'Off unless you tick it: then the case, names and social security numbers included, is kept in this browser on this computer; unticking deletes it.',
    opened: (file: string) => `Opened ${file}.`,
    openedWithProblems: (file: string, n: number) =>
      `Opened ${file}. ${count(n, 'answer needs', 'answers need')} fixing, each shown at its place in the form:`,
    notOpened: (file: string) => `${file} was not opened:`,
    unchanged: 'The form is unchanged.',
    couldNotRead: (file: string) =>
      `${file} could not be read. Try again, or save it again from where it came from.`,
    saved: (file: string) => `Saved the case as ${file} (in your downloads).`,
    savedResult: (file: string) =>
      `Saved the result as ${file} (in your downloads): the same file the form8379 command writes.`,
    loadedExample: (title: string) => `Loaded the example “${title}”.`,
    started: 'Started a new case.',
    forgotten: 'Forgotten: nothing of this case is stored on this computer.',
    remembered: 'This case is remembered in this browser until you untick the box.',
    cannotRemember: 'This browser does not let the page keep anything: the box stays unticked.',
    restored: 'Restored the case remembered on this computer.',
  },

  /** The bundled examples (examples/*\/case.json), in the order the list shows them. */
  examples: {
    'two-earners-child-support': 'Two wage earners, child support taken',
    'eic-family': 'Family with the earned income credit, two debts taken',
    'self-employed-estimated-payments': 'Self-employed spouse, student loan taken',
    'texas-couple': 'Community property in Texas: tax and child support taken',
    'arizona-couple': 'Arizona couple: an old tax debt of the other spouse',
  } as Record<string, string>,

  /** Why a file was not opened (app/src/case-file.ts). */
  fileProblems: {
    tooBig: (size: number) =>
      `The file is ${bytes(size)}; a case file can be at most 1 MB (1,048,576 bytes). A case of 1,000 lines is about 100 KB: check that this is a case file.`,
    tooManyItems: (n: number, max: number) =>
      `The file lists ${num(n)} items; a case can have at most ${num(max)}. A joint return has far fewer: combine small items of one kind and spouse.`,
    tooManyDebts: (n: number, max: number) =>
      `The file lists ${num(n)} debts; a case can have at most ${num(max)}. The offset notice lists a handful: combine debts of one kind.`,
    nameTooLong: (whose: 'injured' | 'other', chars: number, max: number) =>
      `${whose === 'injured' ? 'The injured spouse’s' : 'The other spouse’s'} name in the file is ${num(chars)} characters long; a name can have at most ${num(max)}.`,
    textTooLong: (where: string, chars: number, max: number) =>
      `A text in the file (${where}) is ${num(chars)} characters long; a title or description can have at most ${num(max)}.`,
    tooDeep:
      'The file nests lists inside lists more deeply than a case file does: check that this is a case file.',
    notText: (line: number, column: number) =>
      `The file is not plain text (UTF-8) at line ${line}, column ${column}. Save it as UTF-8 text and open it again.`,
    empty: 'The file is empty.',
    notCase: (line: number, column: number) =>
      `This is not a case file: it stops being one at line ${line}, column ${column}. Open a file saved by this page or by the form8379 command.`,
    twice: (line: number, column: number, firstLine: number) =>
      `The file gives the same entry twice (line ${firstLine}, and again at line ${line}, column ${column}), perhaps after editing it by hand. Remove one of them and open it again.`,
    inexact: (line: number, column: number, written: string) =>
      `The number ${written} at line ${line}, column ${column} has more digits than can be read exactly: write it with at most two decimals, such as 1234.50.`,
    notForm: (parts: string) =>
      `It holds parts this page cannot show (${parts}); it may have been written for another program or a newer version.`,
    parts: {
      whole: 'the whole file',
      taxYear: 'the tax year',
      spouses: 'the spouses',
      partI: 'the answers to Part I',
      communityProperty: 'the community property states',
      deduction: 'the deduction',
      item: (n: number) => `line ${n} of the return`,
      items: 'the lines of the return',
      debts: 'the debts',
      jointReturn: 'the totals of the return',
      efile: 'the details for e-filing',
      debt: (n: number) => `debt ${n}`,
      form8379: 'the details of the official form (lines 11 and 12, Part IV)',
      afterFiling: 'what happened after filing',
      title: 'the title',
      source: 'the source',
      unknown: (name: string) => `“${name}”`,
    },
  },

  /** The start of a person's path. */
  start: {
    heading: 'Start here',
    question: 'Was your refund, or part of it, taken for your spouse’s debt?',
    taken: 'Yes, it was taken',
    expected: 'Not yet, but I expect it to be',
    no: 'No',
    help: 'The questions below follow Form 8379, Injured Spouse Allocation, line by line. Have your joint return and the offset notice at hand.',
    notForYou:
      'Then you do not need Form 8379: it claims back your share of a joint refund that was, or will be, taken for a past-due debt only your spouse owes (child support, a student loan, taxes). If a refund is taken later, come back then.',
  },

  partI: {
    heading: 'Part I: should you file Form 8379?',
    intro:
      'You are the injured spouse: the spouse who does not owe the debt the joint refund was (or will be) applied to.',
    taxYear: 'Line 1. Tax year of the joint return',
    taxYearHelp: 'Four digits, such as 2024. This calculator covers 2018 to 2026.',
    questions: {
      jointReturn: 'Line 2. Did (or will) you file a joint return?',
      debtOwedOnlyBySpouse:
        'Line 3. Did (or will) the IRS use the joint overpayment to pay a past-due debt owed only by your spouse (federal tax, state income tax, state unemployment compensation, child support, spousal support, or a federal nontax debt such as a student loan)?',
      injuredLegallyObligated: 'Line 4. Are you legally obligated to pay this past-due amount?',
      communityPropertyResident:
        'Line 5. Were you a resident of a community property state at any time during the tax year?',
      madePayments:
        'Line 6. Did you make and report payments, such as federal income tax withholding or estimated tax payments?',
      hadEarnedIncome:
        'Line 7. Did you have earned income, such as wages, salaries, or self-employment income?',
      claimsEicOrActc:
        'Line 8. Did (or will) you claim the earned income credit or additional child tax credit?',
      claimsOtherRefundableCredit: 'Line 9. Did (or will) you claim a refundable tax credit?',
    },
    yes: 'Yes',
    no: 'No',
    fromItems: 'Answer from the lines of the return',
    derivedSummary: 'Lines 6 to 9: answered from the lines of your return unless you answer them',
    derivedHelp:
      'An answer you give must agree with the lines of the return you enter below; the page says so when it does not.',
    stopTitle: (line: number) => `This answer ends the claim (Part I line ${line}). `,
    restHidden: 'The rest of the form is not needed. Change the answer above if it was a mistake.',
    states: 'Where you lived (one state, or two that follow the same rule)',
    stateName: {
      AZ: 'Arizona',
      CA: 'California',
      ID: 'Idaho',
      LA: 'Louisiana',
      NV: 'Nevada',
      NM: 'New Mexico',
      TX: 'Texas',
      WA: 'Washington',
      WI: 'Wisconsin',
    },
    wholeYear: 'Lived there the whole tax year',
    wholeYearHelp: 'Part of the year only is not computed by this version.',
    characterHelp:
      'Each line of the return is then community or separate property, by the state’s rule unless you mark it.',
  },

  spouses: {
    heading: 'Part II: the two of you',
    injured: 'You (the injured spouse)',
    other: 'Your spouse (owes the debt)',
    injuredRow: 'You',
    otherRow: 'Your spouse',
    name: 'Name as shown on the return',
    ssn: 'Social security number (optional)',
    ssnHelp: '9 digits, such as 123-45-6789. The worksheet shows only the last four.',
    age65: 'Age 65 or older at the end of the year',
    blind: 'Blind at the end of the year',
    shownFirst: 'Whose name is shown first on the return?',
    shownFirstHelp:
      'Form 8379 line 10 lists you both in this order: the official form is filled only once you answer.',
    shownFirstInjured: 'Yours',
    shownFirstOther: 'Your spouse’s',
  },

  items: {
    heading: 'Part III: your joint return, line by line',
    intro:
      'Copy each line of the joint return and say whose it is. Amounts in dollars and cents, such as 52,000 or 1234.50: no dollar sign; a minus sign for a loss.',
    line34: 'Form 1040 line 34: the refund the return claimed (amount you overpaid)',
    line34Help:
      'The figure the calculation should reach: as you enter the lines below, the page shows how far they are from it.',
    noReturn: 'I don’t have the return at hand',
    noReturnHelp: 'Then the answer is shown without checking the lines against line 34.',
    progressNone: 'Enter the lines of the return below; the page adds them up as you go.',
    progressAway: (fromLines: Money, onReturn: Money, apart: Money) =>
      `The lines so far give a refund of ${fromLines}; line 34 says ${onReturn}: ${apart} still to account for.`,
    progressOver: (fromLines: Money, onReturn: Money, apart: Money) =>
      `The lines so far give a refund of ${fromLines}, ${apart} more than line 34 (${onReturn}): check the amounts against the return.`,
    progressDone: (onReturn: Money) => `The lines give ${onReturn}, the refund on line 34.`,
    deduction: 'Line 12. Deduction',
    standard: 'Standard deduction (computed)',
    itemized: 'Itemized deductions (Schedule A, entered as lines below)',
    add: 'Add a line of the return',
    addButton: 'Add',
    addHelp: 'In the order of the return. Each line you add appears with its place on the form.',
    full: (max: number) =>
      `A case can have at most ${num(max)} lines: combine small ones of one kind and spouse.`,
    owner: 'Whose is it?',
    you: 'Yours',
    spouse: 'Your spouse’s',
    both: 'Both of yours (joint)',
    amount: 'Amount',
    withholding: 'Federal tax withheld',
    injuredShare: 'Your agreed part',
    injuredShareHelp: 'Leave empty to split it equally.',
    selfEmploymentTax: 'Self-employment tax (Schedule SE)',
    description: 'Description (optional)',
    character: 'Community or separate property',
    characterDefault: 'The state’s rule',
    community: 'Community',
    separate: 'Separate',
    fromSeparateProperty: 'From separate property',
    jointManagement: 'Joint management (Texas)',
    notMarked: 'Not marked',
    remove: (row: string) => `Remove ${row.toLowerCase()}`,
    rowName: (noun: string, n: number) => `${noun[0]?.toUpperCase() ?? ''}${noun.slice(1)} ${n}`,
  },

  /** The lines of the return, one per kind of item, in the order of Form 1040 and its schedules. */
  lines: {
    wages: {
      title: 'Wages, salaries, tips',
      lines: 'Form 1040 line 1a to 1z',
      help: 'One per Form W-2: box 1 as the amount, box 2 as the tax withheld. Wages belong to the spouse who earned them, never to both.',
      noun: 'wages',
    },
    interest: {
      title: 'Taxable interest',
      lines: 'Form 1040 line 2b',
      help: 'Interest belongs to the owner of the account; a joint account is split as you agree, or equally.',
      noun: 'interest',
    },
    qualifiedDividends: {
      title: 'Qualified dividends',
      lines: 'Form 1040 line 3a',
      help: 'Line 3a. Enter only the rest of line 3b as ordinary dividends, so the two add up to line 3b.',
      noun: 'qualified dividends',
    },
    dividends: {
      title: 'Ordinary dividends other than qualified',
      lines: 'Form 1040 line 3b minus line 3a',
      help: 'Line 3b less line 3a: the qualified part is its own line.',
      noun: 'ordinary dividends',
    },
    pension: {
      title: 'IRA distributions, pensions and annuities',
      lines: 'Form 1040 lines 4b and 5b',
      help: 'The taxable amounts, to the owner of the account or plan.',
      noun: 'pension or IRA',
    },
    socialSecurity: {
      title: 'Taxable social security benefits',
      lines: 'Form 1040 line 6b',
      help: 'The taxable part, as on the joint return, to the spouse who received the benefits.',
      noun: 'social security',
    },
    capitalGain: {
      title: 'Capital gain or loss',
      lines: 'Form 1040 line 7',
      help: 'As on the joint return, to the owner of what was sold. A loss with a minus sign, at most -3,000.00 for all of them together.',
      noun: 'capital gain or loss',
    },
    selfEmployment: {
      title: 'Business and farm income',
      lines: 'Schedule 1 lines 3 and 6 (Schedule C, Schedule F)',
      help: 'Net profit (a loss with a minus sign) of the spouse whose business it is, with its self-employment tax from Schedule SE.',
      noun: 'business income',
    },
    unemployment: {
      title: 'Unemployment compensation',
      lines: 'Schedule 1 line 7',
      help: 'To the spouse who received it.',
      noun: 'unemployment',
    },
    otherIncome: {
      title: 'Other income',
      lines: 'Schedule 1 lines 1, 2a, 4, 5 and 8',
      help: 'State refunds, alimony received, other gains, rents and royalties (Schedule E), other income; may be negative.',
      noun: 'other income',
    },
    adjustment: {
      title: 'Adjustments to income',
      lines: 'Schedule 1 lines 11 to 24',
      help: 'Educator expenses, HSA, IRA and retirement plan deductions, student loan interest and others, to the spouse who would claim them on a separate return. Not the deductible half of self-employment tax: it is computed.',
      noun: 'adjustment',
    },
    itemizedDeduction: {
      title: 'Itemized deductions',
      lines: 'Form 1040 line 12 (Schedule A)',
      help: 'Only when the return itemizes: each spouse’s own, joint ones as you agree.',
      noun: 'itemized deduction',
    },
    qbiDeduction: {
      title: 'Qualified business income deduction',
      lines: 'Form 1040 line 13',
      help: 'By each spouse’s share of the qualified business income.',
      noun: 'QBI deduction',
    },
    schedule1ADeduction: {
      title: 'Schedule 1-A deductions',
      lines: 'Schedule 1-A (tax year 2025 on)',
      help: 'Tips, overtime, car loan interest and the senior deduction, to the spouse they relate to.',
      noun: 'Schedule 1-A deduction',
    },
    childTaxCredit: {
      title: 'Child tax credit',
      lines: 'Form 1040 line 19 (Schedule 8812)',
      help: 'To the spouse who would claim the child on a separate return; with children of both, one line for each of you.',
      noun: 'child tax credit',
    },
    otherDependentsCredit: {
      title: 'Credit for other dependents',
      lines: 'Form 1040 line 19 (Schedule 8812)',
      help: 'To the spouse who would claim the dependent on a separate return.',
      noun: 'credit for other dependents',
    },
    childCareCredit: {
      title: 'Child and dependent care credit',
      lines: 'Schedule 3 line 2 (Form 2441)',
      help: 'To the spouse who would claim the child or dependent on a separate return.',
      noun: 'child and dependent care credit',
    },
    educationCredit: {
      title: 'Education credits',
      lines: 'Schedule 3 line 3 (Form 8863)',
      help: 'To the spouse who would claim the student: the student’s own spouse, or the spouse who would claim the dependent.',
      noun: 'education credit',
    },
    nonrefundableCredit: {
      title: 'Other nonrefundable credits',
      lines: 'Schedule 3 lines 1 and 4 to 7',
      help: 'Foreign tax, retirement savings, energy and other nonrefundable credits, to the spouse who would claim them. Not the earned income credit.',
      noun: 'nonrefundable credit',
    },
    otherTax: {
      title: 'Other taxes',
      lines: 'Schedule 2 lines 5 to 17',
      help: 'Additional Medicare Tax, net investment income tax, household employment and other taxes, to the spouse they arise from. Self-employment tax goes with the business income.',
      noun: 'other tax',
    },
    withholding: {
      title: 'Other federal tax withheld',
      lines: 'Form 1040 lines 25b and 25c, Schedule 3 line 11',
      help: 'Withholding not entered with an income line: Forms 1099 and W-2G, excess social security tax, to the spouse it was withheld from.',
      noun: 'withholding',
    },
    estimatedPayment: {
      title: 'Estimated tax payments',
      lines: 'Form 1040 line 26, Schedule 3 line 10',
      help: 'Each spouse’s own; joint payments as agreed, otherwise split by each one’s separate tax. An extension payment counts here too.',
      noun: 'estimated payment',
    },
    priorYearOverpayment: {
      title: 'Overpayment applied from the prior year',
      lines: 'Form 1040 line 26',
      help: 'Joint when it came from a joint return; otherwise the spouse whose return it came from.',
      noun: 'prior-year overpayment',
    },
    additionalChildTaxCredit: {
      title: 'Additional child tax credit',
      lines: 'Form 1040 line 28',
      help: 'To the spouse who would claim the child on a separate return.',
      noun: 'additional child tax credit',
    },
    refundableCredit: {
      title: 'Other refundable credits',
      lines: 'Form 1040 line 29, Schedule 3 lines 9, 12 and 13',
      help: 'American opportunity credit (refundable part), net premium tax credit and other refundable credits. The earned income credit goes with the other totals of the return.',
      noun: 'refundable credit',
    },
  },

  debts: {
    heading: 'Your spouse’s past-due debts',
    intro:
      'The debts the refund was (or will be) applied to, from the offset notice. The law sets the order they are paid in, whatever the order here.',
    add: 'Add a debt',
    row: (n: number) => `Debt ${n}`,
    remove: (n: number) => `Remove debt ${n}`,
    type: 'Kind of debt',
    types: {
      federalTax: 'Federal tax',
      childSupport: 'Child support',
      spousalSupport: 'Spousal support (alimony)',
      federalNontax: 'Other federal debt, such as a student loan',
      stateIncomeTax: 'State income tax',
      stateUnemployment: 'State unemployment compensation',
    },
    amount: 'Past-due amount',
    arose: 'When it arose',
    aroseHelp: 'Needed for a federal tax debt in a community property state.',
    aroseNotGiven: 'Not given',
    beforeMarriage: 'Before the marriage',
    duringMarriage: 'During the marriage',
    date: 'Date it became past due (optional)',
    dateHelp: 'Year-month-day, such as 2024-03-15. Older debts of one kind are paid first.',
    description: 'Description (optional)',
  },

  totals: {
    summary: 'Other totals from the return (optional checks)',
    intro:
      'Form 1040 figures. Except the tax and the earned income credit, they only check the lines you entered: a difference is listed in the answer.',
    labels: {
      totalIncome: 'Line 9: total income',
      adjustedGrossIncome: 'Line 11: adjusted gross income',
      taxableIncome: 'Line 15: taxable income',
      incomeTax: 'Line 18: tax',
      nonrefundableCredits: 'Line 21: total nonrefundable credits',
      otherTaxes: 'Line 23: other taxes',
      totalTax: 'Line 24: total tax',
      earnedIncomeCredit: 'Line 27: earned income credit',
      totalPayments: 'Line 33: total payments',
      overpayment: 'Line 34: refund claimed',
    },
    help: {
      incomeTax:
        'Used as given: the tax the two of you share. Left empty, it is computed at the rates for married filing jointly.',
      earnedIncomeCredit: 'Split between you by earned income. Left empty, the return claims none.',
    },
  },

  formFacts: {
    heading: 'What the official form asks besides the figures',
    intro:
      'All optional. They go on Form 8379 as you answer them, and say whether the form can be e-filed.',
    filedWith: 'How will you file Form 8379?',
    filedWithHelp: 'Left unanswered, the worksheet describes both ways, and Part IV stays blank.',
    filedWithOptions: {
      originalReturn: 'With the joint return (e-filed or on paper)',
      amendedReturn: 'With an amended return (Form 1040-X)',
      alone: 'By itself, after the joint return',
    },
    line11: 'Line 11: I am divorced or separated from my spouse and want the refund in both names',
    line12: 'Line 12: should the refund be mailed to an address other than the return’s?',
    line12Options: {
      none: 'No, to the return’s address',
      us: 'Yes, a U.S. address',
      foreign: 'Yes, a foreign address',
    },
    address: {
      street: 'Number and street (with the apartment number)',
      city: 'City, town or post office',
      state: 'State (two letters, such as TX)',
      zip: 'ZIP code',
      province: 'Province, state or county (optional)',
      postalCode: 'Postal code (optional)',
      country: 'Country (in full)',
    },
    partIV: 'Part IV: when Form 8379 is filed by itself',
    phone: 'Your phone number (optional)',
    phoneHelp: 'Such as 512-555-0142.',
    hasPreparer: 'A paid preparer prepared this form',
    preparer: {
      name: 'Preparer’s name',
      ptin: 'Preparer’s PTIN (optional)',
      ptinHelp: 'The letter P and 8 digits, such as P01234567.',
      selfEmployed: 'The preparer is self-employed',
      firmName: 'Firm’s name (optional)',
      firmAddress: 'Firm’s address, on one line (optional)',
      firmEin: 'Firm’s EIN (optional)',
      firmEinHelp: '9 digits, such as 12-3456789.',
      phone: 'Firm’s phone number (optional)',
    },
    efile: 'If the return is e-filed',
    efileIntro:
      'The IRS rejects an e-filed Form 8379 in some cases. Two facts about the return tell whether yours would be.',
    returnAddress: 'Where is the address on the joint return?',
    returnAddressOptions: {
      unitedStates: 'A U.S. state, D.C., or another U.S. territory',
      puertoRico: 'Puerto Rico',
      virginIslands: 'The U.S. Virgin Islands',
      foreign: 'Another country',
    },
    hasForms: 'Does the return include Form 2555, 8833, 8888, 4563, 5074 or 8689?',
    hasFormsOptions: { no: 'No, none of them', yes: 'Yes' },
    whichForms: 'Which ones?',
    forms: {
      '2555': 'Form 2555 (foreign earned income)',
      '8833': 'Form 8833 (treaty-based return position)',
      '8888': 'Form 8888 (refund split among accounts)',
      '4563': 'Form 4563 (American Samoa income)',
      '5074': 'Form 5074 (Guam or the Northern Mariana Islands)',
      '8689': 'Form 8689 (U.S. Virgin Islands)',
    },
  },

  afterFiling: {
    heading: 'What happened after you filed',
    intro:
      'Optional. Type what the documents say, as printed on them: the page compares them with the estimate and says what to do next.',
    own: 'Your own records',
    filedDate: 'The day Form 8379 was filed (year-month-day)',
    filedDateHelp: 'From the e-file acceptance or the certified mail receipt, such as 2025-02-10.',
    efiled: 'Was the joint return with Form 8379 e-filed?',
    offsetNotice: 'The offset notice (Bureau of the Fiscal Service)',
    noticeDate: 'Date of the notice',
    originalRefund: 'Original payment amount (the refund before it was reduced)',
    offsetAmount: 'Amount taken',
    offsetDebtType: 'Kind of debt it was taken for',
    offsetAgency: 'Agency that received it (optional)',
    offsetFee: 'Fee, if the notice shows one',
    irsNotice: 'The IRS notice or letter',
    irsKind: 'Its number (top right)',
    irsKinds: {
      CP49: 'CP49',
      CP42: 'CP42',
      '3179C': 'Letter 3179C',
      '916C': 'Letter 916C',
      '105C': 'Letter 105C (claim disallowed)',
      other: 'Another notice',
    },
    irsDate: 'Date of the notice',
    irsOverpayment: 'Overpayment',
    irsAppliedToTax: 'Applied to tax owed',
    irsInterest: 'Interest',
    irsRefund: 'Refund',
    bank: 'The bank statement, or the check',
    receivedAmount: 'Amount received (interest included)',
    receivedDate: 'Date received',
    receivedIssuedTo: 'In whose name was it issued?',
    issuedTo: { injured: 'Yours', both: 'Both of you', other: 'Your spouse’s alone' },
    check: 'The check',
    /** Each check's title, by the library's rule (`result.check.checks[].rule`). */
    checkTitles: {
      'R-CHECK-OVERPAYMENT': 'The refund before the offset',
      'R-CHECK-OFFSETS': 'The offsets',
      'R-CHECK-REFUND': 'The refund to the injured spouse',
      'R-CHECK-INTEREST': 'Interest',
      'R-CHECK-DEADLINES': 'Deadlines',
    } as Record<string, string>,
    checkEmpty: 'Type what the documents say above: the check appears here.',
    classes: {
      pending: 'The IRS may still be working on it',
      rounding: 'Rounding: nothing to do',
      'return-changed': 'The IRS changed the return',
      'irs-default-split': 'The IRS split a joint item its own way',
      'community-property': 'State community property law divided it',
      unexplained: 'Not explained by the estimate',
      'not-given': 'Not enough to compare yet',
      // The other checks' outcomes (the IRS's figure, the offsets, interest, the deadlines).
      agrees: 'Agrees with the estimate',
      differs: 'Differs from the estimate',
      'beyond-other-portion': 'More was taken than your spouse’s part',
      shown: 'Interest was paid',
      none: 'No interest entered',
      open: 'There is still time to file',
      passed: 'The time to file has passed',
      undecided: 'Not known without today’s date',
    } as Record<string, string>,
    nextSteps: 'What to do next',
    printLetter: 'Print the letter',
    letterTitle: 'The letter to send',
    letterFailed:
      'The letter could not be drafted yet: type the addresses it needs under “Addresses for the letter” (yours, and where it goes). The check above stands.',
    addresses: 'Addresses for the letter',
    addressesHelp:
      'Type each address as it is printed, one line at a time: press Enter after each line (at most 6 lines).',
    senderAddress: 'Your address (for the letter)',
    senderAddressHelp:
      'Where the answer should go: the street on the first line, then the city, state and ZIP code.',
    irsAddress: 'The address on the IRS notice for your reply',
    irsAddressHelp:
      'As the notice prints it, one line at a time. Without an IRS notice, type the address of the IRS service center where you filed the return.',
    offsetAddress: 'The agency’s address on the offset notice',
    offsetAddressHelp:
      'Only for a letter to the agency that received the money: its address as the notice prints it, one line at a time.',
  },

  answer: {
    heading: 'The answer',
    label: 'Estimated refund to the injured spouse',
    open: 'Show the answer',
    close: 'Hide the answer',
    soFar: (figure: Money, missing: string) => `So far ${figure}. Still missing: ${missing}.`,
    noFigure: (missing: string) => `No figure yet. Still missing: ${missing}.`,
    stopped: 'No refund to claim on Form 8379: see why below.',
    whatIsMissing: 'What is missing?',
    missing: {
      taxYear: 'the tax year',
      partI: 'answers in Part I',
      injuredName: 'your name',
      otherName: 'your spouse’s name',
      line34: 'line 34 of the return',
      line34Apart: (apart: Money) => `${apart} to reach line 34`,
      debt: 'the debt',
      problems: (n: number) => count(n, 'answer to fix', 'answers to fix'),
    },
    missingList: 'To finish',
    missingItem: {
      taxYear: 'Line 1: the tax year of the joint return.',
      partI: (line: number) => `Part I line ${line}: answer yes or no.`,
      injuredName: 'Your name, as shown on the return.',
      otherName: 'Your spouse’s name, as shown on the return.',
      line34: 'Line 34 of the return (or tick “I don’t have the return at hand”).',
      line34Apart: (fromLines: Money, onReturn: Money) =>
        `The lines give a refund of ${fromLines}; line 34 says ${onReturn}: check the lines against the return.`,
      debt: 'The debt the refund was (or will be) taken for: add it from the offset notice.',
    },
    problemItem: (label: string, message: string) => `${label}: ${message}`,
    wholeCase: 'The case',
    overpayment: 'Joint refund (overpayment)',
    appliedTo: (debt: string) => `Taken for: ${debt}`,
    otherRefund: 'Refund to your spouse',
    warnings: 'Check these',
    next: 'Next:',
    nextPrint: 'print the worksheet',
    nextForm: 'fill the official Form 8379',
    saveResult: 'Save the result as a file (JSON)',
    failed: (what: string) =>
      `The calculator failed (${what}). Please report it with the case (Save the case to a file).`,
    estimate:
      'An estimate of the IRS computation, not a decision: the IRS divides the refund itself when it processes Form 8379.',
    stopNoOverpayment: 'Nothing to claim on Form 8379. ',
    stopAtLine: (line: number) =>
      `Part I line ${line}: you are not an injured spouse for this return. `,
  },

  /** Why Part I ends the claim, and what to do instead. */
  stops: {
    'not-joint-return':
      'Form 8379 is only for joint returns: a refund of a separate return taken for a debt cannot be claimed back as an injured spouse.',
    'no-separate-debt':
      'Form 8379 is only for a refund taken for a debt your spouse owes alone. If the debt is a joint federal tax debt, see innocent spouse relief instead (Form 8857, Request for Innocent Spouse Relief).',
    'legally-obligated':
      'You are not an injured spouse for a debt you owe too. For a joint federal tax debt, see innocent spouse relief (Form 8857).',
    'no-payments-or-credits':
      'You made no payments (no tax withheld, no estimated tax) and claim no refundable credit, so no part of the refund is yours to claim back.',
    'no-overpayment':
      'The lines of the return give no refund, so nothing was or can be taken for the debt. Check the lines against the return; if a refund of this return is taken later, file Form 8379 then.',
  },

  /** Messages at a field: what to type instead, with an example. */
  problems: {
    letterAddress: {
      tooManyLines: (lines: number, max: number) =>
        `An address for the letter has at most ${max} lines; this one has ${lines}. Put more on one line, separated by commas.`,
      lineTooLong: (max: number) =>
        `A line of the address has at most ${max} characters: break it over two lines.`,
      lines: 'Type the address one line at a time, as it is printed: press Enter after each line.',
    },
    fallback:
      'This answer cannot be used as it is. Check it against the return, or clear it and type it again.',
    formFacts: {
      partIVNotAlone:
        'Part IV is filled in only when Form 8379 is filed by itself: choose “By itself” above, or clear this.',
      phone: 'Type a phone number of digits, spaces, dashes and parentheses, such as 512-555-0142.',
      state: 'Type the state as its two capital letters, such as TX.',
      zip: 'Type the ZIP code as 5 digits, or 9 as 78701-1234.',
      ptin: 'Type the PTIN as the letter P and 8 digits, such as P01234567.',
      ein: 'Type the EIN as 9 digits, such as 12-3456789.',
      missing: 'Fill this in, or choose No on line 12.',
      preparerName: 'Type the preparer’s name, or untick “A paid preparer prepared this form”.',
      tooLong: (max: number) => `At most ${max} characters fit in this box on the form.`,
      address:
        'Fill in the street, city, state and ZIP code (U.S.), or the street, city and country (foreign).',
    },
    taxYear: {
      missing: 'Type the year of the joint return in four digits, such as 2024.',
      notYear: (typed: string) => `Type the year in four digits, such as 2024 (not “${typed}”).`,
      twoDigits: (typed: string, year: string) =>
        `Type all four digits of the year: ${year}, not ${typed}.`,
      unsupported: (year: string, first: number, last: number) =>
        `This calculator covers the tax years ${first} to ${last}; ${year} is not one of them.`,
      beforeExemptions: (year: string) =>
        `Returns before 2018 subtract exemptions, which this calculator does not compute: ${year} is not covered (2018 to 2026 are).`,
    },
    name: {
      injuredMissing: 'Type your name as it is on the joint return, such as Dana Reyes.',
      otherMissing: 'Type your spouse’s name as it is on the joint return, such as Chris Reyes.',
      tooLong: (chars: number, max: number) =>
        `A name can have at most ${max} characters; this one has ${num(chars)}. Type it as the return shows it.`,
    },
    ssn: (digits: number) =>
      digits === 9
        ? 'Type the social security number as 9 digits, such as 123-45-6789: only digits and dashes.'
        : `A social security number has 9 digits, such as 123-45-6789; this one has ${digits}. Check it, or leave it empty.`,
    bothShownFirst:
      'Only one name can be shown first on the return: choose yours or your spouse’s.',
    partI: {
      missing: 'Answer yes or no.',
      contradicts: (line: number, answered: 'yes' | 'no', fromLines: 'yes' | 'no') =>
        `You answered ${answered === 'yes' ? 'Yes' : 'No'} to line ${line}, but the lines of the return you entered say ${fromLines === 'yes' ? 'Yes' : 'No'}. Choose “Answer from the lines of the return”, or check those lines.`,
      line5Mismatch:
        'Your answer to line 5 and the states below disagree: answer line 5 again, and if Yes, tick the state.',
    },
    amount: {
      empty: 'Type the amount, such as 52,000 or 1234.50. Type 0 if there is none.',
      dollarSign: (fix: string) => `Leave out the dollar sign: type ${fix}.`,
      decimalComma: (typed: string, fix: string) =>
        `Use a point for cents, not a decimal comma: type ${fix} for ${typed}.`,
      pointForThousands: (fix: string) =>
        `A point is read as the decimal point, and cents have two digits: for thousands type a comma or nothing, such as ${fix}.`,
      words: 'Type the amount in digits, not words: for forty-one thousand, type 41000 or 41,000.',
      spaces: (fix: string) => `Leave out the spaces: type ${fix}.`,
      plus: (fix: string) => `Leave out the plus sign: type ${fix}.`,
      parentheses: (fix: string) => `For a loss, type a minus sign instead of parentheses: ${fix}.`,
      percent: 'Type the amount in dollars, not a percentage, such as 1234.50.',
      tooManyDecimals: (fix: string) =>
        `Cents have at most two digits after the point: type ${fix}, rounded to the cent.`,
      exponent: 'Type the amount in plain digits, such as 100000.',
      otherDigits: 'Type the amount with the digits 0 to 9, such as 1234.50.',
      pointDigits: (fix: string) => `Type digits on both sides of the point: ${fix}.`,
      grouping:
        'Commas go between groups of three digits, such as 61,250.00; or leave them out: 61250.00.',
      tooLarge: 'The amount is too large: it must be less than one trillion dollars.',
      notAmount: 'Type the amount in digits only, such as 52,000 or 1234.50.',
      negative: 'This amount cannot be negative: type it without the minus sign.',
      negativeForLine: (line: string) =>
        `${line} cannot be negative (only business income, capital gains and other income can be a loss): type it without the minus sign.`,
    },
    item: {
      ownerMissing: 'Choose whose it is: yours, your spouse’s, or both of yours.',
      ownerJointEarned:
        'Wages and business income belong to the spouse who earned them: choose yours or your spouse’s, not both.',
      ownerJointDependent:
        'This credit goes to the spouse who would claim the child on a separate return: choose yours or your spouse’s. With children of both, add one line for each of you.',
      shareNotJoint:
        'Only a line that belongs to both of you has an agreed part: leave this empty, or choose “Both of yours”.',
      shareOutside: (amount: Money) =>
        `Your agreed part must be between 0 and the line’s amount, ${amount}.`,
      capitalLoss: (loss: Money) =>
        `Your capital gains and losses add up to a loss of ${loss}, but a joint return deducts at most $3,000.00 (Form 1040 line 7): type the loss the return deducts, such as -3,000.00; the rest carries over to next year.`,
      schedule1A: (year: string) =>
        `Schedule 1-A deductions start with the tax year 2025; this return is for ${year}. Remove this line.`,
      withholdingOnWithholding:
        'This line is itself tax withheld: put the figure in Amount and leave “Federal tax withheld” empty.',
      seTaxNotBusiness:
        'Only business income carries self-employment tax: enter any other tax as an “Other taxes” line.',
      itemizedNeedsItemized:
        'Itemized deductions count only when the return itemizes: choose “Itemized deductions” at line 12, or remove this line.',
      characterNeeded: (states: string) =>
        `The laws of ${states} differ on income from separate property: mark this line community or separate.`,
      jointManagementSeparate:
        'Joint management applies to community property only: mark the line community, or set joint management to “Not marked”.',
      textTooLong: (chars: number, max: number) =>
        `A description can have at most ${num(max)} characters; this one has ${num(chars)}.`,
      tooMany: (max: number) =>
        `A case can have at most ${num(max)} lines of the return: combine small ones of one kind and spouse.`,
    },
    deduction: {
      itemizedNoLines:
        'You chose itemized deductions: add them as “Itemized deductions” lines, or choose the standard deduction.',
    },
    eicWithoutEarnings: (amount: Money) =>
      `The return claims ${amount} of earned income credit, but no one has wages or business income yet: add them, so the credit can be divided by earned income.`,
    communityProperty: {
      noState: 'Tick the state where you lived.',
      statesDiffer: (a: string, b: string) =>
        `${a} and ${b} follow different rules, and a year in two such states is not computed: choose the state you lived in for the year.`,
      partYear:
        'A year lived only partly in a community property state is not computed by this version.',
    },
    debt: {
      typeMissing: 'Choose the kind of debt, as the offset notice names it.',
      aroseNeeded: (states: string) =>
        `In ${states}, a federal tax debt reaches the refund differently when it arose before the marriage: choose when it arose.`,
      tooMany: (max: number) => `A case can have at most ${max} debts: combine debts of one kind.`,
    },
    date: {
      format: 'Type the date as year-month-day, such as 2024-03-15.',
      usOrder: (typed: string, fix: string) =>
        `Type the date as year-month-day: ${fix} for ${typed}.`,
      notADay: (typed: string) =>
        `There is no such day as ${typed}: check the date, and type it as year-month-day, such as 2024-03-15.`,
    },
    title: {
      tooLong: (chars: number, max: number) =>
        `A title can have at most ${num(max)} characters; this one has ${num(chars)}.`,
    },
  },

  /** What the result asks the person to check, by the library's warning code. */
  warnings: {
    mismatch: (line: string, label: string, onReturn: Money, fromLines: Money, apart: Money) =>
      `Form 1040 line ${line} (${label}) is ${onReturn} on the return, but the lines you entered give ${fromLines} (${apart} apart): check them against the return.`,
    jointTax: (onReturn: Money, fromLines: Money, apart: Money) =>
      `The return’s tax (Form 1040 line 18) is ${onReturn}, but the tax of the lines you entered is ${fromLines} (${apart} apart). The return’s figure is used. Alternative minimum tax or repaying advance premium tax credit can explain it; otherwise check the lines.`,
    overpayment: (onReturn: Money, fromLines: Money, apart: Money) =>
      `Line 34 of the return says ${onReturn}, but the lines you entered give ${fromLines} (${apart} apart). The calculation uses ${fromLines}: check the lines against the return.`,
    creditsAboveTax: (credits: Money, tax: Money) =>
      `The credits (${credits}) are more than the tax (${tax}), and the return cannot go below zero tax: only ${tax} of them are used. The unused part of a child tax credit is the additional child tax credit (Form 1040 line 28): enter it as its own line.`,
    selfEmploymentTaxMissing: (profit: Money) =>
      `Business income of ${profit} normally carries self-employment tax: type it from Schedule SE in “Self-employment tax” on the business income line.`,
    sameSsn: 'You both have the same social security number: check both against the return.',
    withholdingAboveIncome: (withheld: Money, amount: Money) =>
      `The tax withheld (${withheld}) is more than the income it was withheld from (${amount}): check both figures (Form W-2 boxes 1 and 2, or the Form 1099).`,
    debtDateEarly: 'A debt dated before 1900: check the date.',
    debtDateLate: (latest: string) =>
      `A debt dated after ${latest}, the last day to claim this refund, cannot have taken it: check the date and the tax year.`,
    communityMarksIgnored:
      'Some lines are marked community or separate property, but you did not say you lived in a community property state (line 5): the marks are ignored.',
    communityMarkNoEffect:
      'A community property mark on a deduction or credit has no effect: it follows the income it belongs to.',
    unattributed: (amount: Money) => `${amount} of the joint refund is not divided between you.`,
    noOverpayment: 'The return shows no refund, so nothing can be taken or claimed.',
    efileCredits: (onForm: string, onReturn: string) =>
      `If you e-file, the IRS would reject this Form 8379: its line 16 credits (${onForm}) differ from the return’s total credits on Form 1040 line 21 (${onReturn}). Check the credits, or file Form 8379 on paper.`,
    efileForeign:
      'If you e-file, the IRS would reject this Form 8379: the return has a foreign address. File Form 8379 on paper.',
    efilePrVi:
      'If you e-file, the IRS would reject this Form 8379: the return’s address is in Puerto Rico or the U.S. Virgin Islands. File Form 8379 on paper.',
    efileForms:
      'If you e-file, the IRS would reject this Form 8379: the return includes one of Forms 2555, 8833, 8888, 4563, 5074 or 8689. File Form 8379 on paper.',
    efileNotJoint:
      'If you e-file, the IRS would reject this Form 8379: the return is not a joint return (line 2).',
    efileState:
      'If you e-file, the IRS would reject this Form 8379: line 5 is Yes but names no community property state. Tick the state.',
    efileOther:
      'If you e-file, the IRS would reject this Form 8379 as it stands: file it on paper, or correct the return.',
    other: 'Check the lines of the return: the calculation found something unusual.',
  },

  worksheet: {
    heading: 'Worksheet',
    date: 'Date prepared',
    preparedBy: 'Prepared by (optional)',
    title: 'Title on the worksheet (optional)',
    titleHelp: 'Such as “Reyes 2024”.',
    fullSsn: 'Show full social security numbers',
    print: 'Print the worksheet',
    preview: 'Worksheet preview',
    empty: 'The worksheet appears here once the form is complete.',
    failed: 'The worksheet could not be shown; the answer above stands.',
  },

  officialForm: {
    heading: 'Fill the official Form 8379',
    where: 'Download the fillable form from ',
    whereAfter:
      ' and choose it here: it is filled in this browser from your answer, and nothing leaves the browser.',
    url: FORM_PDF,
    input: 'Form 8379 PDF from IRS.gov',
    private: 'Keep it private: ',
    privateText: 'the filled PDF holds both spouses’ full social security numbers.',
    finishFirst:
      'The form is filled from the answer: finish the case first (see “What is missing?” in the answer).',
    blocked: 'This case cannot be put on the official form:',
    efileFails: 'If the return is e-filed with this Form 8379, the IRS would reject it:',
    go: (label: string) => `Go to “${label}”`,
    filling: (file: string) => `Filling Form 8379 from ${file}…`,
    filled: (file: string) => `Filled: ${file}`,
    filledAfter:
      ' is in your downloads. Check it against the worksheet before you sign and file it.',
    couldNotFill: (file: string) => `${file} could not be filled: `,
    blockers: {
      partIStop: (line: number) =>
        `Part I ends the claim at line ${line}, so no Form 8379 is filed for this case.`,
      earlierRevision: (year: number) =>
        `Form 8379 (Rev. November 2023) is for tax years 2023 and later; this case is for ${year}. Download the revision for ${year} from ${PRIOR_REVISIONS} and copy the figures from the worksheet’s “Enter on Form 8379”.`,
      line10:
        'Line 10 lists you both in the order of the joint return: answer “Whose name is shown first on the return?” in Part II.',
      other: 'Something in the case keeps it off the official form.',
    },
    problems: {
      'too-large': `The file is larger than the 10 MB this page reads; the IRS’s Form 8379 is about 100 KB. Download it from ${FORM_PDF}.`,
      'not-pdf': `This is not a PDF file. Download the fillable Form 8379 from ${FORM_PDF} and choose that file.`,
      damaged: `The PDF is damaged or incomplete, perhaps by an interrupted download. Download it again from ${FORM_PDF}.`,
      encrypted: `The PDF is locked (encrypted), so it cannot be filled. Download the IRS’s own copy from ${FORM_PDF}.`,
      'other-revision': `This is another revision of Form 8379; this page fills the revision of November 2023. Download it from ${FORM_PDF}.`,
      'missing-field': `This PDF is not the fillable Form 8379 (a printed or flattened copy?). Download the fillable form from ${FORM_PDF}.`,
      'wrong-field': `This PDF is not the IRS’s fillable Form 8379: some of its fields are not the form’s. Download it from ${FORM_PDF}.`,
      other: `The PDF could not be filled. Download the fillable Form 8379 from ${FORM_PDF} and try again.`,
    },
    values: {
      'too-long': (label: string) =>
        `${label}: too long for its box on the form. Shorten it as the return shows it.`,
      'too-wide': (label: string) =>
        `${label}: too wide to print in its box on the form. Shorten it as the return shows it.`,
      'control-character': (label: string) =>
        `${label}: holds an invisible control character the form cannot print. Type it again.`,
      unprintable: (label: string) =>
        `${label}: holds a letter the form’s font cannot print (Latin letters only). Write it as on the return.`,
    },
  },
};

export type Catalogue = typeof en;
