import type { MiddlewareHandler } from 'hono';

/** One line per request. Only the path is printed: query strings may carry link tokens. */
export const logRequest: MiddlewareHandler = async (c, next) => {
  const started = performance.now();
  await next();
  const ms = (performance.now() - started).toFixed(1);
  console.log(`${c.req.method} ${escapeForLog(c.req.path)} ${c.res.status} ${ms}ms`);
};

/** Control characters, separators other than the space, and invisible or unassigned characters (bidi overrides). */
const unprintable = /^[\p{C}\p{Z}]$/u;

/** Escapes what could break or disguise a log line, JSON style, so a request is always exactly one line. */
export function escapeForLog(text: string): string {
  let out = '';
  for (const char of text) {
    if (char === '\\') out += '\\\\';
    else if (char !== ' ' && unprintable.test(char)) out += escapeCodeUnits(char);
    else out += char;
  }
  return out;
}

function escapeCodeUnits(char: string): string {
  let out = '';
  for (let i = 0; i < char.length; i++) out += `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return out;
}
