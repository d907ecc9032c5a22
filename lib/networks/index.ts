/**
 * Networks: the registry (registry.ts, one line per network) and the engine that makes a link
 * with them (engine.ts). Import from here.
 */

export { deepLinkSettings } from './deep-link';
export * from './engine';
export { getNetwork, networkLabel } from './lookup';
export { NETWORKS } from './registry';
export type { LinkFailure, LinkOptions, LinkResult, LinkSuccess, NetworkAdapter } from './types';
