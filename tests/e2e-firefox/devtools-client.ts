import { connect, type Socket } from 'node:net';

/**
 * A small client for Firefox's devtools server (the Remote Debugging Protocol that about:debugging
 * speaks): length-prefixed JSON packets, one queue of requests per actor. The Firefox suite uses
 * it for what WebDriver BiDi does not show: the add-on's manifest warnings, every error and
 * console message from its background and pages, and browser-level script (to press a shortcut).
 */
type Packet = { from?: string; type?: string; error?: string; message?: string } & Record<
  string,
  unknown
>;

// Packets that an actor sends unasked; everything else answers the actor's oldest request.
const EVENTS = new Set([
  'resources-available-array',
  'resources-updated-array',
  'resources-destroyed-array',
  'target-available-form',
  'target-destroyed-form',
  'evaluationResult',
  'tabNavigated',
  'frameUpdate',
  'descriptor-destroyed',
  'addonListChanged',
  'tabListChanged',
  'workerListChanged',
  'serviceWorkerRegistrationListChanged',
  'processListChanged',
  'newSource',
  'forwardingCancelled',
]);

export class DevtoolsClient {
  private buffer = Buffer.alloc(0);
  private pending = new Map<string, { resolve(p: Packet): void; reject(e: Error): void }[]>();
  private listeners: ((p: Packet) => void)[] = [];
  private greeting: Promise<Packet>;

  private constructor(private socket: Socket) {
    let greet: (p: Packet) => void = () => {};
    this.greeting = new Promise((r) => {
      greet = r;
    });
    let greeted = false;
    socket.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      for (;;) {
        const colon = this.buffer.indexOf(58); // ':'
        if (colon < 0) return;
        const length = Number(this.buffer.subarray(0, colon).toString());
        if (this.buffer.length < colon + 1 + length) return;
        const packet = JSON.parse(
          this.buffer.subarray(colon + 1, colon + 1 + length).toString('utf8'),
        ) as Packet;
        this.buffer = this.buffer.subarray(colon + 1 + length);
        if (!greeted) {
          greeted = true;
          greet(packet);
          continue;
        }
        this.dispatch(packet);
      }
    });
  }

  static async connect(port: number, timeout = 30_000): Promise<DevtoolsClient> {
    const until = Date.now() + timeout;
    for (;;) {
      try {
        const socket = await new Promise<Socket>((resolve, reject) => {
          const s = connect(port, '127.0.0.1', () => resolve(s));
          s.once('error', reject);
        });
        const client = new DevtoolsClient(socket);
        await client.greeting;
        return client;
      } catch (error) {
        if (Date.now() > until) throw error;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  }

  private dispatch(packet: Packet): void {
    const from = packet.from ?? '';
    if (packet.type && EVENTS.has(packet.type)) {
      for (const listener of this.listeners) listener(packet);
      return;
    }
    const queue = this.pending.get(from);
    const waiter = queue?.shift();
    if (!waiter) {
      for (const listener of this.listeners) listener(packet);
      return;
    }
    if (packet.error) waiter.reject(new Error(`${packet.error}: ${packet.message ?? ''}`));
    else waiter.resolve(packet);
  }

  request(to: string, type: string, args: Record<string, unknown> = {}): Promise<Packet> {
    return new Promise((resolve, reject) => {
      const queue = this.pending.get(to) ?? [];
      queue.push({ resolve, reject });
      this.pending.set(to, queue);
      const body = Buffer.from(JSON.stringify({ to, type, ...args }), 'utf8');
      this.socket.write(`${body.length}:`);
      this.socket.write(body);
    });
  }

  onEvent(listener: (p: Packet) => void): void {
    this.listeners.push(listener);
  }

  close(): void {
    this.socket.destroy();
  }
}

export type AddonInfo = { id: string; actor: string; warnings?: string[]; url?: string };

/** One message from the add-on's scripts, as the devtools console would show it. */
export type AddonMessage = { level: string; text: string; source: string };

/** Every error and console message of the add-on (background and its pages), from the start. */
export async function watchAddon(
  client: DevtoolsClient,
  addonId: string,
): Promise<{ addon: AddonInfo; messages: AddonMessage[] }> {
  const { addons } = (await client.request('root', 'listAddons')) as unknown as {
    addons: AddonInfo[];
  };
  const addon = addons.find((a) => a.id === addonId);
  if (!addon) throw new Error(`the add-on ${addonId} is not installed`);
  const messages: AddonMessage[] = [];
  client.onEvent((packet) => {
    if (packet.type !== 'resources-available-array') return;
    for (const [kind, resources] of packet.array as [string, Record<string, unknown>[]][]) {
      for (const resource of resources) {
        if (kind === 'error-message') {
          const error = resource.pageError as
            | { errorMessage?: string; sourceName?: string; warning?: boolean; category?: string }
            | undefined;
          messages.push({
            level: error?.warning ? 'warning' : 'error',
            text: String(error?.errorMessage ?? ''),
            source: String(error?.sourceName ?? ''),
          });
        } else if (kind === 'console-message') {
          const message = (resource.message ?? resource) as {
            level?: string;
            arguments?: unknown[];
            filename?: string;
          };
          messages.push({
            level: String(message.level ?? 'log'),
            text: (message.arguments ?? [])
              .map((a) => (typeof a === 'string' ? a : JSON.stringify(a)))
              .join(' '),
            source: String(message.filename ?? ''),
          });
        }
      }
    }
  });
  const watcher = (await client.request(addon.actor, 'getWatcher', {
    isServerTargetSwitchingEnabled: true,
  })) as unknown as { actor: string };
  await client.request(watcher.actor, 'watchTargets', { targetType: 'frame' });
  await client.request(watcher.actor, 'watchResources', {
    resourceTypes: ['console-message', 'error-message'],
  });
  return { addon, messages };
}

/** Runs script in the browser's own (privileged) window and returns its result. */
export async function evaluateInBrowser(client: DevtoolsClient, text: string): Promise<unknown> {
  const { processDescriptor } = (await client.request('root', 'getProcess', { id: 0 })) as {
    processDescriptor: { actor: string };
  };
  const { process } = (await client.request(processDescriptor.actor, 'getTarget')) as {
    process: { consoleActor: string };
  };
  // The result event can arrive in the same chunk as the request's answer: listen first.
  const results = new Map<string, Record<string, unknown>>();
  let wake: () => void = () => {};
  client.onEvent((packet) => {
    if (packet.type !== 'evaluationResult') return;
    results.set(String(packet.resultID), packet);
    wake();
  });
  const { resultID } = (await client.request(process.consoleActor, 'evaluateJSAsync', {
    text,
    mapped: { await: true },
  })) as { resultID: string };
  while (!results.has(resultID))
    await new Promise<void>((r) => {
      wake = r;
    });
  const result = results.get(resultID) as { exceptionMessage?: string; result?: unknown };
  if (result.exceptionMessage) throw new Error(String(result.exceptionMessage));
  return result.result;
}
