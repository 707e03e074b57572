import { Hono } from 'hono';
import type { Metrics } from '../metrics/createMetrics.ts';

export function createMetricsRoutes(metrics: Metrics) {
  return new Hono().get('/metrics', (c) =>
    c.text(metrics.render(), 200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' }),
  );
}
