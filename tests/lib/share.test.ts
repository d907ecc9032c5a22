import { describe, expect, it } from 'vitest';
import {
  blockedReason,
  buildCaption,
  channelLabel,
  policyOf,
  priceText,
  SHARE_TARGETS,
} from '@/lib/share';

describe('captions', () => {
  const link = 'https://www.amazon.com/dp/B0783SG446?tag=me-20';
  it('fills the default template', () => {
    expect(
      buildCaption('{title} — {price} {link} {disclosure}', {
        title: 'Duct tape',
        price: 12.48,
        currency: 'USD',
        link,
        disclosure: '#ad',
      }),
    ).toBe(`Duct tape — $12.48 ${link} #ad`);
  });
  it('leaves no stray dash when there is no price', () => {
    expect(
      buildCaption('{title} — {price} {link} {disclosure}', {
        title: 'Duct tape',
        link,
        disclosure: '#ad',
      }),
    ).toBe(`Duct tape ${link} #ad`);
  });
  it('always keeps the link and the disclosure, even if the template lost them', () => {
    expect(buildCaption('Look at this!', { link, disclosure: '(paid link)' })).toBe(
      `Look at this! ${link} (paid link)`,
    );
  });
});

describe('share targets', () => {
  it('open each network’s intent with the link', () => {
    const content = {
      url: 'https://www.ebay.com/itm/1?campid=5',
      caption: 'Chair https://www.ebay.com/itm/1?campid=5 #ad',
      title: 'Chair',
      image: 'https://i.ebayimg.com/1.jpg',
    };
    for (const target of SHARE_TARGETS) {
      if (!target.intent) continue;
      const intent = target.intent(content);
      expect(decodeURIComponent(intent), target.id).toContain(
        'https://www.ebay.com/itm/1?campid=5',
      );
    }
    const pin = SHARE_TARGETS.find((t) => t.id === 'pinterest')?.intent?.(content) ?? '';
    expect(new URL(pin).searchParams.get('media'), 'Pinterest gets the product image').toBe(
      content.image,
    );
  });
  it('follows the network’s share policy: Amazon forbids email and print/QR, with the reason', () => {
    expect(blockedReason('amazon', 'email')).toMatch(/email/);
    expect(blockedReason('amazon', 'qr')).toMatch(/print/);
    expect(blockedReason('amazon', 'whatsapp')).toBeNull();
    expect(blockedReason('ebay', 'email')).toBeNull();
  });
});

describe('channelLabel: names, never raw ids (issue 12, item 10)', () => {
  it.each([
    ['x', 'X'],
    ['whatsapp', 'WhatsApp'],
    ['qr', 'QR code'],
    ['system', 'Other apps'],
    ['copy', 'Copy'],
    ['instagram', 'Instagram'],
    ['newsletter', 'Newsletter'],
  ])('%s → %s', (id, label) => {
    expect(channelLabel(id)).toBe(label);
  });
});

describe('store policy as data (issue 15, item 4)', () => {
  it('Amazon dates a price (true only when seen); eBay shows it as it is', () => {
    const at = Date.UTC(2026, 10, 28, 12);
    expect(priceText(220, 'GBP', 'amazon', at)).toBe('£220.00 on 28 Nov');
    expect(priceText(220, 'GBP', 'ebay', at)).toBe('£220.00');
    expect(priceText(undefined, 'GBP', 'amazon', at)).toBe('');
    expect(
      buildCaption('{title} — {price} {link} {disclosure}', {
        title: 'Kettle',
        price: 220,
        currency: 'GBP',
        networkId: 'amazon',
        priceSeenAt: at,
        link: 'https://www.amazon.co.uk/dp/B000000001?tag=me-21',
        disclosure: '#ad',
      }),
    ).toBe('Kettle — £220.00 on 28 Nov https://www.amazon.co.uk/dp/B000000001?tag=me-21 #ad');
  });

  it('Amazon’s pictures go in exports only when asked, and it says which purchases do not earn', () => {
    expect(policyOf('amazon')).toMatchObject({ prices: 'dated', pictures: 'opt-in' });
    expect(policyOf('amazon').notEarning).toMatch(/your own purchases/);
    expect(policyOf('ebay')).toMatchObject({ prices: 'as-is', pictures: 'allowed' });
    expect(policyOf('no-such-network')).toMatchObject({ prices: 'as-is', pictures: 'allowed' });
  });
});
