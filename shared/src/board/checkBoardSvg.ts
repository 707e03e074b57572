import type { BoardCheck } from './checkBoardUpdate.ts';

/** The largest board picture the server keeps. */
export const MAX_BOARD_SVG_BYTES = 2 * 1024 * 1024;

/** SVG elements a drawing needs; nothing that runs, loads or embeds a document. */
const svgElements = new Set([
  'svg',
  'g',
  'defs',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'textpath',
  'clippath',
  'mask',
  'pattern',
  'lineargradient',
  'radialgradient',
  'stop',
  'marker',
  'symbol',
  'use',
  'title',
  'desc',
  'style',
  'filter',
  'feflood',
  'fecomposite',
  'feoffset',
  'fegaussianblur',
  'femerge',
  'femergenode',
  'feblend',
  'fecolormatrix',
  'femorphology',
  'image',
  'foreignobject',
]);

/** What tldraw writes inside a `<foreignObject>` for rich text: plain formatting, never a form, frame or script. */
const htmlElements = new Set([
  'div',
  'p',
  'span',
  'br',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'code',
  'pre',
  'ul',
  'ol',
  'li',
  'a',
  'mark',
  'h1',
  'h2',
  'h3',
  'sub',
  'sup',
  'blockquote',
  'hr',
]);

/** Embedded pictures and fonts only as data, never fetched from anywhere. */
const safeDataUrl =
  /^data:(?:image\/(?:png|jpeg|gif|webp)|font\/(?:woff2?|ttf|otf)|application\/(?:font-woff2?|x-font-woff|octet-stream));base64,[a-z0-9+/=\s]*$/i;

const tagPattern = /<(\/?)([a-zA-Z][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const attributePattern = /([^\s=/"']+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?/g;

function unquote(value: string): string {
  const first = value[0];
  return (first === '"' || first === "'") && value.endsWith(first) ? value.slice(1, -1) : value;
}

/** Whether every `url(…)` in some CSS points inside the picture or at data it carries. */
function hasOnlyLocalUrls(css: string): boolean {
  if (/@import/i.test(css) || /expression\s*\(/i.test(css)) return false;
  for (const match of css.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/gis)) {
    const target = (match[2] ?? '').trim();
    if (!target.startsWith('#') && !safeDataUrl.test(target)) return false;
  }
  return true;
}

/**
 * Checks a picture of the board, as tldraw exports it, before the server keeps it: an allow-list of SVG elements
 * (and of plain HTML formatting inside `<foreignObject>`, where tldraw puts rich text), no event handlers, no
 * scripts, and no reference to anything outside the picture but embedded data. It refuses rather than repairs, so
 * nothing it let through was ever rewritten.
 */
export function checkBoardSvg(svg: string): BoardCheck {
  // Characters, at most as many as bytes; the request's own size is limited in bytes before this.
  if (svg.length > MAX_BOARD_SVG_BYTES) {
    return { ok: false, reason: 'The picture is over 2 MiB' };
  }
  const body = svg.replace(/^\s*<\?xml[^>]*\?>/, '').replace(/<!--[\s\S]*?-->/g, '');
  if (!/^\s*<svg[\s>]/i.test(body)) return { ok: false, reason: 'The picture must be an SVG' };
  if (/<!|<\?/.test(body)) return { ok: false, reason: 'The picture may hold no declarations' };
  let insideStyle = false;
  let lastIndex = 0;
  for (const match of body.matchAll(tagPattern)) {
    const between = body.slice(lastIndex, match.index);
    if (insideStyle && !hasOnlyLocalUrls(between)) {
      return { ok: false, reason: 'The picture’s styles may only use what it carries' };
    }
    lastIndex = (match.index ?? 0) + match[0].length;
    const closing = match[1] === '/';
    const name = (match[2] ?? '').toLowerCase();
    if (!svgElements.has(name) && !htmlElements.has(name)) {
      return { ok: false, reason: `The picture may not hold <${name}>` };
    }
    if (name === 'style') insideStyle = !closing;
    if (closing) continue;
    for (const attribute of (match[3] ?? '').matchAll(attributePattern)) {
      const attributeName = (attribute[1] ?? '').toLowerCase();
      const value = unquote(attribute[2] ?? '').trim();
      if (attributeName.startsWith('on')) return { ok: false, reason: 'The picture may hold no event handlers' };
      if (/(?:java|vb)script:/i.test(value.replace(/\s|&#?\w+;/g, ''))) {
        return { ok: false, reason: 'The picture may hold no scripts' };
      }
      if (attributeName === 'href' || attributeName.endsWith(':href') || attributeName === 'src') {
        if (!value.startsWith('#') && !safeDataUrl.test(value)) {
          return { ok: false, reason: 'The picture may link only to itself or to data it carries' };
        }
      }
      if ((attributeName === 'style' || value.includes('url(')) && !hasOnlyLocalUrls(value)) {
        return { ok: false, reason: 'The picture’s styles may only use what it carries' };
      }
    }
  }
  if (/<\s*\/?\s*script/i.test(body)) return { ok: false, reason: 'The picture may hold no scripts' };
  return { ok: true };
}
