import type { MiddlewareHandler } from 'hono';

/** One line per request. Only the path is printed: query strings may carry link tokens. */
export const logRequest: MiddlewareHandler = async (c, next) => {
  const started = performance.now();
  await next();
  const ms = (performance.now() - started).toFixed(1);
  console.log(`${c.req.method} ${c.req.path} ${c.res.status} ${ms}ms`);
};
