import { NETWORKS } from './registry';
import type { NetworkAdapter } from './types';

export function getNetwork(id: string): NetworkAdapter | undefined {
  return (NETWORKS as readonly NetworkAdapter[]).find((n) => n.id === id);
}

export function networkLabel(id: string): string {
  return getNetwork(id)?.label ?? (id === 'clean' ? 'Clean link' : id);
}
