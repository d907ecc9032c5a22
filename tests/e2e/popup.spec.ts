import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axe } from './axe';
import { textContrast } from './contrast';
import { probeFirstPaint } from './first-paint-probe';
import { type Harness, launch } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch({ name: 'popup' });
  await h.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});
afterAll(async () => {
  await h?.close();
});
// Any error from Kinlink's own scripts (worker, offscreen document, pages) fails the test.
afterEach(() => h?.expectNoErrors());

const settings = {
  networks: {
    amazon: {
      trackingIds: {
        'amazon.com': ['kinlinktest-20', 'kinlinkig-20'],
        'amazon.co.uk': ['kinlinktest-21'],
      },
    },
    ebay: { campaignId: '5338123456' },
  },
};

describe('popup: the one-click journey', () => {
  it('shows the product and the link on an Amazon product page; Copy puts exactly the link on the clipboard; history counts it once', async () => {
    await h.setSettings(settings);
    const page = await h.openTab(
      'https://www.amazon.com/Gorilla-Crystal-Clear-Duct-Tape/dp/B0783SG446',
    );
    const tabId = await h.tabId(page);
    await h.waitForBadge(tabId, (t) => t !== '');
    const popup = await h.openPopup(tabId);
    const field = popup.getByRole('textbox', { name: 'Your link' });
    await expect
      .poll(() => field.inputValue())
      .toBe('https://www.amazon.com/dp/B0783SG446?tag=kinlinktest-20');
    await expect
      .poll(() => popup.getByRole('heading', { level: 2 }).first().textContent())
      .toContain('Gorilla Crystal Clear Duct Tape');
    await h.screenshot(popup, 'amazon-product');
    await axe(popup, 'popup with a link');
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.waitForTimeout(300); // let the 150 ms colour transitions finish
    await h.screenshot(popup, 'amazon-product-dark');
    await axe(popup, 'popup with a link, dark theme');
    await popup.emulateMedia({ colorScheme: 'light' });

    await popup.getByRole('button', { name: 'Copy link' }).click();
    await popup.getByRole('button', { name: 'Copied' }).waitFor();
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(
      'https://www.amazon.com/dp/B0783SG446?tag=kinlinktest-20',
    );
    await h.screenshot(popup, 'amazon-product-copied');

    const count = () => h.linkCopyCounts(popup);
    await expect.poll(count).toEqual([1]);
    await popup.getByRole('button', { name: /Copy link|Copied/ }).click();
    await expect.poll(count, { message: 'the same link again updates the record' }).toEqual([2]);
    await popup.close();
    await page.close();
  });

  it('Amazon forbids email and QR: those buttons are disabled with the reason; X opens its intent with the link', async () => {
    const page = await h.openTab('https://www.amazon.com/dp/B0783SG446');
    const tabId = await h.tabId(page);
    const popup = await h.openPopup(tabId);
    await popup.getByRole('textbox', { name: 'Your link' }).waitFor();
    // Forbidden channels are under More, with the reason in words.
    await popup.getByRole('button', { name: 'More ways to share' }).click();
    for (const name of [/Email \(not allowed/, /QR code \(not allowed/])
      expect(await popup.getByRole('button', { name }).getAttribute('aria-disabled')).toBe('true');
    // Reachable by Tab (aria-disabled, not disabled), the reason its description.
    const email = popup.getByRole('button', { name: /Email \(not allowed/ });
    await email.focus();
    expect(await email.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(
      await email.evaluate(
        (b) => document.getElementById(b.getAttribute('aria-describedby') ?? '')?.textContent,
      ),
    ).toMatch(/^Amazon does not allow/);
    expect(await email.textContent()).toMatch(/Amazon does not allow/);
    await popup.screenshot({ path: h.screenshotPath('share-more-amazon') });
    await popup.keyboard.press('Escape');
    const [intent] = await Promise.all([
      h.context.waitForEvent('page'),
      popup.getByRole('button', { name: 'Share to X' }).click(),
    ]);
    await expect.poll(() => intent.url()).toContain('x.com/intent/post');
    expect(decodeURIComponent(intent.url())).toContain(
      'https://www.amazon.com/dp/B0783SG446?tag=kinlinktest-20',
    );
    await intent.close();
    await popup.close();
    await page.close();
  });

  it('on an eBay item: the EPN link', async () => {
    const page = await h.openTab('https://www.ebay.com/itm/390985762669');
    const tabId = await h.tabId(page);
    const popup = await h.openPopup(tabId);
    const field = popup.getByRole('textbox', { name: 'Your link' });
    await expect.poll(() => field.inputValue()).toContain('campid=5338123456');
    await h.screenshot(popup, 'ebay-item');
    await popup.close();
    await page.close();
  });

  it('someone else’s tag: explains whose, and replacing needs a deliberate confirm', async () => {
    const page = await h.openTab('https://www.amazon.com/dp/B0783SG446?tag=someone-20');
    const tabId = await h.tabId(page);
    const popup = await h.openPopup(tabId);
    await popup
      .getByRole('heading', { name: 'This link already earns for someone else' })
      .waitFor();
    expect(await popup.getByText('someone-20').first().isVisible()).toBe(true);
    await h.screenshot(popup, 'foreign-tag');
    await axe(popup, 'popup, someone else’s tag');
    await popup.getByRole('button', { name: 'Replace their tag with mine' }).click();
    await h.screenshot(popup, 'foreign-tag-confirm');
    await popup.getByRole('button', { name: 'Yes, use my link instead' }).click();
    const field = popup.getByRole('textbox', { name: 'Your link' });
    await expect
      .poll(() => field.inputValue())
      .toBe('https://www.amazon.com/dp/B0783SG446?tag=kinlinktest-20');
    await popup.close();
    await page.close();
  });

  it('an unsupported shop: a clean link, labelled as earning nothing, and “add a rule”', async () => {
    const page = await h.openTab('https://www.example-roasters.com/products/sidamo?utm_source=ig');
    const tabId = await h.tabId(page);
    const popup = await h.openPopup(tabId);
    await popup.getByRole('heading', { name: 'No network for this shop yet' }).waitFor();
    expect(await popup.getByRole('textbox', { name: /Clean link/ }).inputValue()).toBe(
      'https://www.example-roasters.com/products/sidamo',
    );
    await popup.getByRole('button', { name: 'Add a rule for example-roasters.com' }).waitFor();
    // Issue 12, item 2: the product stays in view, and the main action has the focus.
    await popup.getByRole('heading', { name: 'Sidamo Organic Coffee Beans' }).waitFor();
    expect(
      await popup.evaluate(() => document.activeElement?.textContent),
      'Enter copies the clean link',
    ).toBe('Copy clean link');
    await h.screenshot(popup, 'unsupported-shop');
    // "Add a rule" goes to the rules card, its next field focused, the page's address to try.
    const [options] = await Promise.all([
      h.context.waitForEvent('page'),
      popup.getByRole('button', { name: 'Add a rule for example-roasters.com' }).click(),
    ]);
    await options.waitForLoadState();
    const rules = options.getByRole('region', { name: 'Shop referral rules' });
    await expect
      .poll(() => rules.getByLabel('Shops (domains)').inputValue())
      .toBe('example-roasters.com');
    await expect
      .poll(() => options.evaluate(() => (document.activeElement as HTMLElement | null)?.id))
      .toBe(await rules.getByLabel('Set parameters').getAttribute('id'));
    expect(await rules.getByLabel('Try it: paste a product URL').inputValue()).toBe(
      'https://www.example-roasters.com/products/sidamo?utm_source=ig',
    );
    await h.screenshot(options, 'add-rule-from-popup');
    await Promise.all([options.close(), popup.close(), page.close()]);
  });

  it('a page that is not a product is said to be none — no “add a rule” for a news site (issue 12, item 3)', async () => {
    const page = await h.openTab('https://www.example-news.com/best-duct-tapes');
    const popup = await h.openPopup(await h.tabId(page));
    await popup.getByRole('heading', { name: 'This page is not a product' }).waitFor();
    expect(await popup.getByRole('button', { name: /Add a rule/ }).count()).toBe(0);
    expect(await popup.getByText('No network for this shop yet').count()).toBe(0);
    await h.screenshot(popup, 'not-a-product');
    await Promise.all([popup.close(), page.close()]);
  });

  it('first run: sets up Amazon right in the popup, then shows the link', async () => {
    await h.setSettings({});
    const page = await h.openTab('https://www.amazon.co.uk/dp/1849759375');
    const tabId = await h.tabId(page);
    const popup = await h.openPopup(tabId);
    await popup.getByRole('heading', { name: /Make your first link/ }).waitFor();
    await h.screenshot(popup, 'first-run');
    await axe(popup, 'popup, first run');
    await popup.getByLabel('Your tracking ID for amazon.co.uk').fill('newuser-21');
    await popup.getByRole('button', { name: 'Save and make my link' }).click();
    const field = popup.getByRole('textbox', { name: 'Your link' });
    await expect
      .poll(() => field.inputValue())
      .toBe('https://www.amazon.co.uk/dp/1849759375?tag=newuser-21');
    const sync = (await h.storage('sync')) as {
      settings?: { networks?: { amazon?: { trackingIds?: Record<string, string[]> } } };
    };
    expect(sync.settings?.networks?.amazon?.trackingIds?.['amazon.co.uk']).toEqual(['newuser-21']);
    await h.screenshot(popup, 'first-run-done');
    // Chrome cuts a popup at 600 px: after inline setup (its notice included) it fits.
    expect(
      await popup.evaluate(() => document.documentElement.scrollHeight),
      'the popup fits in Chrome’s 600 px',
    ).toBeLessThanOrEqual(600);
    await popup.close();
    await page.close();
    await h.setSettings(settings);
  });

  it('a supported shop that is not a product page: a tagged link to the page', async () => {
    const page = await h.openTab('https://www.amazon.com/s?k=duct+tape&ref=nb_sb_noss');
    const tabId = await h.tabId(page);
    const popup = await h.openPopup(tabId);
    await popup.getByRole('heading', { name: 'Your link to this page' }).waitFor();
    expect(await popup.getByRole('textbox', { name: 'Your link' }).inputValue()).toBe(
      'https://www.amazon.com/s?k=duct+tape&tag=kinlinktest-20',
    );
    await h.screenshot(popup, 'search-page');
    await popup.close();
    await page.close();
  });

  it('has no console errors', () => {
    expect(h.consoleErrors, h.consoleErrors.join('\n')).toEqual([]);
  });
});

describe('privacy: a page cannot make Kinlink fetch an address it chose (issue 11, item 13)', () => {
  const PAGE = 'https://www.example-woodshop.com/products/walnut-board';
  const rule = {
    networks: {
      queryTag: { rules: [{ domains: ['example-woodshop.com'], set: { ref: 'anna' } }] },
    },
  };

  it('pictures off (the default): opening the popup and the Links page requests nothing from the tracker', async () => {
    const requests: string[] = [];
    h.context.on('request', (r) => {
      if (r.url().includes('example-tracker.com')) requests.push(r.url());
    });
    await h.setSettings(rule);
    const page = await h.openTab(PAGE);
    const tabId = await h.tabId(page);
    await h.waitForBadge(tabId, (t) => t !== '');
    const popup = await h.openPopup(tabId);
    await popup.getByRole('button', { name: 'Copy link' }).click();
    await popup.getByRole('button', { name: 'Copied' }).waitFor();
    const links = await h.openOptions('#/links');
    await links.getByText('Walnut Serving Board').first().waitFor();
    await links.waitForTimeout(300);
    expect(requests, 'no request to the address the page chose').toEqual([]);
    await Promise.all([popup.close(), links.close(), page.close()]);
  });

  it('pictures on: loaded over https with no referrer', async () => {
    const seen: { url: string; referer?: string }[] = [];
    h.context.on('request', async (r) => {
      if (r.url().includes('example-tracker.com'))
        seen.push({ url: r.url(), referer: (await r.allHeaders()).referer });
    });
    await h.setSettings({ ...rule, showPictures: true });
    const page = await h.openTab(PAGE);
    const popup = await h.openPopup(await h.tabId(page));
    await expect.poll(() => seen.length, { timeout: 5000 }).toBeGreaterThan(0);
    expect(seen[0]?.url.startsWith('https://')).toBe(true);
    expect(seen[0]?.referer, 'no referrer tells the tracker where you were').toBeUndefined();
    await h.screenshot(popup, 'picture-on');
    await Promise.all([popup.close(), page.close()]);
    await h.setSettings({});
  });
});

describe('the copy confirmation is seen (issue 12, item 1)', () => {
  it.each(['light', 'dark'] as const)(
    '%s theme: “Copied” under the pointer is readable (contrast ≥ 4.5:1)',
    async (scheme) => {
      await h.setSettings(settings);
      const page = await h.openTab('https://www.amazon.com/dp/B0783SG446');
      const popup = await h.openPopup(await h.tabId(page));
      await popup.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      const button = popup.getByRole('button', { name: 'Copy link' });
      await button.hover();
      await button.click();
      const copied = popup.getByRole('button', { name: 'Copied' });
      await copied.waitFor();
      await copied.hover();
      expect(
        await textContrast(copied),
        'the pointer is still on the button',
      ).toBeGreaterThanOrEqual(4.5);
      await h.screenshot(popup, `copied-hovered-${scheme}`);
      await Promise.all([popup.close(), page.close()]);
    },
  );
});

/** The popup on an eBay item, its link copied with Enter alone (the focus starts on Copy link). */
async function copiedWithEnter() {
  await h.setSettings(settings);
  const page = await h.openTab('https://www.ebay.com/itm/390985762669');
  const popup = await h.openPopup(await h.tabId(page));
  await popup.getByRole('button', { name: 'Copy link' }).waitFor();
  await popup.keyboard.press('Enter');
  await popup.getByRole('button', { name: 'Copied' }).waitFor();
  return { page, popup };
}

describe('the keyboard alone (issue 12, item 6)', () => {
  it('Enter copies; the QR dialog takes the focus, keeps it, closes on Esc and gives it back', async () => {
    const { page, popup } = await copiedWithEnter();

    // QR code is under More: opened, then chosen, with the keyboard.
    await popup.getByRole('button', { name: 'More ways to share' }).focus();
    await popup.keyboard.press('Enter');
    const qr = popup.getByRole('button', { name: 'QR code' });
    await qr.waitFor();
    await qr.focus();
    await popup.keyboard.press('Enter');
    const dialog = popup.getByRole('dialog', { name: 'QR code of your link' });
    await dialog.waitFor();
    const focusedInDialog = () =>
      popup.evaluate(() => !!document.activeElement?.closest('dialog[open]'));
    expect(await focusedInDialog(), 'the dialog takes the focus').toBe(true);
    await h.screenshot(popup, 'qr-dialog');
    // The page behind is inert: Tab never reaches a control under the dialog (it may leave the
    // document for the browser's own controls, as a modal dialog lets it).
    const underTheDialog = () =>
      popup.evaluate(() => {
        const el = document.activeElement;
        return !!el && el !== document.body && !el.closest('dialog[open]');
      });
    for (let i = 0; i < 4; i++) {
      await popup.keyboard.press('Tab');
      expect(await underTheDialog(), 'no control under the dialog takes the focus').toBe(false);
    }
    await popup.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(
      await popup.evaluate(() => document.activeElement?.getAttribute('aria-label')),
      'focus is back on the button that opened the list the QR code was in',
    ).toBe('More ways to share');
    await Promise.all([popup.close(), page.close()]);
  });
});

describe('the keyboard alone, the whole journey (issue 12)', () => {
  /** Presses Tab until the focused element is the one described (a person reading the screen). */
  async function tabTo(page: import('playwright-core').Page, name: RegExp, most = 40) {
    for (let i = 0; i < most; i++) {
      const here = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el ? (el.getAttribute('aria-label') ?? el.textContent ?? '').trim() : '';
      });
      if (name.test(here)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${name}`);
  }

  it('popup: copy, More, QR open and close; then the Links page: search, a link’s details — no mouse', async () => {
    const { page, popup } = await copiedWithEnter();
    await tabTo(popup, /^More ways to share$/);
    await popup.keyboard.press('Enter');
    await tabTo(popup, /^QR code$/);
    await popup.keyboard.press('Enter');
    const dialog = popup.getByRole('dialog', { name: 'QR code of your link' });
    await dialog.waitFor();
    await popup.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    // Back up the page to the header's history button, which opens the Links page.
    for (let i = 0; i < 40; i++) {
      const label = await popup.evaluate(() => document.activeElement?.getAttribute('aria-label'));
      if (label === 'Your links (history)') break;
      await popup.keyboard.press('Shift+Tab');
    }
    // The popup opens the Links page and closes itself, as it does for a click.
    const [links] = await Promise.all([
      h.context.waitForEvent('page'),
      popup.keyboard.press('Enter').catch(() => {}),
    ]);
    await links.getByRole('heading', { name: 'Links', exact: true }).waitFor();
    await tabTo(links, /^Search links$/);
    await links.keyboard.type('massage');
    await links.getByText(/^1 of [\d,]+ links?$/).waitFor();
    await tabTo(links, /^Details of .*Massage/);
    await links.keyboard.press('Enter');
    await links.getByLabel('Your link', { exact: true }).waitFor();
    await h.screenshot(links, 'keyboard-links-details');
    await Promise.all([links.close(), page.close()]);
  });
});

describe('every popup state, light and dark (issue 12, "How to keep it right")', () => {
  const STATES = [
    { name: 'product', url: 'https://www.amazon.com/dp/B0783SG446', focus: /^Copy link$/ },
    { name: 'ebay', url: 'https://www.ebay.com/itm/390985762669', focus: /^Copy link$/ },
    {
      name: 'someone-elses-tag',
      url: 'https://www.amazon.com/dp/B0783SG446?tag=someone-20',
      focus: /^Keep their link$/,
    },
    {
      name: 'unsupported-shop',
      url: 'https://www.example-roasters.com/products/sidamo?utm_source=ig',
      focus: /Copy/,
    },
    { name: 'not-a-product', url: 'https://www.example-news.com/best-duct-tapes', focus: /Copy/ },
    { name: 'search-page', url: 'https://www.amazon.com/s?k=duct+tape', focus: /Copy/ },
  ] as const;

  for (const scheme of ['light', 'dark'] as const) {
    it(`${scheme}: each state focuses its main action; nothing wider than the popup; the link shown whole; axe`, async () => {
      await h.setSettings(settings);
      for (const state of STATES) {
        const page = await h.openTab(state.url);
        const popup = await h.openPopup(await h.tabId(page));
        await popup.emulateMedia({ colorScheme: scheme });
        // The full popup has taken over from the first paint.
        await popup.locator('main[aria-busy="false"]').waitFor();
        await h.screenshot(popup, `state-${state.name}-${scheme}`);
        const seen = await popup.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          const field = document.getElementById('kinlink-link') as HTMLTextAreaElement | null;
          return {
            focused: el ? (el.getAttribute('aria-label') ?? el.textContent ?? '').trim() : '',
            wide: document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
            clipped: field ? field.scrollHeight > field.clientHeight + 1 : false,
            tall: document.documentElement.scrollHeight > 600,
            // Where the link's lines end, read from a copy of the field laid out the same way
            // (a textarea does not tell): after an address's seams, not inside a tag.
            lineEnds: (() => {
              if (!field) return [];
              const copy = document.createElement('div');
              const style = getComputedStyle(field);
              for (const p of [
                'font',
                'wordBreak',
                'overflowWrap',
                'whiteSpace',
                'padding',
                'border',
                'boxSizing',
              ] as const)
                copy.style[p] = style[p];
              copy.style.width = `${field.getBoundingClientRect().width}px`;
              copy.textContent = field.value;
              document.body.append(copy);
              const text = copy.firstChild as Text;
              const ends: string[] = [];
              let top: number | null = null;
              for (let i = 0; i < text.length; i++) {
                const r = document.createRange();
                r.setStart(text, i);
                r.setEnd(text, i + 1);
                const y = r.getBoundingClientRect().top;
                if (top !== null && y !== top) ends.push(text.data[i - 1] ?? '');
                top = y;
              }
              copy.remove();
              return ends;
            })(),
          };
        });
        expect(seen.focused, `${state.name}: the focus is on the main action`).toMatch(state.focus);
        expect(seen.wide, `${state.name}: nothing wider than the popup`).toBe(false);
        expect(seen.clipped, `${state.name}: the whole link is shown`).toBe(false);
        expect(seen.tall, `${state.name}: within Chrome's 600 px popup height`).toBe(false);
        for (const end of seen.lineEnds)
          expect(end, `${state.name}: the link's lines end at a seam of the address`).toMatch(
            /[/?&=\-.]/,
          );
        await axe(popup, `popup, ${state.name}, ${scheme}`);
        await Promise.all([popup.close(), page.close()]);
      }
    });
  }
});

describe('popup: the first paint, drawn before React has loaded', () => {
  it('React takes its place with nothing moved and the focus on the same control', async () => {
    await h.setSettings(settings);
    const page = await h.openTab('https://www.amazon.com/dp/B0783SG446');
    const tabId = await h.tabId(page);
    await h.waitForBadge(tabId, (t) => t !== '');
    const options = await h.openOptions();
    const paints = await options.evaluate(probeFirstPaint, `popup.html?tabId=${tabId}`);
    expect(paints.plain, 'a first paint without React').toBeDefined();
    expect(Object.keys(paints.plain?.rects ?? {})).toEqual(
      expect.arrayContaining(['#kinlink-link', '.copy-main', '.product-title', '.estimate']),
    );
    expect(paints.react, 'React’s tree in its place').toEqual(paints.plain);
    expect(paints.plain?.focused).toBe('Copy link');
    await Promise.all([options.close(), page.close()]);
  });
});
