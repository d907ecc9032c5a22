import { amazon } from './amazon';
import { awin } from './awin';
import { cj } from './cj';
import { ebay } from './ebay';
import { impact } from './impact';
import { partnerize } from './partnerize';
import { queryTag } from './query-tag';
import { rakuten } from './rakuten';
import { skimlinks } from './skimlinks';
import { sovrn } from './sovrn';

/**
 * The registry: one line per network, in the order they are tried; generic rules last. A network
 * is its own file: its links, rates, policy, its block of the settings and its card in Settings
 * are all declared there, and everything else (the settings schema and defaults, the settings
 * page, the engine) is built from this list (tests/lib/networks/new-network.test.tsx).
 */
export const NETWORKS = [
  amazon,
  ebay,
  awin,
  rakuten,
  cj,
  impact,
  partnerize,
  skimlinks,
  sovrn,
  queryTag,
] as const;
