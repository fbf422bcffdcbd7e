import { Parser } from 'htmlparser2';
import { EDITION_ROOT_ATTRIBUTE, EDITION_SEARCH_NOTE } from './edition-files';
import { editionHref, rootFrom } from './edition-paths';

// The edition rewrites every page of the site, so it edits the page's own text where a tokenizer
// finds a tag (htmlparser2's: script, style, title and textarea read as text, entities decoded,
// end tags implied, svg's self-closing tags) instead of building a parse5 tree and serialising
// it again: half the cost (×10 site: 0.31 s instead of 0.60 s for 144 pages), and the rest of each
// page stays byte for byte as Astro wrote it.

/** A `<script type="module">` of a built page: its file (under the base) or, inline, its code. */
export type ModuleScript = { src: string } | { code: string };

/** The key under which a page's module script is bundled once for the whole edition. */
export const scriptKey = (script: ModuleScript) => ('src' in script ? `src:${script.src}` : `code:${script.code}`);

export interface EditionPageOptions {
  /** The page's path inside the site (`sources/x/index.html`). */
  file: string;
  base: string;
  /** Names the classic bundle that replaces a module script, as a path inside the site (`_astro/x.classic.js`). */
  classicScript: (script: ModuleScript) => string;
  /** What replaces the "Download for offline reading" link (marked `data-edition-download`). */
  editionLabel: string;
}

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'poster', 'xlink:href']);

/** As parse5's serialiser escapes text and attribute values. */
const escapeText = (s: string) => s.replace(/[&<>\u00a0]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '\u00a0': '&nbsp;' })[c]!);
const escapeAttribute = (s: string) => s.replace(/[&"\u00a0]/g, (c) => ({ '&': '&amp;', '"': '&quot;', '\u00a0': '&nbsp;' })[c]!);
const hasWord = (value: string | undefined, word: string) => value !== undefined && value.includes(word) && value.split(/\s+/).includes(word);

interface Attribute {
  name: string;
  value: string;
  /** Where the attribute's text (`name="value"`) starts and ends in the page. */
  from: number;
  to: number;
}

/** A start tag as the scan reports it: where it starts and ends (after its `>`), its attributes in order. */
interface Tag {
  name: string;
  from: number;
  to: number;
  attrs: Attribute[];
}

interface Handlers {
  /** A start tag. */
  open: (tag: Tag) => void;
  /** An element closes: `at` is where its end tag starts (or what closes it, if implied), `to` where it ends. */
  close: (name: string, at: number, to: number) => void;
  /** Where the doctype ends. */
  doctype?: (to: number) => void;
}

/** Runs htmlparser2 over a whole page, with the page offsets of every tag and attribute. */
function scan(html: string, { open, close, doctype }: Handlers): void {
  let attrs: Attribute[] = [];
  // A void or self-closing element closes (implied) as soon as it opens: it ends where its tag does.
  let opened: Tag | undefined;
  const parser: Parser = new Parser(
    {
      onattribute: (name, value) => attrs.push({ name, value, from: parser.startIndex, to: parser.endIndex }),
      onopentag: (name) => {
        opened = { name, from: parser.startIndex, to: parser.endIndex + 1, attrs };
        attrs = [];
        open(opened);
      },
      onclosetag: (name, implied) => {
        if (implied && opened?.name === name) close(name, opened.to, opened.to);
        else close(name, parser.startIndex, implied ? parser.startIndex : parser.endIndex + 1);
        opened = undefined;
      },
      ontext: () => (opened = undefined),
      oncomment: () => (opened = undefined),
      onprocessinginstruction: (name) => {
        if (name.toLowerCase() === '!doctype') doctype?.(parser.endIndex + 1);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
}

const attr = (tag: Tag, name: string) => tag.attrs.find((a) => a.name === name)?.value;
const isModule = (tag: Tag) => tag.name === 'script' && attr(tag, 'type') === 'module';
/** A script's code, read as an HTML parser reads it (line breaks normalised). */
const codeBetween = (html: string, from: number, to: number) => html.slice(from, to).replace(/\r\n?/g, '\n');

/** Every module script of a page, in document order. */
export function moduleScripts(html: string): ModuleScript[] {
  const scripts: ModuleScript[] = [];
  let inline: number | undefined;
  scan(html, {
    open: (tag) => {
      if (!isModule(tag)) return;
      const src = attr(tag, 'src');
      if (src === undefined) inline = tag.to;
      else scripts.push({ src });
    },
    close: (name, at) => {
      if (name === 'script' && inline !== undefined) scripts.push({ code: codeBetween(html, inline, at) });
      inline = undefined;
    },
  });
  return scripts;
}

interface Edit {
  from: number;
  to: number;
  text: string;
}

/** Replaces [from, to) ranges of `html`; edits never overlap and are sorted by position. */
function applyEdits(html: string, edits: readonly Edit[]): string {
  let out = '';
  let at = 0;
  for (const { from, to, text } of [...edits].sort((a, b) => a.from - b.from)) {
    out += html.slice(at, from) + text;
    at = to;
  }
  return out + html.slice(at);
}

/**
 * One built page as the offline edition serves it from `file://`: internal links relative and
 * ending in `index.html`, module scripts (blocked on `file://`) replaced by their classic bundles,
 * deferred as module scripts are, the edition's root recorded for the search code, the search
 * panel's note about the coarser offline index, and no link to download what the reader has.
 */
export function editionPage(html: string, { file, base, classicScript, editionLabel }: EditionPageOptions): string {
  const edits: Edit[] = [];
  const root = ` ${EDITION_ROOT_ATTRIBUTE}="${escapeAttribute(rootFrom(file))}"`;
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const note = `<p class="search-edition-note muted">${escapeText(EDITION_SEARCH_NOTE)}</p>`;
  // A page links to the same few places many times (its sources, the navigation).
  const hrefs = new Map<string, string>();
  const href = (value: string) => {
    let rewritten = hrefs.get(value);
    if (rewritten === undefined) hrefs.set(value, (rewritten = editionHref(file, value, base)));
    return rewritten;
  };
  let sawHtml = false;
  let afterDoctype = 0;
  /** The element being replaced whole (a module script, the download link), with what replaces it. */
  let replacing: { from: number; depth: number; replacement: (end: number) => string } | undefined;
  /** Open search panels, and how deep inside each the scan is. */
  const panels: Array<{ depth: number; noted: boolean }> = [];

  scan(html, {
    open: (tag) => {
      if (replacing) {
        replacing.depth++;
        return;
      }
      const panel = panels.at(-1);
      if (panel && panel.depth === 0 && !panel.noted && attr(tag, 'role') === 'status') {
        edits.push({ from: tag.from, to: tag.from, text: note });
        panel.noted = true;
      }
      if (panel) panel.depth++;
      if (tag.name === 'html' && !sawHtml) {
        sawHtml = true;
        const at = tag.attrs.at(-1)?.to ?? tag.from + '<html'.length;
        edits.push({ from: at, to: at, text: root });
      }
      if (isModule(tag)) {
        const src = attr(tag, 'src');
        const bundle = (end: number) => classicScript(src === undefined ? { code: codeBetween(html, tag.to, end) } : { src });
        const replacement = (end: number) => `<script src="${escapeAttribute(editionHref(file, `${prefix}${bundle(end)}`, base))}" defer=""></script>`;
        replacing = { from: tag.from, depth: 0, replacement };
        return;
      }
      if (tag.name === 'link' && hasWord(attr(tag, 'rel'), 'modulepreload')) {
        replacing = { from: tag.from, depth: 0, replacement: () => '' };
        return;
      }
      if (attr(tag, 'data-edition-download') !== undefined) {
        replacing = { from: tag.from, depth: 0, replacement: () => `<span class="edition-label">${escapeText(editionLabel)}</span>` };
        return;
      }
      const canonical = tag.name === 'link' && attr(tag, 'rel') === 'canonical';
      for (const a of tag.attrs) {
        if (canonical || !URL_ATTRIBUTES.has(a.name)) continue;
        const value = href(a.value);
        if (value !== a.value) edits.push({ from: a.from, to: a.to, text: `${a.name}="${escapeAttribute(value)}"` });
      }
      if (hasWord(attr(tag, 'class'), 'search-panel')) panels.push({ depth: 0, noted: false });
    },
    close: (_name, at, to) => {
      if (replacing) {
        if (replacing.depth-- > 0) return;
        edits.push({ from: replacing.from, to, text: replacing.replacement(at) });
        replacing = undefined;
      }
      const panel = panels.at(-1);
      if (!panel) return;
      if (panel.depth-- > 0) return;
      if (!panel.noted) edits.push({ from: at, to: at, text: note });
      panels.pop();
    },
    doctype: (to) => (afterDoctype = to),
  });
  // A page without an `<html>` tag (a redirect page) gets one, as a parser would give it.
  if (!sawHtml) edits.push({ from: afterDoctype, to: afterDoctype, text: `<html${root}>` });
  return applyEdits(html, edits);
}
