/**
 * The words of the person's letters in Spanish: letter C whole (the Taxpayer Advocate Service
 * takes Form 911(SP) in Spanish), and the one-sentence note for the person on letters A, B and D,
 * which stay English because the IRS or the agency reads them. The terms are the IRS's own
 * (/work/shared/reference/es-glossary.md: cónyuge perjudicado, declaración conjunta, reembolso,
 * compensación, Aviso de compensación, Oficina del Servicio Fiscal, Servicio del Defensor del
 * Contribuyente, año tributario, pago en exceso), in the "usted" register. Form 8379 exists only
 * in English: its name keeps "Form 8379" beside the Spanish words where it is first named.
 * Amounts and phone numbers are written as in English.
 */
import type { LettersCatalogue } from './letters-en.js';

export const lettersEs: LettersCatalogue = {
  // --- The frame --------------------------------------------------------------------------------
  htmlTitle: (title, year) => `${title}, año tributario ${year}`,
  taxYearShort: (year) => `año tributario ${year}`,
  pageWord: 'Página',
  pageOf: 'de',
  phone: 'Teléfono',
  dateBlank: 'Fecha: ________________',
  enclosures: 'Documentos adjuntos',
  noteNotPrinted: 'Esta nota no se imprime.',
  noteDelete: 'Borre esta nota antes de enviar la carta.',

  // --- Every letter -----------------------------------------------------------------------------
  draftNote: (mark) =>
    `Borrador de la carta ${mark}, basado en un cálculo estimado: verifique cada cifra con sus documentos, complete los espacios en blanco, quite lo que no corresponda, fírmela y guarde una copia.`,
  closing: 'Atentamente,',
  personNoteRequest:
    'Esta carta está en inglés porque la lee el IRS: le pide la hoja de trabajo con la que calculó su parte del reembolso como cónyuge perjudicado y una explicación de cada partida que asignó de otra manera.',
  personNoteReconsider:
    'Esta carta está en inglés porque la lee el IRS: le pide que reconsidere la asignación de su parte del reembolso como cónyuge perjudicado con el nuevo Formulario 8379 (Form 8379) que usted adjunta.',
  personNoteAgency: (agency, other) =>
    `Esta carta está en inglés porque la lee ${agency}: le pide a la agencia que revise la deuda de ${other} por la que se tomó el reembolso, que ustedes creen errónea o ya pagada.`,

  // --- The references ---------------------------------------------------------------------------
  reLabel: 'Asunto',
  nameShownFirst: 'Nombre que figura primero',
  nameShownSecond: 'Nombre que figura segundo',
  nameAndSsn: (name, ssn) => `${name}, SSN ${ssn}`,
  nameAndSsnInjured: (name, ssn) => `${name}, SSN ${ssn} (cónyuge perjudicado)`,
  irsNoticeLabel: 'Aviso del IRS',
  offsetNoticeLabel: 'Aviso de compensación',
  fiscalService: 'Oficina del Servicio Fiscal del Tesoro',
  form8379FiledLabel: 'Formulario 8379 presentado',

  // --- The IRS's notice or letter -----------------------------------------------------------------
  noticeNumbered: (kind) => `Aviso ${kind}`,
  letterNumbered: (kind) => `Carta ${kind}`,
  noticeUnnumbered: 'Aviso',
  noticeOf: (notice, date) => `${notice} del ${date}`,
  /** In the list of earlier contacts, after the date and a colon: lower case. */
  noticeFromIrs: (notice) => `${notice.charAt(0).toLowerCase()}${notice.slice(1)} del IRS.`,

  // --- How and when Form 8379 was filed -----------------------------------------------------------
  filedEfiled: 'con la declaración conjunta presentada por vía electrónica',
  filedEfiledYear: (year) =>
    `con nuestra declaración conjunta de ${year}, presentada por vía electrónica`,
  filedPaper: 'con la declaración conjunta, en papel',
  filedPaperYear: (year) => `con nuestra declaración conjunta de ${year}, en papel`,
  filedOriginal: 'con la declaración conjunta',
  filedOriginalYear: (year) => `con nuestra declaración conjunta de ${year}`,
  filedAmended: 'con una declaración conjunta enmendada (Formulario 1040-X)',
  filedAmendedYear: (year) =>
    `con nuestra declaración conjunta enmendada de ${year} (Formulario 1040-X)`,
  filedAlone: 'por sí solo',
  filedAloneYear: (year) => `por sí solo, para nuestra declaración conjunta de ${year}`,
  filedForYear: (year) => `para nuestra declaración conjunta de ${year}`,

  // --- The opening paragraph and the estimate ------------------------------------------------------
  intro: (filed, how, other, debts) =>
    `Presenté el Formulario 8379 (Form 8379), Asignación del cónyuge perjudicado, el ${filed}, ${how}, para que mi parte del pago en exceso conjunto no se aplicara a las deudas vencidas de ${other}${debts ? ` (${debts})` : ''}.`,
  debtFederalTax: 'impuestos federales',
  debtChildSupport: 'pensión para hijos menores',
  debtSpousalSupport: 'manutención del cónyuge',
  debtFederalNontax: 'deuda federal no tributaria, como un préstamo estudiantil',
  debtStateIncomeTax: 'impuesto estatal sobre los ingresos',
  debtStateUnemployment: 'deuda estatal de compensación por desempleo',
  debtsNone: '',
  receivedNothing: 'No he recibido ninguna parte del reembolso.',
  received: (amount, when, interest) => `Recibí ${amount}${when}${interest}.`,
  receivedOn: (date) => ` el ${date}`,
  receivedInAll: (dates) => ` en total, en estas fechas: ${dates}`,
  receivedInterest: (amount) => `, de los cuales ${amount} son intereses`,
  estimateBasis:
    'hecho a partir de la declaración conjunta con el método de las instrucciones del Formulario 8379 y del IRM 21.4.6',
  estimateMine: (basis, amount) =>
    `Según mi cálculo estimado de la asignación, ${basis}, mi parte del pago en exceso conjunto es ${amount}. Es un cálculo estimado, no una determinación: el IRS hace su propia asignación.`,
  whatIReceived: 'Lo que recibí',
  whatIReceivedLessInterest: 'Lo que recibí, sin contar los intereses,',
  differenceLess: (subject, amount) => `${subject} es ${amount} menos que eso.`,
  differenceMore: (subject, amount) => `${subject} es ${amount} más que eso.`,

  // --- Enclosures ---------------------------------------------------------------------------------
  copyOfNoticeNumbered: (kind) => `Una copia del aviso ${kind} del IRS`,
  copyOfLetterNumbered: (kind) => `Una copia de la carta ${kind} del IRS`,
  copyOfNoticeUnnumbered: 'Una copia del aviso del IRS',
  copyOfOffsetNotice: 'Una copia del Aviso de compensación',
  copyDated: (copy, date) => `${copy}, del ${date}`,
  copyOfForm8379: (date) => `Una copia del Formulario 8379 presentado el ${date}`,
  worksheetEnclosure:
    'Mi hoja de trabajo de la asignación del cónyuge perjudicado (el cálculo estimado, preparado con form8379)',

  // --- C. The statement for the Taxpayer Advocate Service (Form 911(SP)) ---------------------------
  advocateTitle:
    'Solicitud de ayuda del Servicio del Defensor del Contribuyente (Formulario 911(SP))',
  advocateRecipient: 'Servicio del Defensor del Contribuyente',
  advocateRecipientNote:
    '(la oficina local de mi estado: vea las instrucciones del Formulario 911(SP))',
  advocateRe: (year) =>
    `Solicitud de ayuda (Formulario 911(SP)): asignación del cónyuge perjudicado, Formulario 8379 (Form 8379), año tributario ${year}`,
  advocateSalutation: 'Estimado Defensor del Contribuyente:',
  advocateOpening: (year) =>
    `Solicito la ayuda del Servicio del Defensor del Contribuyente con mi asignación del cónyuge perjudicado del año tributario ${year}. Este escrito acompaña mi Formulario 911(SP), Solicitud de Ayuda del Servicio del Defensor del Contribuyente.`,
  problemHeading: 'El problema',
  offsetTaken: (amount, other) =>
    `El reembolso fue compensado: se tomaron ${amount} para pagar deudas de ${other}.`,
  offsetTakenDated: (date, amount, other) =>
    `El reembolso fue compensado (Aviso de compensación del ${date}): se tomaron ${amount} para pagar deudas de ${other}.`,
  askedReconsider: 'que reconsiderara la asignación con un nuevo Formulario 8379',
  askedWorksheet:
    'su hoja de trabajo de la asignación del cónyuge perjudicado y una explicación de la diferencia',
  askedShare: 'una respuesta sobre mi parte del reembolso',
  wroteNoAnswer: (date, asked) =>
    `Escribí al IRS el ${date} para pedirle ${asked}, y no he tenido respuesta en 30 días.`,
  contactsHeading: 'Contactos anteriores',
  contactFiled: (how) => `presenté el Formulario 8379 ${how}.`,
  contactOffsetNotice: 'el Aviso de compensación de la Oficina del Servicio Fiscal del Tesoro.',
  contactReceived: (amount) => `recibí ${amount}.`,
  contactMyLetter: 'mi carta al IRS (adjunto una copia).',
  contactCalls: (phone) =>
    `llamadas al IRS (${phone}), con los nombres de las personas con quienes hablé.`,
  hardshipHeading: 'Dificultades económicas, si las hay',
  hardshipText:
    'Si la espera le causa dificultades económicas, explique cuáles: por ejemplo, que no puede pagar la vivienda, los servicios públicos, la comida o la atención médica hasta que llegue el reembolso.',
  hardshipPrompt: 'Las dificultades económicas',
  advocateAsk: (year, phone) =>
    `Pido ayuda para obtener una respuesta del IRS sobre mi parte del pago en exceso conjunto de ${year} y, si se asignó por error, una reconsideración. Me pueden localizar en la dirección y el teléfono que aparecen arriba. El número del Servicio del Defensor del Contribuyente es ${phone}.`,
  enclosureForm911:
    'Formulario 911(SP), Solicitud de Ayuda del Servicio del Defensor del Contribuyente, completado y firmado',
  copyOfMyLetter: (date) => `Una copia de mi carta al IRS del ${date}`,
};
