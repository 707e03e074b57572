import type { MiddlewareHandler } from 'hono';

/** One line per request. Only the path is printed: query strings may carry link tokens. */
export const logRequest: MiddlewareHandler = async (c, next) => {
  const started = performance.now();
  await next();
  const ms = (performance.now() - started).toFixed(1);
  console.log(`${c.req.method} ${escapeForLog(c.req.path)} ${c.res.status} ${ms}ms`);
};

/** Control and other unprintable characters as escapes, so a request is always exactly one log line. */
export function escapeForLog(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const unprintable = code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
    if (char === '\\') out += '\\\\';
    else if (unprintable) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += char;
  }
  return out;
}
