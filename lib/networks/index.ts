/**
 * Networks: the registry (registry.ts, one line per network) and the engine that makes a link
 * with them (engine.ts). Import from here.
 */
export * from './engine';
export { getNetwork, NETWORKS, networkLabel } from './registry';
export type { LinkFailure, LinkOptions, LinkResult, LinkSuccess, NetworkAdapter } from './types';
