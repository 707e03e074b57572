const FIN_BINARY = 0x82;

/**
 * One complete, unmasked binary WebSocket frame (RFC 6455, section 5.2), as a server sends it. A broadcast builds it
 * once and writes the same bytes to every socket, instead of framing the message again for each connection.
 */
export function encodeWebSocketFrame(payload: Uint8Array): Uint8Array {
  const length = payload.byteLength;
  const headerLength = length < 126 ? 2 : length < 0x10000 ? 4 : 10;
  const frame = new Uint8Array(headerLength + length);
  const view = new DataView(frame.buffer);
  frame[0] = FIN_BINARY;
  if (length < 126) {
    frame[1] = length;
  } else if (length < 0x10000) {
    frame[1] = 126;
    view.setUint16(2, length);
  } else {
    frame[1] = 127;
    view.setBigUint64(2, BigInt(length));
  }
  frame.set(payload, headerLength);
  return frame;
}
