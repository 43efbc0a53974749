/**
 * The worksheet's sentences in Spanish (see en.ts for what is here and why). The terms are the
 * IRS's own Spanish ones (../shared/reference/es-glossary.md): cónyuge perjudicado, declaración
 * conjunta, reembolso, compensación, pago en exceso, estado de propiedad comunitaria, Oficina del
 * Servicio Fiscal. Form 8379 exists only in English: its labels stay English, with the Spanish
 * words beside them (`formEntry.translate`).
 */
import type { CommunityPropertyState, DebtType } from '../../input/schema.js';
import type { WorksheetCatalogue } from './en.js';
import { joinList, plural } from './lang.js';

const list = (parts: readonly string[]) => joinList('es', parts);

/** The community property states as the IRS's Spanish pages name them. */
const STATES: Readonly<Record<CommunityPropertyState, string>> = {
  AZ: 'Arizona',
  CA: 'California',
  ID: 'Idaho',
  LA: 'Luisiana',
  NV: 'Nevada',
  NM: 'Nuevo México',
  TX: 'Texas',
  WA: 'Washington',
  WI: 'Wisconsin',
};

/** Debts by kind, in the IRS's Spanish words, for "la … de Alex". */
const DEBTS: Readonly<Record<DebtType, string>> = {
  federalTax: 'deuda de impuestos federales',
  childSupport: 'pensión para hijos menores atrasada',
  spousalSupport: 'manutención del cónyuge atrasada',
  federalNontax: 'deuda federal no tributaria',
  stateIncomeTax: 'deuda de impuesto estatal sobre los ingresos',
  stateUnemployment: 'deuda estatal de compensación por desempleo',
};

export const es: WorksheetCatalogue = {
  lang: 'es',

  page: {
    title: 'Hoja de cálculo de la asignación del cónyuge perjudicado (Formulario 8379)',
    taxYear: 'año tributario',
    jointReturnOf: 'Declaración conjunta de',
    datePrepared: 'Fecha de preparación',
    preparedBy: 'Preparado por',
    caseTitle: 'Caso',
    why: 'Por qué',
    whatNext: 'Qué hacer ahora',
    disclaimer:
      'El reembolso del cónyuge perjudicado en esta hoja es un cálculo aproximado del cómputo del IRS, ' +
      'no una determinación: el IRS hace su propia asignación cuando tramita el Formulario 8379, y la ' +
      'cantidad que reembolsa puede ser distinta.',
    and: 'y',
    pageHeader: (year) => `Hoja del Formulario 8379, año tributario ${year}`,
    pageWord: 'Página',
    pageOf: 'de',
    reviewerInEnglish:
      'Esta parte es para quien revisa el cálculo y está en inglés: muestra cada cifra en centavos con su regla, su fuente y su fórmula.',
  },

  client: {
    refundLabel: 'Reembolso estimado para el cónyuge perjudicado',
    titleRefund: (injured, year) =>
      `Para ${injured}: su parte del reembolso conjunto de\u00a0${year}`,
    titleOther: (injured, year) =>
      `Para ${injured}: la declaración conjunta de ${year} y el Formulario\u00a08379`,
    checkFirst: (n) =>
      `Antes de presentar, revise ${plural('es', n, { one: 'el punto', other: `los ${n} puntos` })} bajo “Check these first”, al comienzo del cálculo (en inglés).`,

    noOverpaymentHeadline: (injured, year) =>
      `La declaración conjunta de ${year} no tiene pago en exceso, así que ${injured} no tiene ningún reembolso que reclamar con el Formulario 8379.`,
    noOverpaymentNothing:
      'Las partidas no dan pago en exceso ni saldo adeudado, así que no se pudo tomar nada para una deuda.',
    noOverpaymentBalanceDue: (balance) =>
      `Las partidas dan un saldo adeudado de ${balance}, así que no se pudo tomar ningún reembolso para una deuda.`,
    noOverpaymentWhy:
      'Con el Formulario 8379 se reclama una parte de un reembolso conjunto que se tomó para la deuda del otro cónyuge. Sin pago en exceso no hay reembolso que repartir.',
    checkFiguresTitle: 'Revise las cifras',
    checkFiguresText:
      'Compare las partidas con la declaración conjunta: un pago o un crédito que falte puede ocultar un pago en exceso.',
    laterRefundTitle: 'Si más adelante se toma un reembolso de esta declaración',
    laterRefundText: (year) =>
      `Si una declaración de ${year} enmendada o corregida da un reembolso que se toma para una deuda, presente entonces el Formulario 8379.`,

    notInjuredHeadline: (injured, year, line) =>
      `${injured} no es cónyuge perjudicado para la declaración de ${year} (la Parte I se detiene en la línea ${line}), así que el Formulario 8379 no corresponde.`,
    notInjuredWhyDefault: 'La Parte I del Formulario 8379 se detiene antes de la asignación.',
    stopAdvice: {
      'not-joint-return':
        'El Formulario 8379 corresponde solo a declaraciones conjuntas: la compensación de una declaración por separado no se puede reclamar como cónyuge perjudicado.',
      'no-separate-debt':
        'El Formulario 8379 corresponde solo cuando el pago en exceso paga una deuda vencida que debe únicamente su cónyuge.',
      'legally-obligated':
        'Usted no es cónyuge perjudicado para una deuda de la que es responsable. Para una deuda conjunta de impuestos federales, considere el alivio para cónyuge inocente (Formulario 8857).',
      'no-payments-or-credits':
        'Usted no hizo pagos ni reclama un crédito reembolsable, así que ninguna parte del pago en exceso es suya para reclamar.',
      'no-overpayment':
        'La declaración conjunta no tiene pago en exceso, así que no se aplicó ni se puede aplicar ningún reembolso a la deuda y no hay nada que reclamar con el Formulario 8379. Compare las partidas con la declaración; si más adelante se compensa un reembolso de esta declaración por la deuda, presente entonces el Formulario 8379.',
    },

    refundHeadline: (injured, refund, year) =>
      `${injured} debería recibir un reembolso estimado de ${refund} del reembolso conjunto de ${year}.`,

    restToOther: (amount, other) => `${amount} se reembolsa a ${other}`,
    offsetsNoDebt: (other, rest) => `El caso no indica ninguna deuda de ${other}; ${rest}.`,
    offsetsNoneTaken: (total, other, rest) =>
      `Nada del pago en exceso conjunto de ${total} va a las deudas de ${other}; ${rest}.`,
    offsetTaken: (amount, other, debt) => `${amount} va a la ${debt} de ${other}`,
    offsetsTaken: (total, parts, rest) =>
      `Del pago en exceso conjunto de ${total}, ${list(parts)}, y ${rest}.`,
    debtName: (type, qualifier) => (qualifier ? `${DEBTS[type]} (${qualifier})` : DEBTS[type]),

    whyPaidIn: (paid, tax, contribution) =>
      `Su parte es lo que usted pagó (${paid} en retenciones, pagos estimados y créditos reembolsables) menos su parte del impuesto de la declaración conjunta (${tax}): ${contribution}.`,
    whyRatio: (percent) =>
      `El IRS divide el impuesto conjunto en proporción al impuesto que cada uno debería en una declaración por separado; su parte es ${percent}.`,
    whyNothingPaidIn:
      'Su parte del impuesto es por lo menos lo que usted pagó, así que ninguna parte del pago en exceso es suya para reclamar.',
    whyCapped: (overpayment) =>
      `Un reembolso no puede ser mayor que el pago en exceso conjunto, ${overpayment}, así que el suyo se detiene ahí.`,
    whyOnlyOther: (other) =>
      `Solo la parte de ${other} del pago en exceso se puede tomar para las deudas de ${other}.`,

    cpStates: (states, other) =>
      `${list(states.map((s) => STATES[s]))} ${states.length > 1 ? 'son estados de propiedad comunitaria' : 'es un estado de propiedad comunitaria'}: los ingresos que cualquiera de ustedes ganó durante el matrimonio, y el impuesto pagado de ellos, pertenecen a los dos, así que las deudas de ${other} pueden alcanzar parte de lo que usted pagó.`,
    cpShare: (contribution, share, separate, community) =>
      `Usted aportó ${contribution} al pago en exceso conjunto; según la ley estatal, su parte es ${share}: su parte separada, ${separate}, más la mitad de la parte comunitaria, ${community}.`,
    cpReachedLess: (other, taken, overpayment, refund) =>
      `Las deudas de ${other} tomaron ${taken} de los ${overpayment}, hasta donde la ley estatal les permite llegar, así que su reembolso estimado, ${refund}, es menor que lo que usted pagó.`,
    cpReachedAll: (other, taken, refund) =>
      `Las deudas de ${other} tomaron ${taken}, no más de lo que la ley estatal les permite, así que su reembolso estimado es ${refund}.`,
  },

  steps: {
    deadlineTitle: 'Fecha límite',
    deadlineText: (year, due, deadline) =>
      `Para la declaración de ${year} (con vencimiento el ${due}), presente a más tardar el ${deadline}, 3 años desde la fecha de vencimiento (desde el día en que se presentó, si fue después, por ejemplo con una prórroga), o dentro de los 2 años desde el día en que se tomó el reembolso, lo que ocurra más tarde.`,
    copyFigures:
      'Copie las cifras de “Anote en el Formulario 8379”, o llene el formulario oficial con form8379.',
    notSaidFileTitle: 'Presente el Formulario 8379',
    notSaidFileText: (copy) =>
      `Ya sea con la declaración conjunta (adjúntelo y escriba “Injured Spouse” en la parte superior izquierda del Formulario 1040) o por sí solo después de presentar la declaración, por ejemplo cuando un aviso dice que se tomó el reembolso. ${copy} Si lo presenta por sí solo, lo firma usted solo.`,
    notSaidWhereText:
      'Con la declaración conjunta: adonde vaya la declaración (presentado electrónicamente con ella, o enviado por correo con ella). Por sí solo: al centro de servicio del IRS donde se presentó la declaración conjunta, con copias de los Formularios W-2 y 1099 de ambos cónyuges que muestren impuesto federal sobre los ingresos retenido.',
    notSaidHowLongText:
      'Unas 11 semanas si se presenta con una declaración electrónica, 14 semanas con una declaración en papel y 8 semanas si se presenta por sí solo.',
    originalFileTitle: 'Presente el Formulario 8379 con la declaración conjunta',
    originalFileText: (copy) =>
      `Por vía electrónica, va en el mismo envío; en papel, adjúntelo a la declaración y escriba “Injured Spouse” en la parte superior izquierda del Formulario 1040. ${copy} Ambos cónyuges firman la declaración; el Formulario 8379 en sí no se firma en ese caso.`,
    originalWhereText:
      'Adonde vaya la declaración: con la declaración electrónica, o en el mismo sobre que la declaración en papel, a la dirección de las instrucciones del Formulario 1040.',
    originalHowLongText:
      'Unas 11 semanas con una declaración electrónica y 14 semanas con una declaración en papel.',
    amendedFileTitle: 'Presente el Formulario 8379 con la declaración enmendada',
    amendedFileText: (copy) =>
      `Adjúntelo al Formulario 1040-X, la declaración conjunta enmendada, y escriba “Injured Spouse” en la parte superior izquierda del Formulario 1040-X. ${copy}`,
    amendedWhereText:
      'Con el Formulario 1040-X, a la dirección que dan sus instrucciones (o presentado electrónicamente con él).',
    amendedHowLongText:
      'El Formulario 8379 se tramita con la declaración enmendada, lo que toma de 8 a 12 semanas, a veces hasta 16.',
    aloneFileTitle: 'Presente el Formulario 8379 por sí solo',
    aloneFileText: (copy) =>
      `Después de presentar la declaración conjunta, por ejemplo cuando un aviso dice que se tomó el reembolso. ${copy} Firme usted la Parte IV (solo firma el cónyuge perjudicado) y escriba los dos nombres y números de Seguro Social en el orden de la declaración conjunta.`,
    aloneWhereText:
      'Al centro de servicio del IRS donde se presentó la declaración conjunta (las instrucciones del Formulario 8379 los enumeran), con copias de los Formularios W-2 y W-2G de ambos cónyuges y de todo Formulario 1099 que muestre impuesto federal sobre los ingresos retenido. No a la agencia que tomó el reembolso.',
    aloneHowLongText: 'Puede tomar hasta ocho semanas.',
    whereTitle: 'Adónde enviarlo',
    howLongTitle: 'Cuánto tarda',
    topTitle: 'Qué agencia tomó el reembolso',
    topText: (phone) =>
      `El Programa de Compensación del Tesoro (Treasury Offset Program, ${phone}), de la Oficina del Servicio Fiscal, le dice qué agencia tomó el reembolso y cuánto. Si no está de acuerdo con la deuda, consúltelo con esa agencia, no con el IRS.`,
    innocentTitle: 'Una deuda conjunta de impuestos federales',
    innocentText:
      'Si la deuda es un impuesto que deben juntos pero usted cree que solo su cónyuge debería pagarlo, pida en cambio el alivio para cónyuge inocente con el Formulario 8857.',
  },

  check: {
    returnChanged: (irs, overpayment, difference) =>
      `El IRS cambió la declaración: su cifra es ${irs}, pero el pago en exceso de la declaración es ${overpayment} (${difference}), así que el cálculo aproximado debe hacerse de nuevo con las cifras del IRS, y las demás comprobaciones se hacen sobre la declaración tal como se presentó.`,
    headline: (received, interest, estimate, difference, because) =>
      `Usted recibió ${received}${interest ? ` (${interest} de ello son intereses)` : ''}; el cálculo aproximado es ${estimate}; la diferencia de ${difference} ${because}.`,
    becausePending: (waitEnds) =>
      `todavía no es un problema: el IRS puede estar tramitando el Formulario 8379 hasta el ${waitEnds}`,
    becauseRounding:
      'se debe al redondeo (formularios en dólares enteros y una proporción de 4 decimales)',
    becauseReturnChanged: 'se explica por el cambio que el IRS hizo a la declaración',
    becauseDefaultSplit: (item) =>
      `es lo que da el cálculo cuando ${item} se divide como lo hace el IRS por omisión, en vez de como se acordó`,
    becauseCommunityProperty: (states) =>
      `es un asunto de la ley de propiedad comunitaria de ${list(states.map((s) => STATES[s]))}, que el IRS aplica por su cuenta`,
    becauseUnexplained:
      'no se explica con el cálculo aproximado: pida al IRS la hoja de asignación que usó',
    splitItem: (name) => `la partida conjunta “${name}”`,
    steps: {
      readNotice: (irsPhone) =>
        `Lea el aviso del IRS que explica el cambio (un error matemático o un ajuste); si está de acuerdo, anote en el caso la declaración corregida para hacer de nuevo el cálculo, y si no lo está, responda al aviso o llame al IRS al ${irsPhone}.`,
      agencyDispute: (topPhone) =>
        `Si una deuda es incorrecta o ya está pagada, escriba a la agencia que indica el Aviso de compensación: el Programa de Compensación del Tesoro (${topPhone}) no puede resolver una disputa sobre la deuda en sí.`,
      callTop: (topPhone, tty) =>
        `Llame al Programa de Compensación del Tesoro al ${topPhone} (TTY ${tty}) para saber qué agencia tomó cuánto, y corrija las deudas en el caso.`,
      wait: (waitEnds, irsPhone) =>
        `Espere hasta el ${waitEnds}; si para entonces no ha llegado el reembolso, llame al IRS al ${irsPhone}.`,
      enterCorrected: (irsPhone) =>
        `Anote la declaración tal como la corrigió el IRS y haga de nuevo el cálculo; si el cambio del IRS es incorrecto, responda a su aviso o llame al IRS al ${irsPhone}.`,
      reconsider: (item) =>
        `Pida al IRS que reconsidere con un nuevo Formulario 8379 que muestre la división acordada de ${item}, con copias de los Formularios W-2 y 1099 de ambos cónyuges que muestren la retención.`,
      requestCharacterized:
        'Pida al IRS una copia de la hoja de asignación del cónyuge perjudicado que usó y las partidas que clasificó o asignó de otra manera.',
      request:
        'Pida al IRS una copia de la hoja de asignación del cónyuge perjudicado que usó y las partidas que asignó de otra manera.',
      reportInterest: (amount) =>
        `Declare los ${amount} de intereses como ingreso del año en que los recibió (los intereses sobre un reembolso tributan; se supone).`,
      deadlinePassed:
        'El plazo para reclamar ya pasó: un profesional de impuestos o el Servicio del Defensor del Contribuyente puede decirle si le corresponde algo más.',
      fileBy: (date) =>
        `Si todavía no presentó el Formulario 8379, preséntelo a más tardar el ${date}.`,
      refileUntil: (date) => `Puede presentar un nuevo Formulario 8379 hasta el ${date}.`,
      advocate: (tasPhone) =>
        `Si el IRS no le ha contestado 30 días después de su carta, o la espera le causa dificultades, pida ayuda al Servicio del Defensor del Contribuyente con el Formulario 911(SP) (${tasPhone}).`,
    },
    titles: {
      'R-CHECK-OVERPAYMENT': 'El IRS cambió la declaración',
      'R-CHECK-OFFSETS': 'Las compensaciones',
      'R-CHECK-REFUND': 'El reembolso',
      'R-CHECK-INTEREST': 'Intereses',
      'R-CHECK-DEADLINES': 'Fecha límite',
    },
    sendLetter: {
      request: 'Escriba al IRS (carta A)',
      reconsider: 'Escriba al IRS (carta B)',
      advocate: 'El Servicio del Defensor del Contribuyente (carta C)',
      agency: 'Escriba a la agencia (carta D)',
    },
    noAnswer: (mark) => `Si el IRS no contesta (carta ${mark})`,
    next: 'Después',
    letterSentence: (mark, id, title) =>
      `Borrador: carta ${mark}, ${title} (form8379 allocate --letter ${id} --lang es).`,
    letterTitles: {
      request: 'en inglés, para pedir al IRS su hoja de asignación del cónyuge perjudicado',
      reconsider: 'en inglés, para pedir al IRS que reconsidere con un nuevo Formulario 8379',
      advocate:
        'en español, para pedir ayuda al Servicio del Defensor del Contribuyente con el Formulario 911(SP)',
      agency: 'en inglés, para la agencia que tomó el reembolso',
    },
  },

  formEntry: {
    heading: (revision) => `Anote en el Formulario 8379 (Form 8379, Rev. ${revision})`,
    doNotFile: (outcome) =>
      `${outcome} No presente el Formulario 8379 para esta declaración; la Parte I, abajo, muestra dónde se detiene.`,
    headingText: (revision) => `ANOTE EN EL FORMULARIO 8379 (FORM 8379, REV. ${revision})`,
    partI: 'Parte I (Part I)',
    partII: 'Parte II, línea 10 (Part II, line 10)',
    partIII: 'Parte III, en dólares enteros (Part III)',
    line: 'Línea',
    onTheReturn: 'En la declaración',
    name: 'Nombre',
    ssn: 'Seguro Social',
    injuredBox: 'Cónyuge perjudicado',
    ssnShort: 'número de Seguro Social',
    injuredBoxMid: 'casilla del cónyuge perjudicado',
    shortColumns: { total: '(a) Conjunta', injured: '(b) Perjudicado', other: '(c) Otro' },
    shown: (order) => (order === 'first' ? 'Aparece primero' : 'Aparece segundo'),
    orderNotGiven: 'Orden no indicado',
    ssnNotGiven: 'no indicado',
    checked: 'marcada',
    notChecked: 'sin marcar',
    item: 'Partida',
    ssnMasked:
      'Aquí los números de Seguro Social muestran solo los últimos cuatro dígitos: cópielos de la declaración.',
    markedAdjusted: '(marcadas con *)',
    sourcesUnder: 'Debajo de cada línea, de dónde sale en centavos, (b) / (c); reglas',
    sourcesBelow:
      'De dónde sale cada línea, en centavos, está en el cálculo (en inglés) más abajo.',
    columns: (total, injured, other) => `Columnas: ${total}; ${injured}; ${other}.`,
    translate: {
      yes: 'sí',
      no: 'no',
      question: {
        1: 'Año tributario para el que presenta este formulario',
        2: '¿La declaración conjunta presentada (o por presentar) es una declaración conjunta?',
        3: '¿El pago en exceso conjunto se aplicó (o se aplicará) a una deuda vencida que debe solo su cónyuge?',
        4: '¿Está usted legalmente obligado a pagar esta cantidad vencida?',
        5: '¿Fue residente de un estado de propiedad comunitaria en algún momento del año tributario?',
        6: '¿Hizo y declaró pagos, como retenciones del impuesto federal sobre los ingresos o pagos de impuesto estimado?',
        7: '¿Tuvo ingresos del trabajo, como sueldos, salarios o ingresos del trabajo por cuenta propia?',
        8: '¿Reclama (o reclamará) el crédito por ingreso del trabajo o el crédito tributario adicional por hijos?',
        9: '¿Reclama (o reclamará) un crédito tributario reembolsable?',
      },
      partIII: {
        '13a': 'ingresos de los Formularios W-2',
        '13b': 'todos los demás ingresos',
        '14': 'ajustes a los ingresos',
        '15': 'deducción estándar o detallada',
        '16': 'créditos no reembolsables',
        '17': 'créditos reembolsables (sin el EIC)',
        '18': 'otros impuestos',
        '19': 'impuesto federal retenido',
        '20': 'pagos',
      },
      columns: {
        total: '(a) cantidad en la declaración conjunta',
        injured: '(b) asignada al cónyuge perjudicado',
        other: '(c) asignada al otro cónyuge',
      },
    },
    partIINoteUnordered: (injured) =>
      `Línea 10: el caso no dice qué nombre aparece primero en la declaración conjunta. Anote los dos nombres y números de Seguro Social exactamente como en la declaración, en su orden, y marque la casilla del cónyuge perjudicado en la fila de ${injured}; indique en el caso qué cónyuge aparece primero (“shownFirst”) para que el orden salga aquí y en el formulario lleno.`,
    partIINote:
      'Línea 10: los nombres y números de Seguro Social exactamente como en la declaración conjunta, en su orden, con la casilla del cónyuge perjudicado marcada.',
    efileReject: () =>
      'Presentado electrónicamente con la declaración, el IRS rechazaría este Formulario 8379: vea el motivo en “Check these first”, en la parte para quien revisa (en inglés).',
    line11Checked: 'Línea 11: marcada (el reembolso se emite a nombre de ambos).',
    line11NotChecked:
      'Línea 11: sin marcar (solo para un cónyuge divorciado o separado que quiere el reembolso a nombre de ambos).',
    line12No: 'Línea 12: No (el reembolso va a la dirección de la declaración).',
    line12Yes: (address) => `Línea 12: Sí (Yes), envíe el reembolso por correo a ${address}.`,
    partIVNotSaid:
      'Parte IV: solo cuando el Formulario 8379 se presenta por sí solo (el caso no lo dice): el cónyuge perjudicado lo firma y le pone la fecha.',
    partIVBlank: (amended) =>
      `Parte IV: déjela en blanco; se completa solo cuando el Formulario 8379 se presenta por sí solo, no con la declaración${amended ? ' enmendada' : ''}.`,
    partIVAlone: (phone) =>
      `Parte IV (presentado por sí solo): el cónyuge perjudicado la firma y le pone la fecha a mano${phone ? `; teléfono ${phone}` : ''}.`,
    preparer: (p) =>
      `Preparador remunerado: ${p.name}${p.ptin ? `, PTIN ${p.ptin}` : ''}${p.selfEmployed ? ', trabaja por cuenta propia' : ''}${p.firm ? `; empresa ${p.firm}` : ''}${p.ein ? `, EIN ${p.ein}` : ''}${p.phone ? `, teléfono ${p.phone}` : ''}; firma y pone la fecha a mano.`,
    noPreparer: 'Sin preparador remunerado.',
    efileHeadAlone:
      'Reglas del IRS para la presentación electrónica (se aplican solo cuando el Formulario 8379 va con una declaración electrónica; presentado por sí solo, se envía por correo):',
    efileHead: 'Reglas del IRS para presentar el Formulario 8379 por vía electrónica:',
    efilePass: (passing, total) =>
      `${plural('es', passing, { one: 'se cumple', other: 'se cumplen' })} ${passing} de ${total}.`,
    efileFails: (fails) =>
      `Se rechazaría por ${plural('es', fails.length, { one: 'la regla', other: 'las reglas' })} ${list(fails.map((r) => r.id))} (el motivo, en inglés, en “Check these first”).`,
    efileUnknown: (groups) =>
      `El caso no dice: ${groups.map((g) => `${list(g.ids)} (${g.question})`).join('; ')}.`,
    unknownQuestion: {
      'jointReturn.address': 'dónde está la dirección de la declaración',
      'jointReturn.efileBlockingForms':
        'si la declaración incluye el Formulario 2555, 8833, 8888, 4563, 5074 u 8689',
      'jointReturn.nonrefundableCredits':
        'el total de créditos de la declaración, línea 21 del Formulario 1040',
      'spouses.injured.shownFirst': 'qué nombre aparece primero',
    },
    rounding:
      'Dólares enteros: en las columnas (a) y (b) se eliminan los centavos por debajo de 50 y de 50 a 99 centavos se sube un dólar; la columna (c) es (a) menos (b), así que (a) = (b) + (c) en cada línea.',
    adjusted: (lines) =>
      `En ${plural('es', lines.length, { one: 'la línea', other: 'las líneas' })} ${list(lines)}, (c) queda a un dólar de sus propios centavos redondeados, por ese motivo.`,
    standardDeduction: (basic, perBox, injuredBoxes, otherBoxes) =>
      `Línea 15: la cantidad básica de la deducción estándar, ${basic}, se divide por partes iguales; ` +
      `${perBox} por cada casilla marcada por tener 65 años o más o por ceguera va a ese cónyuge ` +
      `(casillas: cónyuge perjudicado ${injuredBoxes}, otro cónyuge ${otherBoxes}).`,
  },
};
