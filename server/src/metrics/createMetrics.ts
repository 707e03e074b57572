/** Counters exposed at GET /metrics in Prometheus text format. */
export function createMetrics() {
  const counters = {
    updatesIn: 0,
    updatesOut: 0,
    refusedWrites: 0,
    refusedContent: 0,
    malformedMessages: 0,
    oversizeMessages: 0,
    refusedConnections: 0,
    storageFailures: 0,
    rateLimited: 0,
    oversizePresence: 0,
    droppedPresence: 0,
    fullDocumentRefusals: 0,
    fullMeetingRefusals: 0,
    slowConnections: 0,
    redundantUpdates: 0,
    webhookDeliveries: 0,
    webhookRetries: 0,
    webhookFailures: 0,
    fanOutSent: 0,
    fanOutReceived: 0,
    fanOutFailures: 0,
  };
  const gauges = { connections: 0, documents: 0 };

  function render(): string {
    const lines: string[] = [];
    const add = (name: string, type: 'counter' | 'gauge', help: string, value: number) => {
      lines.push(`# HELP debrief_${name} ${help}`, `# TYPE debrief_${name} ${type}`, `debrief_${name} ${value}`);
    };
    add('connections', 'gauge', 'Open sync websocket connections.', gauges.connections);
    add('documents', 'gauge', 'Documents loaded in memory.', gauges.documents);
    add('updates_in_total', 'counter', 'Document updates accepted from clients.', counters.updatesIn);
    add('updates_out_total', 'counter', 'Document update messages sent to clients.', counters.updatesOut);
    add(
      'refused_writes_total',
      'counter',
      'Writes dropped because the role may not make them.',
      counters.refusedWrites,
    );
    add(
      'refused_content_total',
      'counter',
      'Writes dropped because of what they hold (a board record of an unknown type, or too large).',
      counters.refusedContent,
    );
    add('fan_out_sent_total', 'counter', 'Messages passed on to other instances.', counters.fanOutSent);
    add('fan_out_received_total', 'counter', 'Updates heard from other instances.', counters.fanOutReceived);
    add(
      'fan_out_failures_total',
      'counter',
      'Messages that could not be passed on to other instances (they read them from the store instead).',
      counters.fanOutFailures,
    );
    add('malformed_messages_total', 'counter', 'Messages that could not be decoded.', counters.malformedMessages);
    add(
      'oversize_messages_total',
      'counter',
      'Connections closed for a message over the size limit.',
      counters.oversizeMessages,
    );
    add(
      'refused_connections_total',
      'counter',
      'Connections refused for a missing meeting or token.',
      counters.refusedConnections,
    );
    add('storage_failures_total', 'counter', 'Writes to the store that failed.', counters.storageFailures);
    add(
      'rate_limited_total',
      'counter',
      'Connections closed for sending more messages a second than allowed.',
      counters.rateLimited,
    );
    add(
      'oversize_presence_total',
      'counter',
      'Connections closed for a presence message over the size limit.',
      counters.oversizePresence,
    );
    add(
      'dropped_presence_total',
      'counter',
      'Presence states dropped: from a connection that shows none, for someone else, or refused by the policy.',
      counters.droppedPresence,
    );
    add(
      'full_document_refusals_total',
      'counter',
      'Writes dropped because the document would pass its size limit.',
      counters.fullDocumentRefusals,
    );
    add(
      'full_meeting_refusals_total',
      'counter',
      'Connections refused because the document had its most connections.',
      counters.fullMeetingRefusals,
    );
    add(
      'slow_connections_total',
      'counter',
      'Connections closed because too much was waiting to be sent to them.',
      counters.slowConnections,
    );
    add(
      'redundant_updates_total',
      'counter',
      'Updates the document already held (such as a reconnecting client’s sync answer), neither stored nor sent on.',
      counters.redundantUpdates,
    );
    add('webhook_deliveries_total', 'counter', 'Webhook messages delivered.', counters.webhookDeliveries);
    add(
      'webhook_retries_total',
      'counter',
      'Webhook attempts that failed and will be tried again.',
      counters.webhookRetries,
    );
    add(
      'webhook_failures_total',
      'counter',
      'Webhook messages given up: refused by the receiver, or not delivered in time.',
      counters.webhookFailures,
    );
    return `${lines.join('\n')}\n`;
  }

  return { counters, gauges, render };
}

export type Metrics = ReturnType<typeof createMetrics>;
