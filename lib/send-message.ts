import { browser } from 'wxt/browser';
import type { MessagePayload, MessageType, Responses } from './messages';

/**
 * Send a message from an extension page and get the typed response. Apart from the schemas
 * (lib/messages.ts): a page that only sends needs no parser; the background checks every message.
 */
export function sendMessage<T extends MessageType>(
  type: T,
  payload: MessagePayload<T>,
): Promise<Responses[T]> {
  return browser.runtime.sendMessage({ type, payload }) as Promise<Responses[T]>;
}
