/**
 * The browser app: one self-contained HTML file (dist/app/form8379.html) that works from disk.
 *
 *   npm run app         development server
 *   npm run build:app   dist/app/form8379.html, its size printed, over 320 KB gzipped fails
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The budget for everything the page loads: it is all in this one file. 250 KB, raised to 270 KB
 * for the page's own plain-language messages and the person's path (issue 20, about 12 KB).
 * Raised to 285 KB for the official form's facts (issue 18) and "What happened after you filed"
 * with its letters (issue 21), about 8 KB. Raised to 320 KB for Spanish (issue 22): the page's
 * Spanish catalogue and language switch, about 13 KB, and the library's Spanish worksheet and
 * letters, about 14 KB; 308 KB measured.
 */
const LIMIT_GZIPPED_BYTES = 320 * 1024;

/**
 * The page's Content-Security-Policy: nothing may be fetched or connected to (`default-src
 * 'none'`), and only the inlined script, by its hash, runs. The policy is what keeps the promise
 * that nothing entered leaves the browser, whatever a dependency might try.
 */
function policy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'none'",
    // No 'unsafe-eval': the worksheet's templates are precompiled (issue 12).
    `script-src ${scriptHashes.join(' ')}`,
    // The worksheet's own <style> and the app's are inline.
    "style-src 'unsafe-inline'",
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * What must never be in the page: the CLI's dependencies, Node's built-ins (the two the CLI's
 * file reader imports are shimmed), and zod's locales other than its default English.
 */
const FORBIDDEN_MODULES = [
  /[\\/]node_modules[\\/](commander|cli-progress)[\\/]/,
  /^node:/,
  /[\\/]zod[\\/]v4[\\/]locales[\\/](?!en\.js)/,
];

function forbiddenModules(): Plugin {
  return {
    name: 'form8379-app-forbidden-modules',
    apply: 'build',
    generateBundle: {
      order: 'pre',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk') continue;
          for (const id of Object.keys(chunk.modules)) {
            if (FORBIDDEN_MODULES.some((re) => re.test(id))) {
              this.error(`${id} must not be in the browser app`);
            }
          }
        }
      },
    },
  };
}

/**
 * The parts of the PDF library (@cantoo/pdf-lib, for "Fill the official Form 8379") the filler
 * never reaches, left out of the page: whole, the library would add 253 KB gzipped and put the
 * page over its budget; without these, it adds about 100 KB. The filler (src/pdf) opens a form
 * without a password, never encrypts, draws no SVG or PNG, parses no colour name, reads no XFA
 * template or page contents, and its one font is Helvetica-Bold (pdf-lib's default font,
 * Helvetica, is used only where no font is given, and the filler gives its own).
 *
 * Each stand-in keeps its module's exports; a call that would have needed the real one throws a
 * message that says so. test/browser/app-pdf.test.ts fills the form through these stand-ins, so
 * a filler that comes to need one of them fails there; a library update that renames a module
 * leaves it in, which the size limit below reports.
 */
const PDF_LIB = /[\\/]node_modules[\\/]@cantoo[\\/]pdf-lib[\\/]/;
const UNREACHED = (what: string) =>
  `function unreached() { throw new Error('form8379 app: ${what} is left out of the page'); }`;
const PDF_LIB_STAND_INS: Readonly<Record<string, string>> = {
  // Decryption (only with a password) and encryption (only on request); an encrypted form is
  // still recognised and refused, from its trailer.
  crypto: `${UNREACHED('PDF encryption')}
export const encodeRevision6Password = unreached, getNodeCrypto = unreached,
  calculateMD5 = unreached, calculateSHA256 = unreached, calculateSHA384 = unreached,
  calculateSHA512 = unreached;
// PDFSecurity makes a PDF20 when it is loaded: each class may be made, and any use throws.
class Unreached { constructor() { return new Proxy(this, { get: () => unreached }); } }
export class AES128Cipher extends Unreached {}
export class AES256Cipher extends Unreached {}
export class ARCFourCipher extends Unreached {}
export class CipherTransformFactory extends Unreached {}
export class CipherTransform extends Unreached {}
export class PDF17 extends Unreached {}
export class PDF20 extends Unreached {}`,
  // culori parses CSS colour strings (drawing with a colour name).
  culori: `${UNREACHED('colour names')}
export const converter = () => unreached;`,
  // The HTML/XML parser reads SVG images and XFA templates.
  'node-html-better-parser': `${UNREACHED('the SVG and XFA parser')}
export const parse = unreached;
export const NodeType = { ELEMENT_NODE: 1, TEXT_NODE: 3, COMMENT_NODE: 8 };`,
  // Escapes the text pdf-lib writes into XML (XMP metadata, XFA scripts): the five characters
  // html-entities escapes by default.
  'html-entities': `const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
export const encode = (text) => String(text ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]);`,
  // Reading a page's text and images back.
  extraction: `${UNREACHED('reading page contents')}
export const extractPageContents = unreached;`,
  // Decoding and encoding PNG images (embedPng).
  upng: `${UNREACHED('PNG images')}
export default new Proxy({}, { get: () => unreached });`,
  // The metrics of the standard fonts the filler does not use: reading one (its base64 text's
  // length is read first) throws.
  font: `${UNREACHED('this standard font')}
export default { get length() { return unreached(); } };`,
};
const UNUSED_FONT =
  /^\.\/(Courier(-Bold|-Oblique|-BoldOblique)?|Times-(Roman|Bold|Italic|BoldItalic)|Helvetica(-Oblique|-BoldOblique)?|Symbol|ZapfDingbats)\.compressed\.json$/;
const STAND_IN = '\0form8379-pdf-lib-stand-in:';

function trimPdfLib(): Plugin {
  return {
    name: 'form8379-app-trim-pdf-lib',
    enforce: 'pre',
    resolveId(source, importer) {
      if (importer === undefined || !PDF_LIB.test(importer)) return null;
      let which: string | null = null;
      if (source === '../crypto.js' || source === '../core/crypto.js') which = 'crypto';
      else if (source === 'culori' || source === 'node-html-better-parser') which = source;
      else if (source === 'html-entities') which = source;
      else if (source === './extraction/extractPageContents.js') which = 'extraction';
      else if (source === '../packages/upng/index.js') which = 'upng';
      else if (UNUSED_FONT.test(source)) which = 'font';
      return which === null ? null : `${STAND_IN}${which}`;
    },
    load(id) {
      if (!id.startsWith(STAND_IN)) return null;
      return PDF_LIB_STAND_INS[id.slice(STAND_IN.length)] ?? null;
    },
  };
}

const CSP_MARKER = '<!-- form8379:policy -->';

/**
 * After vite-plugin-singlefile has inlined everything: puts the policy with the hash of every
 * inline script in place of the marker, and prints the file's size (failing over the budget).
 * Only for the build: the development server injects scripts of its own.
 */
function policyAndSize(): Plugin {
  return {
    name: 'form8379-app-policy-and-size',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const pages = Object.values(bundle).filter((f) => f.fileName.endsWith('.html'));
        if (pages.length !== 1 || pages[0]?.fileName !== 'form8379.html') {
          this.error(
            `expected one page, form8379.html; got ${pages.map((f) => f.fileName).join(', ')}`,
          );
        }
        for (const file of pages) {
          if (file.type !== 'asset') continue;
          const html =
            typeof file.source === 'string' ? file.source : Buffer.from(file.source).toString();
          const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)];
          if (scripts.length !== (html.match(/<script\b/g) ?? []).length) {
            this.error('an inline script could not be delimited for its hash');
          }
          if (/<(script|link)\b[^>]*\b(src|href)=/.test(html)) {
            this.error('the page refers to a file; everything must be inlined');
          }
          const hashes = scripts.map(
            (m) =>
              `'sha256-${createHash('sha256')
                .update(m[1] ?? '')
                .digest('base64')}'`,
          );
          if (!html.includes(CSP_MARKER)) this.error(`${CSP_MARKER} is missing from the page`);
          const out = html.replace(
            CSP_MARKER,
            `<meta http-equiv="Content-Security-Policy" content="${policy(hashes)}">`,
          );
          file.source = out;
          const bytes = Buffer.byteLength(out);
          const gzipped = gzipSync(out, { level: 9 }).length;
          const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
          console.log(
            `\nform8379 app: dist/app/${file.fileName}: ${kb(bytes)}, ${kb(gzipped)} gzipped (limit ${kb(LIMIT_GZIPPED_BYTES)})`,
          );
          if (gzipped > LIMIT_GZIPPED_BYTES) {
            this.error(
              `the app is ${kb(gzipped)} gzipped, over the ${kb(LIMIT_GZIPPED_BYTES)} limit`,
            );
          }
        }
      },
    },
  };
}

export default defineConfig({
  root: here('.'),
  base: './',
  // Nothing is copied from a public folder: the page is the one file.
  publicDir: false,
  resolve: {
    alias: [
      // The CLI's case-file reader (src/cli/input.ts, utf8.ts) imports these; see the shims.
      { find: 'node:buffer', replacement: here('src/shims/node-buffer.ts') },
      { find: 'node:fs/promises', replacement: here('src/shims/node-fs-promises.ts') },
      { find: /^node:fs$/, replacement: here('src/shims/node-fs.ts') },
      // The worksheet's templates are precompiled: the page needs Handlebars' runtime only. The
      // compiler (for a caller's own template, which the page never passes) stays out.
      { find: /^handlebars$/, replacement: 'handlebars/runtime' },
    ],
  },
  build: {
    outDir: here('../dist/app'),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: here('index.html'),
      onwarn(warning, warn) {
        // vite-plugin-singlefile looks for policy <meta> tags in the inlined script too, where it
        // finds the worksheet template's own policy (a string, not this page's); the page's
        // policy, with the script's hash, is added after it by policyAndSize.
        if (warning.message.includes('Content-Security-Policy meta tag')) return;
        warn(warning);
      },
    },
    reportCompressedSize: false,
  },
  server: { open: false },
  // index.html for the development server's /, form8379.html as built.
  plugins: [
    trimPdfLib(),
    forbiddenModules(),
    viteSingleFile({ removeViteModuleLoader: true, outputFileName: 'form8379.html' }),
    policyAndSize(),
  ],
});
