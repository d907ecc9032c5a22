import { describe, expect, it } from 'vitest';
import { POPUP_STATES } from '@/entrypoints/popup/states';
import { type PopupView, popupView } from '@/lib/popup-view';
import { parseSettings } from '@/lib/settings';

const withAmazon = parseSettings({
  networks: { amazon: { trackingIds: { 'amazon.com': ['me-20'] } } },
});
const none = parseSettings({});

// Every state the popup can be in, from the inputs that lead to it.
const CASES: [PopupView['kind'], string | undefined, ReturnType<typeof parseSettings>][] = [
  ['link', 'https://www.amazon.com/dp/B0783SG446', withAmazon],
  ['needs-setup', 'https://www.amazon.de/dp/B0783SG446', withAmazon],
  ['foreign', 'https://www.amazon.com/dp/B0783SG446?tag=someone-20', withAmazon],
  ['short', 'https://amzn.to/3kinlnk', withAmazon],
  ['clean', 'https://www.example-shop.com/p/1?utm_source=x', none],
  ['browser-page', 'chrome://extensions', none],
  ['browser-page', undefined, none],
  ['error', 'https://', none],
];

describe('popupView: the state for every input', () => {
  it.each(CASES)('%s ← %s', (kind, url, settings) => {
    expect(popupView(url, null, settings).kind).toBe(kind);
  });

  it('the table above covers every state the popup renders', () => {
    expect(new Set(CASES.map(([kind]) => kind))).toEqual(new Set(Object.keys(POPUP_STATES)));
  });

  it('first run: no network set up yet', () => {
    const view = popupView('https://www.amazon.com/dp/B0783SG446', null, none);
    expect(view).toMatchObject({ kind: 'needs-setup', firstRun: true });
  });
});
