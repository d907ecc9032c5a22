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
import type { NetworkAdapter } from './types';

/** The registry: one line per network, in the order they are tried; generic rules last. */
export const NETWORKS: readonly NetworkAdapter[] = [
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
];

export function getNetwork(id: string): NetworkAdapter | undefined {
  return NETWORKS.find((n) => n.id === id);
}

export function networkLabel(id: string): string {
  return getNetwork(id)?.label ?? (id === 'clean' ? 'Clean link' : id);
}
