/**
 * Every word the page shows a person, in Spanish (issue 22): the same ids and placeholders as the
 * English catalogue (i18n/en.ts, whose type `Catalogue` this one must have), in the IRS's own
 * Spanish terms (cónyuge perjudicado, declaración conjunta, reembolso, compensación, Aviso de
 * compensación, año tributario...), addressing the person as "usted". Amounts stay `$1,819.00`
 * and whole numbers `1,000`, as the IRS's Spanish pages print them (es-US).
 *
 * Form 8379 exists only in English: where the page names a line of the form by its question or
 * label, the Spanish keeps the line number and gives the form's English words beside the Spanish,
 * marked with `inEnglish` (i18n/marks.ts) so that the page shows them in a `lang="en"` span.
 */
import { formatCount, plural } from '../../../src/report/i18n/lang.js';
import type { Catalogue } from './en.js';
import { inEnglish } from './marks.js';

type Money = string;

const PRIOR_REVISIONS = 'https://www.irs.gov/pub/irs-prior/';
const FORM_PDF = 'https://www.irs.gov/pub/irs-pdf/f8379.pdf';

/** 1,000: a whole number as the page writes it (es-US groups with commas). */
const num = (n: number) => formatCount('es', n);

/** "1 respuesta", "3 respuestas". */
const count = (n: number, one: string, many: string) =>
  `${num(n)} ${plural('es', n, { one, other: many })}`;

const bytes = (n: number) => `${num(n)} bytes`;

/** "Línea 2, <the form's English words> — <the Spanish>". */
const formLine = (line: string, english: string, spanish: string) =>
  `Línea ${line}, ${inEnglish(english)} — ${spanish}`;

export const es: Catalogue = {
  lang: 'es',
  documentTitle: 'Reembolso del cónyuge perjudicado (Formulario 8379)',

  language: {
    legend: 'Idioma',
    names: { en: 'English', es: 'Español' },
    remember: 'Recordar mi idioma en esta computadora',
    rememberHelp:
      'Desactivado a menos que lo marque: entonces solo el idioma se guarda en este navegador; al desmarcarlo se borra.',
    remembered: 'Su idioma queda guardado en este navegador hasta que desmarque la casilla.',
    forgotten: 'Borrado: no hay ningún idioma guardado en esta computadora.',
    cannotRemember:
      'Este navegador no permite que la página guarde nada: la casilla queda sin marcar.',
  },

  page: {
    heading: 'Su parte de un reembolso conjunto (Formulario 8379)',
    lede: 'Para un reembolso de impuestos de una declaración conjunta que fue compensado, o que lo será, por una deuda que solo debe su cónyuge. Todo lo que escriba se queda en este navegador.',
    skipToAnswer: 'Ir a la respuesta',
    formLabel: 'Su caso',
  },

  files: {
    summary: 'Abra un caso guardado, guarde este o pruebe un ejemplo',
    open: 'Abrir un archivo de caso',
    limits: 'Archivos de caso de hasta 1 MB, 1,000 partidas y 100 deudas',
    save: 'Guardar el caso en un archivo',
    example: 'Ejemplo',
    loadExample: 'Cargar el ejemplo',
    newCase: 'Empezar un caso nuevo',
    remember: 'Recordar este caso en esta computadora',
    rememberHelp:
      'Desactivado a menos que lo marque: entonces el caso, con los nombres y números de Seguro Social, se guarda en este navegador en esta computadora; al desmarcarlo se borra.',
    opened: (file: string) => `Se abrió ${file}.`,
    openedWithProblems: (file: string, n: number) =>
      `Se abrió ${file}. Hay que corregir ${count(n, 'respuesta', 'respuestas')}, cada una señalada en su lugar del formulario:`,
    notOpened: (file: string) => `No se abrió ${file}:`,
    unchanged: 'El formulario no ha cambiado.',
    couldNotRead: (file: string) =>
      `No se pudo leer ${file}. Inténtelo de nuevo, o vuelva a guardarlo desde donde lo obtuvo.`,
    saved: (file: string) => `Se guardó el caso como ${file} (en sus descargas).`,
    savedResult: (file: string) =>
      `Se guardó el resultado como ${file} (en sus descargas): el mismo archivo que escribe el comando form8379.`,
    loadedExample: (title: string) => `Se cargó el ejemplo “${title}”.`,
    started: 'Se empezó un caso nuevo.',
    forgotten: 'Borrado: no queda nada de este caso guardado en esta computadora.',
    remembered: 'Este caso queda guardado en este navegador hasta que desmarque la casilla.',
    cannotRemember:
      'Este navegador no permite que la página guarde nada: la casilla queda sin marcar.',
    restored: 'Se recuperó el caso guardado en esta computadora.',
  },

  examples: {
    'two-earners-child-support': 'Dos asalariados, compensación por manutención de los hijos',
    'eic-family': 'Familia con el crédito por ingreso del trabajo, dos deudas compensadas',
    'self-employed-estimated-payments':
      'Cónyuge que trabaja por cuenta propia, compensación por un préstamo estudiantil',
    'texas-couple':
      'Propiedad comunitaria en Texas: compensación por impuestos y manutención de los hijos',
    'arizona-couple': 'Pareja de Arizona: una deuda tributaria antigua del otro cónyuge',
  } as Record<string, string>,

  fileProblems: {
    tooBig: (size: number) =>
      `El archivo tiene ${bytes(size)}; un archivo de caso puede tener como máximo 1 MB (1,048,576 bytes). Un caso de 1,000 líneas ocupa unos 100 KB: compruebe que se trata de un archivo de caso.`,
    tooManyItems: (n: number, max: number) =>
      `El archivo contiene ${num(n)} partidas; un caso puede tener como máximo ${num(max)}. Una declaración conjunta tiene muchas menos: junte las partidas pequeñas de un mismo tipo y cónyuge.`,
    tooManyDebts: (n: number, max: number) =>
      `El archivo contiene ${num(n)} deudas; un caso puede tener como máximo ${num(max)}. El aviso de compensación enumera unas pocas: junte las deudas de un mismo tipo.`,
    nameTooLong: (whose: 'injured' | 'other', chars: number, max: number) =>
      `El nombre ${whose === 'injured' ? 'del cónyuge perjudicado' : 'del otro cónyuge'} en el archivo tiene ${num(chars)} caracteres; un nombre puede tener como máximo ${num(max)}.`,
    textTooLong: (where: string, chars: number, max: number) =>
      `Un texto del archivo (${where}) tiene ${num(chars)} caracteres; un título o una descripción puede tener como máximo ${num(max)}.`,
    tooDeep:
      'El archivo anida listas dentro de listas más que un archivo de caso: compruebe que se trata de un archivo de caso.',
    notText: (line: number, column: number) =>
      `El archivo no es texto simple (UTF-8) en la línea ${line}, columna ${column}. Guárdelo como texto UTF-8 y vuelva a abrirlo.`,
    empty: 'El archivo está vacío.',
    notCase: (line: number, column: number) =>
      `No es un archivo de caso: deja de serlo en la línea ${line}, columna ${column}. Abra un archivo guardado por esta página o por el comando form8379.`,
    twice: (line: number, column: number, firstLine: number) =>
      `El archivo da el mismo dato dos veces (línea ${firstLine}, y otra vez en la línea ${line}, columna ${column}), quizás tras editarlo a mano. Quite uno de ellos y vuelva a abrirlo.`,
    inexact: (line: number, column: number, written: string) =>
      `El número ${written} de la línea ${line}, columna ${column}, tiene más cifras de las que se pueden leer con exactitud: escríbalo con dos decimales como máximo, por ejemplo 1234.50.`,
    notForm: (parts: string) =>
      `Contiene partes que esta página no puede mostrar (${parts}); quizás se escribió para otro programa o para una versión más nueva.`,
    parts: {
      whole: 'todo el archivo',
      taxYear: 'el año tributario',
      spouses: 'los cónyuges',
      partI: 'las respuestas de la Parte I',
      communityProperty: 'los estados de propiedad comunitaria',
      deduction: 'la deducción',
      item: (n: number) => `la línea ${n} de la declaración`,
      items: 'las líneas de la declaración',
      debts: 'las deudas',
      jointReturn: 'los totales de la declaración',
      efile: 'los datos para la presentación electrónica',
      debt: (n: number) => `la deuda ${n}`,
      form8379: 'los datos del formulario oficial (líneas 11 y 12, Parte IV)',
      afterFiling: 'lo que pasó después de presentar',
      title: 'el título',
      source: 'la fuente',
      unknown: (name: string) => `“${name}”`,
    },
  },

  start: {
    heading: 'Empiece aquí',
    question: '¿Su reembolso, o parte de él, fue compensado por una deuda de su cónyuge?',
    taken: 'Sí, fue compensado',
    expected: 'Todavía no, pero espero que lo sea',
    no: 'No',
    help: `Las preguntas siguientes siguen el Formulario 8379, ${inEnglish('Injured Spouse Allocation')} (Asignación del cónyuge perjudicado), línea por línea. Tenga a mano su declaración conjunta y el aviso de compensación.`,
    notForYou:
      'Entonces no necesita el Formulario 8379: sirve para reclamar su parte de un reembolso conjunto que fue, o será, compensado por una deuda vencida que solo debe su cónyuge (manutención de los hijos, un préstamo estudiantil, impuestos). Si más adelante le compensan un reembolso, vuelva entonces.',
  },

  partI: {
    heading: 'Parte I: ¿debe presentar el Formulario 8379?',
    intro:
      'Usted es el cónyuge perjudicado: el cónyuge que no debe la deuda a la que se aplicó (o se aplicará) el reembolso conjunto.',
    taxYear: formLine(
      '1',
      'Enter the tax year for which you are filing this form',
      'año tributario de la declaración conjunta',
    ),
    taxYearHelp: 'Cuatro cifras, por ejemplo 2024. Esta calculadora cubre de 2018 a 2026.',
    questions: {
      jointReturn: formLine(
        '2',
        'Did (or will) you file a joint return?',
        '¿Presentó (o presentará) una declaración conjunta?',
      ),
      debtOwedOnlyBySpouse: formLine(
        '3',
        'Did (or will) the IRS use the joint overpayment to pay any of the following past-due amounts owed only by your spouse?',
        '¿El IRS usó (o usará) el pago en exceso conjunto para pagar una deuda vencida que solo debe su cónyuge (impuesto federal, impuesto estatal sobre los ingresos, compensación estatal por desempleo, manutención de los hijos, manutención del cónyuge, o una deuda federal no tributaria, como un préstamo estudiantil)?',
      ),
      injuredLegallyObligated: formLine(
        '4',
        'Are you legally obligated to pay this past-due amount?',
        '¿Está usted obligado por ley a pagar esta cantidad vencida?',
      ),
      communityPropertyResident: formLine(
        '5',
        'Were you a resident of a community property state at any time during the tax year?',
        '¿Residió en un estado de propiedad comunitaria en algún momento del año tributario?',
      ),
      madePayments: formLine(
        '6',
        'Did you make and report payments, such as federal income tax withholding or estimated tax payments?',
        '¿Hizo y declaró pagos, como retenciones del impuesto federal sobre los ingresos o pagos de impuesto estimado?',
      ),
      hadEarnedIncome: formLine(
        '7',
        'Did you have earned income, such as wages, salaries, or self-employment income?',
        '¿Tuvo ingresos del trabajo, como sueldos, salarios o ingresos del trabajo por cuenta propia?',
      ),
      claimsEicOrActc: formLine(
        '8',
        'Did (or will) you claim the earned income credit or additional child tax credit?',
        '¿Reclamó (o reclamará) el crédito por ingreso del trabajo o el crédito tributario adicional por hijos?',
      ),
      claimsOtherRefundableCredit: formLine(
        '9',
        'Did (or will) you claim a refundable tax credit?',
        '¿Reclamó (o reclamará) un crédito tributario reembolsable?',
      ),
    },
    yes: 'Sí',
    no: 'No',
    fromItems: 'Responder según las líneas de la declaración',
    derivedSummary:
      'Líneas 6 a 9: se responden según las líneas de su declaración, a menos que usted las responda',
    derivedHelp:
      'Su respuesta debe concordar con las líneas de la declaración que anote más abajo; la página se lo indica cuando no es así.',
    stopTitle: (line: number) =>
      `Esta respuesta pone fin a la reclamación (Parte I, línea ${line}). `,
    restHidden:
      'No hace falta el resto del formulario. Cambie la respuesta de arriba si fue un error.',
    states: 'Dónde vivió (un estado, o dos que siguen la misma regla)',
    stateName: {
      AZ: 'Arizona',
      CA: 'California',
      ID: 'Idaho',
      LA: 'Luisiana',
      NV: 'Nevada',
      NM: 'Nuevo México',
      TX: 'Texas',
      WA: 'Washington',
      WI: 'Wisconsin',
    },
    wholeYear: 'Vivió allí todo el año tributario',
    wholeYearHelp: 'Esta versión no calcula una parte del año solamente.',
    characterHelp:
      'Cada línea de la declaración es entonces propiedad comunitaria o separada, según la regla del estado, a menos que usted la marque.',
  },

  spouses: {
    heading: 'Parte II: ustedes dos',
    injured: 'Usted (el cónyuge perjudicado)',
    other: 'Su cónyuge (debe la deuda)',
    injuredRow: 'Usted',
    otherRow: 'Su cónyuge',
    name: 'Nombre tal como aparece en la declaración',
    ssn: 'Número de Seguro Social (opcional)',
    ssnHelp:
      '9 cifras, por ejemplo 123-45-6789. La hoja de trabajo muestra solo las últimas cuatro.',
    age65: 'De 65 años o más al final del año',
    blind: 'Ciego al final del año',
    shownFirst: '¿El nombre de quién aparece primero en la declaración?',
    shownFirstHelp:
      'La línea 10 del Formulario 8379 los anota a los dos en este orden: el formulario oficial se llena solo cuando usted responde.',
    shownFirstInjured: 'El suyo',
    shownFirstOther: 'El de su cónyuge',
  },

  items: {
    heading: 'Parte III: su declaración conjunta, línea por línea',
    intro:
      'Copie cada línea de la declaración conjunta e indique de quién es. Cantidades en dólares y centavos, por ejemplo 52,000 o 1234.50: sin signo de dólar; con signo menos para una pérdida.',
    line34:
      'Formulario 1040, línea 34: el reembolso que pidió la declaración (la cantidad pagada en exceso)',
    line34Help:
      'La cifra a la que debe llegar el cálculo: a medida que anota las líneas de abajo, la página muestra cuánto falta.',
    noReturn: 'No tengo la declaración a mano',
    noReturnHelp: 'Entonces la respuesta se muestra sin comparar las líneas con la línea 34.',
    progressNone:
      'Anote abajo las líneas de la declaración; la página las suma a medida que avanza.',
    progressAway: (fromLines: Money, onReturn: Money, apart: Money) =>
      `Las líneas anotadas dan un reembolso de ${fromLines}; la línea 34 dice ${onReturn}: faltan ${apart} por explicar.`,
    progressOver: (fromLines: Money, onReturn: Money, apart: Money) =>
      `Las líneas anotadas dan un reembolso de ${fromLines}, ${apart} más que la línea 34 (${onReturn}): compare las cantidades con la declaración.`,
    progressDone: (onReturn: Money) => `Las líneas dan ${onReturn}, el reembolso de la línea 34.`,
    deduction: 'Línea 12. Deducción',
    standard: 'Deducción estándar (calculada)',
    itemized: 'Deducciones detalladas (Anexo A, anotadas como líneas abajo)',
    add: 'Agregar una línea de la declaración',
    addButton: 'Agregar',
    addHelp:
      'En el orden de la declaración. Cada línea que agregue aparece con su lugar en el formulario.',
    full: (max: number) =>
      `Un caso puede tener como máximo ${num(max)} líneas: junte las pequeñas de un mismo tipo y cónyuge.`,
    owner: '¿De quién es?',
    you: 'Suya',
    spouse: 'De su cónyuge',
    both: 'De los dos (conjunta)',
    amount: 'Cantidad',
    withholding: 'Impuesto federal retenido',
    injuredShare: 'Su parte acordada',
    injuredShareHelp: 'Déjelo vacío para dividirla por partes iguales.',
    selfEmploymentTax: 'Impuesto sobre el trabajo por cuenta propia (Anexo SE)',
    description: 'Descripción (opcional)',
    character: 'Propiedad comunitaria o separada',
    characterDefault: 'La regla del estado',
    community: 'Comunitaria',
    separate: 'Separada',
    fromSeparateProperty: 'De propiedad separada',
    jointManagement: 'Administración conjunta (Texas)',
    notMarked: 'Sin marcar',
    remove: (row: string) => `Quitar ${row.toLowerCase()}`,
    rowName: (noun: string, n: number) => `${noun[0]?.toUpperCase() ?? ''}${noun.slice(1)} ${n}`,
  },

  lines: {
    wages: {
      title: 'Sueldos, salarios, propinas',
      lines: 'Formulario 1040, líneas 1a a 1z',
      help: 'Uno por cada Formulario W-2: el encasillado 1 como cantidad, el encasillado 2 como impuesto retenido. Los salarios son del cónyuge que los ganó, nunca de los dos.',
      noun: 'salarios',
    },
    interest: {
      title: 'Intereses tributables',
      lines: 'Formulario 1040, línea 2b',
      help: 'Los intereses son del titular de la cuenta; una cuenta conjunta se divide como acuerden, o por partes iguales.',
      noun: 'intereses',
    },
    qualifiedDividends: {
      title: 'Dividendos calificados',
      lines: 'Formulario 1040, línea 3a',
      help: 'Línea 3a. Anote solo el resto de la línea 3b como dividendos ordinarios, para que los dos sumen la línea 3b.',
      noun: 'dividendos calificados',
    },
    dividends: {
      title: 'Dividendos ordinarios que no son calificados',
      lines: 'Formulario 1040, línea 3b menos línea 3a',
      help: 'Línea 3b menos línea 3a: la parte calificada es su propia línea.',
      noun: 'dividendos ordinarios',
    },
    pension: {
      title: 'Distribuciones de IRA, pensiones y anualidades',
      lines: 'Formulario 1040, líneas 4b y 5b',
      help: 'Las cantidades tributables, al titular de la cuenta o del plan.',
      noun: 'pensión o IRA',
    },
    socialSecurity: {
      title: 'Beneficios tributables del Seguro Social',
      lines: 'Formulario 1040, línea 6b',
      help: 'La parte tributable, como en la declaración conjunta, al cónyuge que recibió los beneficios.',
      noun: 'Seguro Social',
    },
    capitalGain: {
      title: 'Ganancia o pérdida de capital',
      lines: 'Formulario 1040, línea 7',
      help: 'Como en la declaración conjunta, al dueño de lo que se vendió. Una pérdida con signo menos, como máximo -3,000.00 entre todas.',
      noun: 'ganancia o pérdida de capital',
    },
    selfEmployment: {
      title: 'Ingresos de negocio y de finca',
      lines: 'Anexo 1, líneas 3 y 6 (Anexo C, Anexo F)',
      help: 'Ganancia neta (una pérdida con signo menos) del cónyuge dueño del negocio, con su impuesto sobre el trabajo por cuenta propia del Anexo SE.',
      noun: 'ingresos de negocio',
    },
    unemployment: {
      title: 'Compensación por desempleo',
      lines: 'Anexo 1, línea 7',
      help: 'Al cónyuge que la recibió.',
      noun: 'desempleo',
    },
    otherIncome: {
      title: 'Otros ingresos',
      lines: 'Anexo 1, líneas 1, 2a, 4, 5 y 8',
      help: 'Reembolsos estatales, pensión para el cónyuge recibida, otras ganancias, alquileres y regalías (Anexo E), otros ingresos; puede ser negativo.',
      noun: 'otros ingresos',
    },
    adjustment: {
      title: 'Ajustes a los ingresos',
      lines: 'Anexo 1, líneas 11 a 24',
      help: 'Gastos de educadores, HSA, deducciones por IRA y planes de jubilación, intereses de préstamos estudiantiles y otros, al cónyuge que los reclamaría en una declaración por separado. No la mitad deducible del impuesto sobre el trabajo por cuenta propia: se calcula.',
      noun: 'ajuste',
    },
    itemizedDeduction: {
      title: 'Deducciones detalladas',
      lines: 'Formulario 1040, línea 12 (Anexo A)',
      help: 'Solo cuando la declaración detalla las deducciones: las propias de cada cónyuge, las conjuntas como acuerden.',
      noun: 'deducción detallada',
    },
    qbiDeduction: {
      title: 'Deducción por ingreso calificado de negocio',
      lines: 'Formulario 1040, línea 13',
      help: 'Según la parte de cada cónyuge del ingreso calificado de negocio.',
      noun: 'deducción QBI',
    },
    schedule1ADeduction: {
      title: 'Deducciones del Anexo 1-A',
      lines: 'Anexo 1-A (desde el año tributario 2025)',
      help: 'Propinas, horas extra, intereses de préstamos de auto y la deducción para personas mayores, al cónyuge al que corresponden.',
      noun: 'deducción del Anexo 1-A',
    },
    childTaxCredit: {
      title: 'Crédito tributario por hijos',
      lines: 'Formulario 1040, línea 19 (Anexo 8812)',
      help: 'Al cónyuge que reclamaría al hijo en una declaración por separado; con hijos de los dos, una línea para cada uno.',
      noun: 'crédito tributario por hijos',
    },
    otherDependentsCredit: {
      title: 'Crédito por otros dependientes',
      lines: 'Formulario 1040, línea 19 (Anexo 8812)',
      help: 'Al cónyuge que reclamaría al dependiente en una declaración por separado.',
      noun: 'crédito por otros dependientes',
    },
    childCareCredit: {
      title: 'Crédito por cuidado de hijos y dependientes',
      lines: 'Anexo 3, línea 2 (Formulario 2441)',
      help: 'Al cónyuge que reclamaría al hijo o dependiente en una declaración por separado.',
      noun: 'crédito por cuidado de hijos y dependientes',
    },
    educationCredit: {
      title: 'Créditos tributarios de educación',
      lines: 'Anexo 3, línea 3 (Formulario 8863)',
      help: 'Al cónyuge que reclamaría al estudiante: el propio cónyuge estudiante, o el cónyuge que reclamaría al dependiente.',
      noun: 'crédito de educación',
    },
    nonrefundableCredit: {
      title: 'Otros créditos no reembolsables',
      lines: 'Anexo 3, líneas 1 y 4 a 7',
      help: 'Impuesto extranjero, ahorros para la jubilación, energía y otros créditos no reembolsables, al cónyuge que los reclamaría. No el crédito por ingreso del trabajo.',
      noun: 'crédito no reembolsable',
    },
    otherTax: {
      title: 'Otros impuestos',
      lines: 'Anexo 2, líneas 5 a 17',
      help: 'Impuesto Adicional del Medicare, impuesto sobre los ingresos netos de inversión, impuestos sobre empleados domésticos y otros, al cónyuge del que provienen. El impuesto sobre el trabajo por cuenta propia va con los ingresos de negocio.',
      noun: 'otro impuesto',
    },
    withholding: {
      title: 'Otro impuesto federal retenido',
      lines: 'Formulario 1040, líneas 25b y 25c, Anexo 3, línea 11',
      help: 'Retenciones no anotadas con una línea de ingresos: Formularios 1099 y W-2G, exceso de impuesto del Seguro Social, al cónyuge al que se le retuvo.',
      noun: 'retención',
    },
    estimatedPayment: {
      title: 'Pagos de impuesto estimado',
      lines: 'Formulario 1040, línea 26, Anexo 3, línea 10',
      help: 'Los propios de cada cónyuge; los pagos conjuntos como acuerden, o si no, según el impuesto por separado de cada uno. Un pago con una prórroga también cuenta aquí.',
      noun: 'pago estimado',
    },
    priorYearOverpayment: {
      title: 'Pago en exceso aplicado del año anterior',
      lines: 'Formulario 1040, línea 26',
      help: 'Conjunto cuando vino de una declaración conjunta; si no, del cónyuge de cuya declaración vino.',
      noun: 'pago en exceso del año anterior',
    },
    additionalChildTaxCredit: {
      title: 'Crédito tributario adicional por hijos',
      lines: 'Formulario 1040, línea 28',
      help: 'Al cónyuge que reclamaría al hijo en una declaración por separado.',
      noun: 'crédito tributario adicional por hijos',
    },
    refundableCredit: {
      title: 'Otros créditos reembolsables',
      lines: 'Formulario 1040, línea 29, Anexo 3, líneas 9, 12 y 13',
      help: 'Crédito de oportunidad americano (parte reembolsable), crédito tributario de prima neto y otros créditos reembolsables. El crédito por ingreso del trabajo va con los otros totales de la declaración.',
      noun: 'crédito reembolsable',
    },
  },

  debts: {
    heading: 'Las deudas vencidas de su cónyuge',
    intro:
      'Las deudas a las que se aplicó (o se aplicará) el reembolso, según el aviso de compensación. La ley fija el orden en que se pagan, sea cual sea el orden aquí.',
    add: 'Agregar una deuda',
    row: (n: number) => `Deuda ${n}`,
    remove: (n: number) => `Quitar la deuda ${n}`,
    type: 'Tipo de deuda',
    types: {
      federalTax: 'Impuesto federal',
      childSupport: 'Manutención de los hijos',
      spousalSupport: 'Manutención del cónyuge (pensión alimenticia)',
      federalNontax: 'Otra deuda federal, como un préstamo estudiantil',
      stateIncomeTax: 'Impuesto estatal sobre los ingresos',
      stateUnemployment: 'Compensación estatal por desempleo',
    },
    amount: 'Cantidad vencida',
    arose: 'Cuándo surgió',
    aroseHelp:
      'Hace falta para una deuda de impuesto federal en un estado de propiedad comunitaria.',
    aroseNotGiven: 'No se indica',
    beforeMarriage: 'Antes del matrimonio',
    duringMarriage: 'Durante el matrimonio',
    date: 'Fecha en que venció (opcional)',
    dateHelp:
      'Año-mes-día, por ejemplo 2024-03-15. Las deudas más antiguas de un mismo tipo se pagan primero.',
    description: 'Descripción (opcional)',
  },

  totals: {
    summary: 'Otros totales de la declaración (comprobaciones opcionales)',
    intro:
      'Cifras del Formulario 1040. Salvo el impuesto y el crédito por ingreso del trabajo, solo sirven para comprobar las líneas que anotó: una diferencia aparece en la respuesta.',
    labels: {
      totalIncome: 'Línea 9: ingreso total',
      adjustedGrossIncome: 'Línea 11: ingreso bruto ajustado',
      taxableIncome: 'Línea 15: ingreso tributable',
      incomeTax: 'Línea 18: impuesto',
      nonrefundableCredits: 'Línea 21: total de créditos no reembolsables',
      otherTaxes: 'Línea 23: otros impuestos',
      totalTax: 'Línea 24: impuesto total',
      earnedIncomeCredit: 'Línea 27: crédito por ingreso del trabajo',
      totalPayments: 'Línea 33: total de pagos',
      overpayment: 'Línea 34: reembolso pedido',
    },
    help: {
      incomeTax:
        'Se usa tal cual: el impuesto que comparten los dos. Si lo deja vacío, se calcula con las tasas para casados que presentan una declaración conjunta.',
      earnedIncomeCredit:
        'Se divide entre ustedes según los ingresos del trabajo. Si lo deja vacío, la declaración no lo reclama.',
    },
  },

  formFacts: {
    heading: 'Lo que pide el formulario oficial además de las cifras',
    intro:
      'Todo es opcional. Va al Formulario 8379 tal como lo responda, e indica si el formulario se puede presentar electrónicamente.',
    filedWith: '¿Cómo presentará el Formulario 8379?',
    filedWithHelp:
      'Si no lo responde, la hoja de trabajo describe las dos maneras, y la Parte IV queda en blanco.',
    filedWithOptions: {
      originalReturn: 'Con la declaración conjunta (electrónica o en papel)',
      amendedReturn: 'Con una declaración enmendada (Formulario 1040-X)',
      alone: 'Por sí solo, después de la declaración conjunta',
    },
    line11: formLine(
      '11',
      'Check this box only if you are divorced or separated from the spouse with whom you filed the joint return and you want your refund issued in both names',
      'estoy divorciado o separado de mi cónyuge y quiero el reembolso a nombre de los dos',
    ),
    line12: formLine(
      '12',
      'Check this box only if you want your refund mailed to an address different from the one on your joint return',
      '¿se debe enviar el reembolso a una dirección distinta de la que aparece en la declaración?',
    ),
    line12Options: {
      none: 'No, a la dirección de la declaración',
      us: 'Sí, una dirección en los EE. UU.',
      foreign: 'Sí, una dirección en el extranjero',
    },
    address: {
      street: 'Número y calle (con el número de apartamento)',
      city: 'Ciudad, pueblo u oficina de correos',
      state: 'Estado (dos letras, por ejemplo TX)',
      zip: 'Código postal (ZIP)',
      province: 'Provincia, estado o condado (opcional)',
      postalCode: 'Código postal (opcional)',
      country: 'País (nombre completo)',
    },
    partIV: `Parte IV, ${inEnglish('Complete this part only if you are filing Form 8379 by itself and not with your tax return')} — cuando el Formulario 8379 se presenta por sí solo`,
    phone: 'Su número de teléfono (opcional)',
    phoneHelp: 'Por ejemplo 512-555-0142.',
    hasPreparer: 'Un preparador remunerado preparó este formulario',
    preparer: {
      name: 'Nombre del preparador',
      ptin: 'PTIN del preparador (opcional)',
      ptinHelp: 'La letra P y 8 cifras, por ejemplo P01234567.',
      selfEmployed: 'El preparador trabaja por cuenta propia',
      firmName: 'Nombre de la empresa (opcional)',
      firmAddress: 'Dirección de la empresa, en una línea (opcional)',
      firmEin: 'EIN de la empresa (opcional)',
      firmEinHelp: '9 cifras, por ejemplo 12-3456789.',
      phone: 'Número de teléfono de la empresa (opcional)',
    },
    efile: 'Si la declaración se presenta electrónicamente',
    efileIntro:
      'El IRS rechaza un Formulario 8379 presentado electrónicamente en algunos casos. Dos datos de la declaración indican si el suyo lo sería.',
    returnAddress: '¿Dónde está la dirección de la declaración conjunta?',
    returnAddressOptions: {
      unitedStates: 'En un estado de los EE. UU., D.C. u otro territorio de los EE. UU.',
      puertoRico: 'Puerto Rico',
      virginIslands: 'Las Islas Vírgenes de los EE. UU.',
      foreign: 'Otro país',
    },
    hasForms: '¿La declaración incluye el Formulario 2555, 8833, 8888, 4563, 5074 u 8689?',
    hasFormsOptions: { no: 'No, ninguno', yes: 'Sí' },
    whichForms: '¿Cuáles?',
    forms: {
      '2555': 'Formulario 2555 (ingreso ganado en el extranjero)',
      '8833': 'Formulario 8833 (posición basada en un tratado)',
      '8888': 'Formulario 8888 (reembolso dividido entre cuentas)',
      '4563': 'Formulario 4563 (ingresos de Samoa Estadounidense)',
      '5074': 'Formulario 5074 (Guam o las Islas Marianas del Norte)',
      '8689': 'Formulario 8689 (Islas Vírgenes de los EE. UU.)',
    },
  },

  afterFiling: {
    heading: 'Lo que pasó después de presentar',
    intro:
      'Opcional. Escriba lo que dicen los documentos, tal como aparece impreso: la página lo compara con el cálculo y le dice qué hacer a continuación.',
    own: 'Sus propios registros',
    filedDate: 'El día en que presentó el Formulario 8379 (año-mes-día)',
    filedDateHelp:
      'Según la confirmación de la presentación electrónica o el recibo del correo certificado, por ejemplo 2025-02-10.',
    efiled: '¿Se presentó electrónicamente la declaración conjunta con el Formulario 8379?',
    offsetNotice: 'El aviso de compensación (Oficina del Servicio Fiscal)',
    noticeDate: 'Fecha del aviso',
    originalRefund: 'Cantidad del pago original (el reembolso antes de reducirlo)',
    offsetAmount: 'Cantidad compensada',
    offsetDebtType: 'Tipo de deuda por la que se compensó',
    offsetAgency: 'Agencia que lo recibió (opcional)',
    offsetFee: 'Cargo, si el aviso indica uno',
    irsNotice: 'El aviso o la carta del IRS',
    irsKind: 'Su número (arriba a la derecha)',
    irsKinds: {
      CP49: 'CP49',
      CP42: 'CP42',
      '3179C': 'Carta 3179C',
      '916C': 'Carta 916C',
      '105C': 'Carta 105C (reclamación denegada)',
      other: 'Otro aviso',
    },
    irsDate: 'Fecha del aviso',
    irsOverpayment: 'Pago en exceso',
    irsAppliedToTax: 'Aplicado a impuestos adeudados',
    irsInterest: 'Intereses',
    irsRefund: 'Reembolso',
    bank: 'El estado de cuenta del banco, o el cheque',
    receivedAmount: 'Cantidad recibida (con intereses)',
    receivedDate: 'Fecha en que lo recibió',
    receivedIssuedTo: '¿A nombre de quién se emitió?',
    issuedTo: { injured: 'Al suyo', both: 'A nombre de los dos', other: 'Solo al de su cónyuge' },
    check: 'La comprobación',
    checkTitles: {
      'R-CHECK-OVERPAYMENT': 'El reembolso antes de la compensación',
      'R-CHECK-OFFSETS': 'Las compensaciones',
      'R-CHECK-REFUND': 'El reembolso para el cónyuge perjudicado',
      'R-CHECK-INTEREST': 'Intereses',
      'R-CHECK-DEADLINES': 'Plazos',
    } as Record<string, string>,
    checkEmpty: 'Escriba arriba lo que dicen los documentos: la comprobación aparece aquí.',
    classes: {
      pending: 'Puede que el IRS todavía esté trabajando en ello',
      rounding: 'Redondeo: no hay nada que hacer',
      'return-changed': 'El IRS cambió la declaración',
      'irs-default-split': 'El IRS dividió una partida conjunta a su manera',
      'community-property': 'La ley estatal de propiedad comunitaria lo dividió',
      unexplained: 'El cálculo no lo explica',
      'not-given': 'Todavía no hay suficiente para comparar',
      agrees: 'Coincide con el cálculo aproximado',
      differs: 'No coincide con el cálculo aproximado',
      'beyond-other-portion': 'Se tomó más que la parte de su cónyuge',
      shown: 'Se pagaron intereses',
      none: 'No se anotaron intereses',
      open: 'Todavía hay tiempo para presentar',
      passed: 'El plazo para presentar ya pasó',
      undecided: 'No se sabe sin la fecha de hoy',
    } as Record<string, string>,
    nextSteps: 'Qué hacer a continuación',
    printLetter: 'Imprimir la carta',
    letterTitle: 'La carta que debe enviar',
    letterFailed:
      'Todavía no se pudo redactar la carta: escriba las direcciones que necesita en “Direcciones para la carta” (la suya y la del destinatario). La comprobación de arriba sigue siendo válida.',
    addresses: 'Direcciones para la carta',
    addressesHelp:
      'Escriba cada dirección tal como aparece impresa, una línea a la vez: pulse Intro después de cada línea (como máximo 6 líneas).',
    senderAddress: 'Su dirección (para la carta)',
    senderAddressHelp:
      'Adonde debe llegar la respuesta: la calle en la primera línea, después la ciudad, el estado y el código postal.',
    irsAddress: 'La dirección del aviso del IRS para su respuesta',
    irsAddressHelp:
      'Tal como la imprime el aviso, una línea a la vez. Sin un aviso del IRS, escriba la dirección del centro de servicio del IRS donde presentó la declaración.',
    offsetAddress: 'La dirección de la agencia en el aviso de compensación',
    offsetAddressHelp:
      'Solo para una carta a la agencia que recibió el dinero: su dirección tal como la imprime el aviso, una línea a la vez.',
  },

  answer: {
    heading: 'La respuesta',
    label: 'Reembolso estimado para el cónyuge perjudicado',
    open: 'Mostrar la respuesta',
    close: 'Ocultar la respuesta',
    soFar: (figure: Money, missing: string) => `Por ahora ${figure}. Todavía falta: ${missing}.`,
    noFigure: (missing: string) => `Todavía no hay cifra. Falta: ${missing}.`,
    stopped: 'No hay reembolso que reclamar con el Formulario 8379: vea el motivo abajo.',
    whatIsMissing: '¿Qué falta?',
    missing: {
      taxYear: 'el año tributario',
      partI: 'respuestas de la Parte I',
      injuredName: 'su nombre',
      otherName: 'el nombre de su cónyuge',
      line34: 'la línea 34 de la declaración',
      line34Apart: (apart: Money) => `${apart} para llegar a la línea 34`,
      debt: 'la deuda',
      problems: (n: number) => count(n, 'respuesta por corregir', 'respuestas por corregir'),
    },
    missingList: 'Para terminar',
    missingItem: {
      taxYear: 'Línea 1: el año tributario de la declaración conjunta.',
      partI: (line: number) => `Parte I, línea ${line}: responda sí o no.`,
      injuredName: 'Su nombre, tal como aparece en la declaración.',
      otherName: 'El nombre de su cónyuge, tal como aparece en la declaración.',
      line34: 'La línea 34 de la declaración (o marque “No tengo la declaración a mano”).',
      line34Apart: (fromLines: Money, onReturn: Money) =>
        `Las líneas dan un reembolso de ${fromLines}; la línea 34 dice ${onReturn}: compare las líneas con la declaración.`,
      debt: 'La deuda por la que se compensó (o se compensará) el reembolso: agréguela según el aviso de compensación.',
    },
    problemItem: (label: string, message: string) => `${label}: ${message}`,
    wholeCase: 'El caso',
    overpayment: 'Reembolso conjunto (pago en exceso)',
    appliedTo: (debt: string) => `Compensado por: ${debt}`,
    otherRefund: 'Reembolso para su cónyuge',
    warnings: 'Revise esto',
    next: 'Después:',
    nextPrint: 'imprima la hoja de trabajo',
    nextForm: 'llene el Formulario 8379 oficial',
    saveResult: 'Guardar el resultado en un archivo (JSON)',
    failed: (what: string) =>
      `La calculadora falló (${what}). Por favor, infórmelo con el caso (Guardar el caso en un archivo).`,
    estimate:
      'Un cálculo aproximado del IRS, no una decisión: el IRS divide el reembolso por su cuenta cuando tramita el Formulario 8379.',
    stopNoOverpayment: 'No hay nada que reclamar con el Formulario 8379. ',
    stopAtLine: (line: number) =>
      `Parte I, línea ${line}: usted no es un cónyuge perjudicado para esta declaración. `,
  },

  stops: {
    'not-joint-return':
      'El Formulario 8379 es solo para declaraciones conjuntas: un reembolso de una declaración por separado compensado por una deuda no se puede reclamar como cónyuge perjudicado.',
    'no-separate-debt':
      'El Formulario 8379 es solo para un reembolso compensado por una deuda que solo debe su cónyuge. Si la deuda es una deuda conjunta de impuestos federales, vea en su lugar el alivio para cónyuge inocente (Formulario 8857, Solicitud de alivio para cónyuge inocente).',
    'legally-obligated':
      'Usted no es un cónyuge perjudicado por una deuda que también debe. Para una deuda conjunta de impuestos federales, vea el alivio para cónyuge inocente (Formulario 8857).',
    'no-payments-or-credits':
      'No hizo pagos (ni impuesto retenido ni impuesto estimado) ni reclama un crédito reembolsable, así que ninguna parte del reembolso le corresponde.',
    'no-overpayment':
      'Las líneas de la declaración no dan ningún reembolso, así que no se compensó ni se puede compensar nada por la deuda. Compare las líneas con la declaración; si más adelante se compensa un reembolso de esta declaración, presente entonces el Formulario 8379.',
  },

  problems: {
    letterAddress: {
      tooManyLines: (lines: number, max: number) =>
        `Una dirección para la carta tiene como máximo ${max} líneas; esta tiene ${lines}. Ponga más en una línea, separado por comas.`,
      lineTooLong: (max: number) =>
        `Una línea de la dirección tiene como máximo ${max} caracteres: divídala en dos líneas.`,
      lines:
        'Escriba la dirección una línea a la vez, tal como aparece impresa: pulse Intro después de cada línea.',
    },
    fallback:
      'Esta respuesta no se puede usar tal como está. Compárela con la declaración, o bórrela y escríbala de nuevo.',
    formFacts: {
      partIVNotAlone:
        'La Parte IV se llena solo cuando el Formulario 8379 se presenta por sí solo: elija “Por sí solo” arriba, o borre esto.',
      phone:
        'Escriba un número de teléfono con cifras, espacios, guiones y paréntesis, por ejemplo 512-555-0142.',
      state: 'Escriba el estado con sus dos letras mayúsculas, por ejemplo TX.',
      zip: 'Escriba el código postal con 5 cifras, o 9 como 78701-1234.',
      ptin: 'Escriba el PTIN como la letra P y 8 cifras, por ejemplo P01234567.',
      ein: 'Escriba el EIN con 9 cifras, por ejemplo 12-3456789.',
      missing: 'Llene esto, o elija No en la línea 12.',
      preparerName:
        'Escriba el nombre del preparador, o desmarque “Un preparador remunerado preparó este formulario”.',
      tooLong: (max: number) =>
        `En esta casilla del formulario caben como máximo ${max} caracteres.`,
      address:
        'Llene la calle, la ciudad, el estado y el código postal (EE. UU.), o la calle, la ciudad y el país (extranjero).',
    },
    taxYear: {
      missing: 'Escriba el año de la declaración conjunta con cuatro cifras, por ejemplo 2024.',
      notYear: (typed: string) =>
        `Escriba el año con cuatro cifras, por ejemplo 2024 (no “${typed}”).`,
      twoDigits: (typed: string, year: string) =>
        `Escriba las cuatro cifras del año: ${year}, no ${typed}.`,
      unsupported: (year: string, first: number, last: number) =>
        `Esta calculadora cubre los años tributarios ${first} a ${last}; ${year} no es uno de ellos.`,
      beforeExemptions: (year: string) =>
        `Las declaraciones anteriores a 2018 restan exenciones, que esta calculadora no calcula: ${year} no está cubierto (sí lo están 2018 a 2026).`,
    },
    name: {
      injuredMissing:
        'Escriba su nombre tal como aparece en la declaración conjunta, por ejemplo Dana Reyes.',
      otherMissing:
        'Escriba el nombre de su cónyuge tal como aparece en la declaración conjunta, por ejemplo Chris Reyes.',
      tooLong: (chars: number, max: number) =>
        `Un nombre puede tener como máximo ${max} caracteres; este tiene ${num(chars)}. Escríbalo como aparece en la declaración.`,
    },
    ssn: (digits: number) =>
      digits === 9
        ? 'Escriba el número de Seguro Social con 9 cifras, por ejemplo 123-45-6789: solo cifras y guiones.'
        : `Un número de Seguro Social tiene 9 cifras, por ejemplo 123-45-6789; este tiene ${digits}. Revíselo, o déjelo vacío.`,
    bothShownFirst:
      'Solo un nombre puede aparecer primero en la declaración: elija el suyo o el de su cónyuge.',
    partI: {
      missing: 'Responda sí o no.',
      contradicts: (line: number, answered: 'yes' | 'no', fromLines: 'yes' | 'no') =>
        `Usted respondió ${answered === 'yes' ? 'Sí' : 'No'} en la línea ${line}, pero las líneas de la declaración que anotó dicen ${fromLines === 'yes' ? 'Sí' : 'No'}. Elija “Responder según las líneas de la declaración”, o revise esas líneas.`,
      line5Mismatch:
        'Su respuesta en la línea 5 y los estados de abajo no concuerdan: responda de nuevo la línea 5 y, si es Sí, marque el estado.',
    },
    amount: {
      empty: 'Escriba la cantidad, por ejemplo 52,000 o 1234.50. Escriba 0 si no hay ninguna.',
      dollarSign: (fix: string) => `Omita el signo de dólar: escriba ${fix}.`,
      decimalComma: (typed: string, fix: string) =>
        `Use un punto para los centavos, no una coma decimal: escriba ${fix} en lugar de ${typed}.`,
      pointForThousands: (fix: string) =>
        `El punto se lee como punto decimal, y los centavos tienen dos cifras: para los miles escriba una coma o nada, por ejemplo ${fix}.`,
      words:
        'Escriba la cantidad en cifras, no en palabras: para cuarenta y un mil, escriba 41000 o 41,000.',
      spaces: (fix: string) => `Omita los espacios: escriba ${fix}.`,
      plus: (fix: string) => `Omita el signo más: escriba ${fix}.`,
      parentheses: (fix: string) =>
        `Para una pérdida, escriba un signo menos en lugar de paréntesis: ${fix}.`,
      percent: 'Escriba la cantidad en dólares, no un porcentaje, por ejemplo 1234.50.',
      tooManyDecimals: (fix: string) =>
        `Los centavos tienen como máximo dos cifras después del punto: escriba ${fix}, redondeado al centavo.`,
      exponent: 'Escriba la cantidad con cifras simples, por ejemplo 100000.',
      otherDigits: 'Escriba la cantidad con las cifras del 0 al 9, por ejemplo 1234.50.',
      pointDigits: (fix: string) => `Escriba cifras a los dos lados del punto: ${fix}.`,
      grouping:
        'Las comas van entre grupos de tres cifras, por ejemplo 61,250.00; o no las ponga: 61250.00.',
      tooLarge: 'La cantidad es demasiado grande: debe ser menor de un billón de dólares.',
      notAmount: 'Escriba la cantidad solo con cifras, por ejemplo 52,000 o 1234.50.',
      negative: 'Esta cantidad no puede ser negativa: escríbala sin el signo menos.',
      negativeForLine: (line: string) =>
        `${line} no puede ser negativo (solo los ingresos de negocio, las ganancias de capital y otros ingresos pueden ser una pérdida): escríbalo sin el signo menos.`,
    },
    item: {
      ownerMissing: 'Elija de quién es: suya, de su cónyuge, o de los dos.',
      ownerJointEarned:
        'Los salarios y los ingresos de negocio son del cónyuge que los ganó: elija suya o de su cónyuge, no de los dos.',
      ownerJointDependent:
        'Este crédito corresponde al cónyuge que reclamaría al hijo en una declaración por separado: elija suya o de su cónyuge. Con hijos de los dos, agregue una línea para cada uno.',
      shareNotJoint:
        'Solo una línea que es de los dos tiene una parte acordada: deje esto vacío, o elija “De los dos”.',
      shareOutside: (amount: Money) =>
        `Su parte acordada debe estar entre 0 y la cantidad de la línea, ${amount}.`,
      capitalLoss: (loss: Money) =>
        `Sus ganancias y pérdidas de capital suman una pérdida de ${loss}, pero una declaración conjunta deduce como máximo $3,000.00 (Formulario 1040, línea 7): escriba la pérdida que deduce la declaración, por ejemplo -3,000.00; el resto se traslada al año siguiente.`,
      schedule1A: (year: string) =>
        `Las deducciones del Anexo 1-A empiezan con el año tributario 2025; esta declaración es de ${year}. Quite esta línea.`,
      withholdingOnWithholding:
        'Esta línea ya es impuesto retenido: ponga la cifra en Cantidad y deje vacío “Impuesto federal retenido”.',
      seTaxNotBusiness:
        'Solo los ingresos de negocio llevan impuesto sobre el trabajo por cuenta propia: anote cualquier otro impuesto como una línea de “Otros impuestos”.',
      itemizedNeedsItemized:
        'Las deducciones detalladas cuentan solo cuando la declaración las detalla: elija “Deducciones detalladas” en la línea 12, o quite esta línea.',
      characterNeeded: (states: string) =>
        `Las leyes de ${states} difieren sobre los ingresos de propiedad separada: marque esta línea como comunitaria o separada.`,
      jointManagementSeparate:
        'La administración conjunta se aplica solo a la propiedad comunitaria: marque la línea como comunitaria, o ponga la administración conjunta en “Sin marcar”.',
      textTooLong: (chars: number, max: number) =>
        `Una descripción puede tener como máximo ${num(max)} caracteres; esta tiene ${num(chars)}.`,
      tooMany: (max: number) =>
        `Un caso puede tener como máximo ${num(max)} líneas de la declaración: junte las pequeñas de un mismo tipo y cónyuge.`,
    },
    deduction: {
      itemizedNoLines:
        'Eligió deducciones detalladas: agréguelas como líneas de “Deducciones detalladas”, o elija la deducción estándar.',
    },
    eicWithoutEarnings: (amount: Money) =>
      `La declaración reclama ${amount} de crédito por ingreso del trabajo, pero todavía nadie tiene salarios ni ingresos de negocio: agréguelos, para que el crédito se pueda dividir según los ingresos del trabajo.`,
    communityProperty: {
      noState: 'Marque el estado donde vivió.',
      statesDiffer: (a: string, b: string) =>
        `${a} y ${b} siguen reglas distintas, y un año en dos de esos estados no se calcula: elija el estado en el que vivió ese año.`,
      partYear:
        'Esta versión no calcula un año vivido solo en parte en un estado de propiedad comunitaria.',
    },
    debt: {
      typeMissing: 'Elija el tipo de deuda, tal como lo nombra el aviso de compensación.',
      aroseNeeded: (states: string) =>
        `En ${states}, una deuda de impuesto federal alcanza el reembolso de otra manera cuando surgió antes del matrimonio: elija cuándo surgió.`,
      tooMany: (max: number) =>
        `Un caso puede tener como máximo ${max} deudas: junte las deudas de un mismo tipo.`,
    },
    date: {
      format: 'Escriba la fecha como año-mes-día, por ejemplo 2024-03-15.',
      usOrder: (typed: string, fix: string) =>
        `Escriba la fecha como año-mes-día: ${fix} en lugar de ${typed}.`,
      notADay: (typed: string) =>
        `No existe el día ${typed}: revise la fecha y escríbala como año-mes-día, por ejemplo 2024-03-15.`,
    },
    title: {
      tooLong: (chars: number, max: number) =>
        `Un título puede tener como máximo ${num(max)} caracteres; este tiene ${num(chars)}.`,
    },
  },

  warnings: {
    mismatch: (line: string, label: string, onReturn: Money, fromLines: Money, apart: Money) =>
      `La línea ${line} del Formulario 1040 (${label}) es ${onReturn} en la declaración, pero las líneas que anotó dan ${fromLines} (${apart} de diferencia): compárelas con la declaración.`,
    jointTax: (onReturn: Money, fromLines: Money, apart: Money) =>
      `El impuesto de la declaración (Formulario 1040, línea 18) es ${onReturn}, pero el impuesto de las líneas que anotó es ${fromLines} (${apart} de diferencia). Se usa la cifra de la declaración. El impuesto mínimo alternativo o el reintegro del pago por adelantado del crédito tributario de prima pueden explicarlo; si no, revise las líneas.`,
    overpayment: (onReturn: Money, fromLines: Money, apart: Money) =>
      `La línea 34 de la declaración dice ${onReturn}, pero las líneas que anotó dan ${fromLines} (${apart} de diferencia). El cálculo usa ${fromLines}: compare las líneas con la declaración.`,
    creditsAboveTax: (credits: Money, tax: Money) =>
      `Los créditos (${credits}) superan el impuesto (${tax}), y la declaración no puede bajar de cero impuesto: solo se usan ${tax} de ellos. La parte no usada de un crédito tributario por hijos es el crédito tributario adicional por hijos (Formulario 1040, línea 28): anótelo como su propia línea.`,
    selfEmploymentTaxMissing: (profit: Money) =>
      `Unos ingresos de negocio de ${profit} normalmente llevan impuesto sobre el trabajo por cuenta propia: escríbalo, según el Anexo SE, en “Impuesto sobre el trabajo por cuenta propia” de la línea de ingresos de negocio.`,
    sameSsn: 'Los dos tienen el mismo número de Seguro Social: compare ambos con la declaración.',
    withholdingAboveIncome: (withheld: Money, amount: Money) =>
      `El impuesto retenido (${withheld}) es mayor que el ingreso del que se retuvo (${amount}): revise las dos cifras (encasillados 1 y 2 del Formulario W-2, o el Formulario 1099).`,
    debtDateEarly: 'Una deuda con fecha anterior a 1900: revise la fecha.',
    debtDateLate: (latest: string) =>
      `Una deuda con fecha posterior al ${latest}, el último día para reclamar este reembolso, no puede haberlo compensado: revise la fecha y el año tributario.`,
    communityMarksIgnored:
      'Algunas líneas están marcadas como propiedad comunitaria o separada, pero no indicó que vivió en un estado de propiedad comunitaria (línea 5): las marcas no se tienen en cuenta.',
    communityMarkNoEffect:
      'Una marca de propiedad comunitaria en una deducción o un crédito no tiene efecto: sigue a los ingresos a los que pertenece.',
    unattributed: (amount: Money) =>
      `${amount} del reembolso conjunto no está dividido entre ustedes.`,
    noOverpayment:
      'La declaración no muestra ningún reembolso, así que no se puede compensar ni reclamar nada.',
    efileCredits: (onForm: string, onReturn: string) =>
      `Si lo presenta electrónicamente, el IRS rechazaría este Formulario 8379: sus créditos de la línea 16 (${onForm}) difieren del total de créditos de la declaración en la línea 21 del Formulario 1040 (${onReturn}). Revise los créditos, o presente el Formulario 8379 en papel.`,
    efileForeign:
      'Si lo presenta electrónicamente, el IRS rechazaría este Formulario 8379: la declaración tiene una dirección en el extranjero. Presente el Formulario 8379 en papel.',
    efilePrVi:
      'Si lo presenta electrónicamente, el IRS rechazaría este Formulario 8379: la dirección de la declaración está en Puerto Rico o en las Islas Vírgenes de los EE. UU. Presente el Formulario 8379 en papel.',
    efileForms:
      'Si lo presenta electrónicamente, el IRS rechazaría este Formulario 8379: la declaración incluye uno de los Formularios 2555, 8833, 8888, 4563, 5074 u 8689. Presente el Formulario 8379 en papel.',
    efileNotJoint:
      'Si lo presenta electrónicamente, el IRS rechazaría este Formulario 8379: la declaración no es una declaración conjunta (línea 2).',
    efileState:
      'Si lo presenta electrónicamente, el IRS rechazaría este Formulario 8379: la línea 5 es Sí pero no nombra ningún estado de propiedad comunitaria. Marque el estado.',
    efileOther:
      'Si lo presenta electrónicamente, el IRS rechazaría este Formulario 8379 tal como está: preséntelo en papel, o corrija la declaración.',
    other: 'Revise las líneas de la declaración: el cálculo encontró algo inusual.',
  },

  worksheet: {
    heading: 'Hoja de trabajo',
    date: 'Fecha de preparación',
    preparedBy: 'Preparada por (opcional)',
    title: 'Título de la hoja de trabajo (opcional)',
    titleHelp: 'Por ejemplo “Reyes 2024”.',
    fullSsn: 'Mostrar los números de Seguro Social completos',
    print: 'Imprimir la hoja de trabajo',
    preview: 'Vista previa de la hoja de trabajo',
    empty: 'La hoja de trabajo aparece aquí cuando el formulario esté completo.',
    failed: 'No se pudo mostrar la hoja de trabajo; la respuesta de arriba sigue siendo válida.',
  },

  officialForm: {
    heading: 'Llenar el Formulario 8379 oficial',
    where: 'Descargue el formulario para llenar desde ',
    whereAfter:
      ' y elíjalo aquí: se llena en este navegador a partir de su respuesta, y nada sale del navegador.',
    url: FORM_PDF,
    input: 'PDF del Formulario 8379 de IRS.gov',
    private: 'Manténgalo en privado: ',
    privateText:
      'el PDF lleno contiene los números de Seguro Social completos de los dos cónyuges.',
    finishFirst:
      'El formulario se llena a partir de la respuesta: termine primero el caso (vea “¿Qué falta?” en la respuesta).',
    blocked: 'Este caso no se puede pasar al formulario oficial:',
    efileFails:
      'Si la declaración se presenta electrónicamente con este Formulario 8379, el IRS la rechazaría:',
    go: (label: string) => `Ir a “${label}”`,
    filling: (file: string) => `Llenando el Formulario 8379 a partir de ${file}…`,
    filled: (file: string) => `Listo: ${file}`,
    filledAfter:
      ' está en sus descargas. Compárelo con la hoja de trabajo antes de firmarlo y presentarlo.',
    couldNotFill: (file: string) => `No se pudo llenar ${file}: `,
    blockers: {
      partIStop: (line: number) =>
        `La Parte I pone fin a la reclamación en la línea ${line}, así que no se presenta ningún Formulario 8379 para este caso.`,
      earlierRevision: (year: number) =>
        `El Formulario 8379 (Rev. noviembre de 2023) es para los años tributarios 2023 y posteriores; este caso es de ${year}. Descargue la revisión para ${year} desde ${PRIOR_REVISIONS} y copie las cifras que la hoja de trabajo indica para el Formulario 8379.`,
      line10:
        'La línea 10 los anota a los dos en el orden de la declaración conjunta: responda “¿El nombre de quién aparece primero en la declaración?” en la Parte II.',
      other: 'Algo del caso impide pasarlo al formulario oficial.',
    },
    problems: {
      'too-large': `El archivo es mayor que los 10 MB que lee esta página; el Formulario 8379 del IRS ocupa unos 100 KB. Descárguelo desde ${FORM_PDF}.`,
      'not-pdf': `No es un archivo PDF. Descargue el Formulario 8379 para llenar desde ${FORM_PDF} y elija ese archivo.`,
      damaged: `El PDF está dañado o incompleto, quizás por una descarga interrumpida. Descárguelo de nuevo desde ${FORM_PDF}.`,
      encrypted: `El PDF está bloqueado (cifrado), así que no se puede llenar. Descargue la copia del propio IRS desde ${FORM_PDF}.`,
      'other-revision': `Es otra revisión del Formulario 8379; esta página llena la revisión de noviembre de 2023. Descárguela desde ${FORM_PDF}.`,
      'missing-field': `Este PDF no es el Formulario 8379 para llenar (¿una copia impresa o aplanada?). Descargue el formulario para llenar desde ${FORM_PDF}.`,
      'wrong-field': `Este PDF no es el Formulario 8379 para llenar del IRS: algunos de sus campos no son los del formulario. Descárguelo desde ${FORM_PDF}.`,
      other: `No se pudo llenar el PDF. Descargue el Formulario 8379 para llenar desde ${FORM_PDF} e inténtelo de nuevo.`,
    },
    values: {
      'too-long': (label: string) =>
        `${label}: demasiado largo para su casilla del formulario. Acórtelo como aparece en la declaración.`,
      'too-wide': (label: string) =>
        `${label}: demasiado ancho para imprimirse en su casilla del formulario. Acórtelo como aparece en la declaración.`,
      'control-character': (label: string) =>
        `${label}: contiene un carácter de control invisible que el formulario no puede imprimir. Escríbalo de nuevo.`,
      unprintable: (label: string) =>
        `${label}: contiene una letra que la fuente del formulario no puede imprimir (solo letras latinas). Escríbalo como en la declaración.`,
    },
  },
};
