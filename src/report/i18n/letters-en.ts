/**
 * The words of the person's letters in English (result-check.md section 4), keyed by message id:
 * the frame every letter shares (the draft note, the labels, the closing, the page numbers), the
 * pieces letters A, B and C share (the references, the opening paragraph, the estimate, the
 * enclosures), and all of letter C (the statement for the Taxpayer Advocate Service), which is
 * also written in Spanish (letters-es.ts, typed by {@link LettersCatalogue}). Letters A, B and D
 * go to the IRS or an agency and are always English; with `lang: 'es'` they carry a Spanish note
 * for the person (`personNote*`), on screen only.
 *
 * Values are plain text (the templates escape them) or functions of their placeholders: dates come
 * already written out, amounts as `$1,819.00`, names as the user typed them.
 */
export const lettersEn = {
  // --- The frame (letter-render.ts) -----------------------------------------------------------
  /** The <title> of the HTML page. */
  htmlTitle: (title: string, year: number) => `${title}, tax year ${year}`,
  /** The running header's last part, on pages after the first. */
  taxYearShort: (year: number) => `tax year ${year}`,
  /** "Page 2 of 2" at the foot of each printed page: the two words around the numbers. */
  pageWord: 'Page',
  pageOf: 'of',
  phone: 'Phone',
  dateBlank: 'Date: ________________',
  enclosures: 'Enclosures',
  /** After the draft note in HTML (the note is on screen only). */
  noteNotPrinted: 'This note is not printed.',
  /** After the draft note in Markdown and text. */
  noteDelete: 'Delete this note before sending.',

  // --- Every letter -----------------------------------------------------------------------------
  draftNote: (mark: string) =>
    `Draft of letter ${mark}, based on an estimate: check every figure against your documents, fill in the blanks, remove what does not apply, sign it and keep a copy.`,
  closing: 'Sincerely,',
  /** With `lang` other than English, for the letters that stay English: what the letter asks. */
  personNoteRequest:
    'This letter is in English because the IRS reads it: it asks the IRS for the worksheet it used to compute your share of the refund as an injured spouse, and for an explanation of each item it allocated differently.',
  personNoteReconsider:
    'This letter is in English because the IRS reads it: it asks the IRS to reconsider the allocation of your share of the refund as an injured spouse with the new Form 8379 you enclose.',
  personNoteAgency: (agency: string, other: string) =>
    `This letter is in English because ${agency} reads it: it asks the agency to review the debt of ${other} for which the refund was taken, which you believe is wrong or already paid.`,

  // --- The references ("Re:" block) ---------------------------------------------------------------
  reLabel: 'Re',
  nameShownFirst: 'Name shown first',
  nameShownSecond: 'Name shown second',
  nameAndSsn: (name: string, ssn: string) => `${name}, SSN ${ssn}`,
  nameAndSsnInjured: (name: string, ssn: string) => `${name}, SSN ${ssn} (injured spouse)`,
  irsNoticeLabel: 'IRS notice',
  offsetNoticeLabel: 'Offset notice',
  fiscalService: 'Bureau of the Fiscal Service',
  form8379FiledLabel: 'Form 8379 filed',

  // --- The IRS's notice or letter -----------------------------------------------------------------
  noticeNumbered: (kind: string) => `Notice ${kind}`,
  letterNumbered: (kind: string) => `Letter ${kind}`,
  noticeUnnumbered: 'Your notice',
  /** A notice and its date: "Notice CP49 of May 9, 2025". */
  noticeOf: (notice: string, date: string) => `${notice} of ${date}`,
  noticeFromIrs: (notice: string) => `${notice} from the IRS.`,

  // --- How and when Form 8379 was filed -----------------------------------------------------------
  filedEfiled: 'with the e-filed joint return',
  filedEfiledYear: (year: number) => `with our e-filed ${year} joint return`,
  filedPaper: 'with the joint return, on paper',
  filedPaperYear: (year: number) => `with our ${year} joint return, on paper`,
  filedOriginal: 'with the joint return',
  filedOriginalYear: (year: number) => `with our ${year} joint return`,
  filedAmended: 'with an amended joint return (Form 1040-X)',
  filedAmendedYear: (year: number) => `with our amended ${year} joint return (Form 1040-X)`,
  filedAlone: 'by itself',
  filedAloneYear: (year: number) => `by itself, for our ${year} joint return`,
  filedForYear: (year: number) => `for our ${year} joint return`,

  // --- The opening paragraph and the estimate ------------------------------------------------------
  intro: (filed: string, how: string, other: string, debts: string) =>
    `I filed Form 8379, Injured Spouse Allocation, on ${filed}, ${how}, so that my share of the joint overpayment would not be applied to ${other}'s past-due ${debts}.`,
  debtFederalTax: 'federal tax',
  debtChildSupport: 'child support',
  debtSpousalSupport: 'spousal support',
  debtFederalNontax: 'federal nontax debt (such as a student loan)',
  debtStateIncomeTax: 'state income tax',
  debtStateUnemployment: 'state unemployment compensation debt',
  /** The case lists no debt. */
  debtsNone: 'debts',
  receivedNothing: 'I have not received any part of the refund.',
  received: (amount: string, when: string, interest: string) =>
    `I received ${amount}${when}${interest}.`,
  receivedOn: (date: string) => ` on ${date}`,
  receivedInAll: (dates: string) => ` in all, on ${dates}`,
  receivedInterest: (amount: string) => `, of which ${amount} is interest`,
  estimateBasis:
    'computed from the joint return by the method of the Form 8379 instructions and IRM 21.4.6',
  estimateMine: (basis: string, amount: string) =>
    `Based on my estimate of the allocation, ${basis}, my share of the joint overpayment is ${amount}. It is an estimate, not a determination: the IRS makes its own allocation.`,
  whatIReceived: 'What I received',
  whatIReceivedLessInterest: 'What I received, less the interest,',
  differenceLess: (subject: string, amount: string) => `${subject} is ${amount} less than that.`,
  differenceMore: (subject: string, amount: string) => `${subject} is ${amount} more than that.`,

  // --- Enclosures ---------------------------------------------------------------------------------
  copyOfNoticeNumbered: (kind: string) => `A copy of the IRS notice ${kind}`,
  copyOfLetterNumbered: (kind: string) => `A copy of the IRS letter ${kind}`,
  copyOfNoticeUnnumbered: 'A copy of the IRS notice',
  copyOfOffsetNotice: 'A copy of the offset notice',
  /** A copy and the date of what is copied. */
  copyDated: (copy: string, date: string) => `${copy} of ${date}`,
  copyOfForm8379: (date: string) => `A copy of the Form 8379 filed on ${date}`,
  worksheetEnclosure:
    'My injured spouse allocation worksheet (the estimate, prepared with form8379)',

  // --- C. The statement for the Taxpayer Advocate Service (Form 911) ------------------------------
  advocateTitle: 'Request for help from the Taxpayer Advocate Service (Form 911)',
  advocateRecipient: 'Taxpayer Advocate Service',
  advocateRecipientNote: '(the local office for my state: see the Form 911 instructions)',
  advocateRe: (year: number) =>
    `Request for assistance (Form 911): injured spouse allocation, Form 8379, tax year ${year}`,
  advocateSalutation: 'Dear Taxpayer Advocate:',
  advocateOpening: (year: number) =>
    `I ask for the help of the Taxpayer Advocate Service with my injured spouse allocation for ${year}. This statement goes with my Form 911, Request for Taxpayer Advocate Service Assistance.`,
  problemHeading: 'The problem',
  offsetTaken: (amount: string, other: string) =>
    `The refund was offset: ${amount} was taken for ${other}'s debts.`,
  offsetTakenDated: (date: string, amount: string, other: string) =>
    `The refund was offset (offset notice of ${date}): ${amount} was taken for ${other}'s debts.`,
  askedReconsider: 'to reconsider the allocation with a new Form 8379',
  askedWorksheet:
    'for its injured spouse allocation worksheet and an explanation of the difference',
  askedShare: 'about my share of the refund',
  wroteNoAnswer: (date: string, asked: string) =>
    `I wrote to the IRS on ${date} to ask ${asked}, and I have had no answer in 30 days.`,
  contactsHeading: 'Earlier contacts',
  contactFiled: (how: string) => `I filed Form 8379 ${how}.`,
  contactOffsetNotice: 'the offset notice of the Bureau of the Fiscal Service.',
  contactReceived: (amount: string) => `I received ${amount}.`,
  contactMyLetter: 'my letter to the IRS (a copy is enclosed).',
  contactCalls: (phone: string) =>
    `calls to the IRS (${phone}), with the names of the people I spoke with.`,
  hardshipHeading: 'Hardship, if any',
  hardshipText:
    'If waiting causes a hardship, say how: for example, that you cannot pay for housing, utilities, food or medical care until the refund arrives.',
  hardshipPrompt: 'The hardship',
  advocateAsk: (year: number, phone: string) =>
    `I ask for help to get an answer from the IRS about my share of the ${year} joint overpayment and, if it was allocated in error, a reconsideration. I can be reached at the address and phone number above. The Taxpayer Advocate Service's number is ${phone}.`,
  enclosureForm911:
    'Form 911, Request for Taxpayer Advocate Service Assistance, completed and signed',
  copyOfMyLetter: (date: string) => `A copy of my letter to the IRS of ${date}`,
};

/** The type every letters catalogue has: the same ids, each of the same kind and placeholders. */
export type LettersCatalogue = typeof lettersEn;
