import { NETWORKS } from './networks/registry';
import type { NetworkAdapter } from './networks/types';
import type { NetworkSettings, Settings } from './settings';

/**
 * The parts of the settings that need no parser: their version, the share channels and the
 * defaults. Pages that only show settings (the links page) start with this, and load the parser
 * (lib/settings.ts, zod) beside their first read instead of before it. The parser's fallbacks are
 * these values; a test proves `parseSettings({})` is `defaultSettings()`.
 */

export const SETTINGS_VERSION = 1;

export const SHARE_CHANNELS = [
  'x',
  'facebook',
  'whatsapp',
  'telegram',
  'pinterest',
  'reddit',
  'threads',
  'bluesky',
  'linkedin',
  'email',
  'instagram',
  'system',
  'qr',
  'copy',
] as const;
export type ShareChannel = (typeof SHARE_CHANNELS)[number];

export const DEFAULT_CAPTION = '{title} — {price} {link} {disclosure}';
export const DEFAULT_DISCLOSURE = '#ad';

/** Every registered network's block as a new install has it (each network declares its own). */
export function defaultNetworks(): NetworkSettings {
  const blocks: Record<string, unknown> = {};
  for (const network of NETWORKS as readonly NetworkAdapter[])
    blocks[network.id] = network.settings.defaults();
  return blocks as NetworkSettings;
}

/** Settings with nothing set: what a new install has. */
export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    networks: defaultNetworks(),
    channels: {},
    caption: { template: DEFAULT_CAPTION, disclosure: DEFAULT_DISCLOSURE },
    autoCopy: false,
    showPictures: false,
    detection: { enabled: true, disabledSites: [] },
    rateOverrides: {},
    onboarded: false,
  };
}
