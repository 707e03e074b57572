import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { MiddlewareHandler } from 'hono';

/**
 * Headers every response carries: a Content Security Policy that allows only Debrief's own scripts (and the one
 * inline script of index.html, by its hash), styles, images and connections; no framing by other sites; no
 * guessing of content types; no Referer sent anywhere.
 */
export function securityHeaders(clientDir: string): MiddlewareHandler {
  const policy = [
    "default-src 'self'",
    `script-src 'self'${inlineScriptHashes(clientDir)
      .map((hash) => ` '${hash}'`)
      .join('')}`,
    // React sets style attributes, which CSP counts as inline styles.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
  return async (c, next) => {
    await next();
    // A route that serves something stricter (a picture) keeps its own.
    if (!c.res.headers.has('Content-Security-Policy')) c.res.headers.set('Content-Security-Policy', policy);
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
    c.res.headers.set('X-Frame-Options', 'DENY');
    c.res.headers.set('Referrer-Policy', 'no-referrer');
    c.res.headers.set('Cross-Origin-Opener-Policy', 'same-origin');
  };
}

/** The CSP hashes of the inline scripts in the built index.html, read once as the server starts. */
export function inlineScriptHashes(clientDir: string): string[] {
  let html: string;
  try {
    html = fs.readFileSync(path.join(clientDir, 'index.html'), 'utf8');
  } catch {
    return [];
  }
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)]
    .map((match) => match[1] ?? '')
    .filter((body) => body.trim() !== '')
    .map((body) => `sha256-${createHash('sha256').update(body).digest('base64')}`);
}
