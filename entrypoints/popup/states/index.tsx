import type { ComponentType } from 'react';
import type { PopupView, PopupViewOf } from '@/lib/popup-view';
import { CleanState } from './clean';
import { ForeignState } from './foreign';
import { LinkState } from './link';
import { SetupState } from './setup';
import { ShortState } from './short';
import { BrowserPageState, ErrorState } from './simple';

/**
 * Every popup state and what renders it, one line each. A state added to PopupView
 * (lib/popup-view.ts) and not listed here does not compile.
 */
export const POPUP_STATES = {
  link: LinkState,
  'needs-setup': SetupState,
  foreign: ForeignState,
  short: ShortState,
  clean: CleanState,
  'browser-page': BrowserPageState,
  error: ErrorState,
} satisfies { [K in PopupView['kind']]: ComponentType<{ view: PopupViewOf<K> }> };

export function PopupState({ view }: { view: PopupView }) {
  const State = POPUP_STATES[view.kind] as ComponentType<{ view: PopupView }>;
  return <State view={view} />;
}
