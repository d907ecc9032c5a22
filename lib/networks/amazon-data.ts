import type { RateTable } from './types';

/**
 * Amazon marketplaces (NETWORKS.md). `suffix` is the tracking-id suffix convention seen for the
 * marketplace (Amazon help: AssociateIDs, OneLink FAQ); used only to warn, never to rewrite.
 */
export const AMAZON_MARKETPLACES: Record<string, { name: string; suffix?: string }> = {
  'amazon.com': { name: 'United States', suffix: '20' },
  'amazon.ca': { name: 'Canada', suffix: '20' },
  'amazon.com.mx': { name: 'Mexico' },
  'amazon.com.br': { name: 'Brazil' },
  'amazon.co.uk': { name: 'United Kingdom', suffix: '21' },
  'amazon.de': { name: 'Germany', suffix: '21' },
  'amazon.fr': { name: 'France', suffix: '21' },
  'amazon.it': { name: 'Italy', suffix: '21' },
  'amazon.es': { name: 'Spain', suffix: '21' },
  'amazon.nl': { name: 'Netherlands', suffix: '21' },
  'amazon.se': { name: 'Sweden', suffix: '21' },
  'amazon.pl': { name: 'Poland', suffix: '21' },
  'amazon.com.be': { name: 'Belgium', suffix: '21' },
  'amazon.com.tr': { name: 'Türkiye' },
  'amazon.ie': { name: 'Ireland', suffix: '21' },
  'amazon.ae': { name: 'United Arab Emirates' },
  'amazon.sa': { name: 'Saudi Arabia' },
  'amazon.eg': { name: 'Egypt' },
  'amazon.in': { name: 'India', suffix: '21' },
  'amazon.co.jp': { name: 'Japan', suffix: '22' },
  'amazon.sg': { name: 'Singapore' },
  'amazon.com.au': { name: 'Australia', suffix: '22' },
  'amazon.co.za': { name: 'South Africa' },
};

export const AMAZON_SHORT_HOSTS = ['amzn.to', 'a.co', 'amzn.eu', 'amzn.asia'];

/** Subdomains that are the shop itself; any other (sellercentral., aws., music.) is not. */
export const AMAZON_SHOP_SUBDOMAINS = new Set(['', 'www', 'smile', 'm']);

/**
 * US Associates rates (third-party transcriptions of Amazon's Commission Income Statement,
 * 2024 and 2025, agreeing; NETWORKS.md). Other marketplaces publish their own tables; until
 * they are added, the US table is used and the estimate says so.
 */
export const AMAZON_US_RATES: RateTable = {
  base: 0.04,
  source: 'Amazon Associates US standard rates',
  categories: [
    { name: 'Amazon Games', rate: 0.2, words: ['amazon games'] },
    { name: 'Luxury Beauty', rate: 0.1, words: ['luxury beauty'] },
    {
      name: 'Digital Music',
      rate: 0.05,
      words: ['digital music', 'mp3', 'music', 'cds & vinyl', 'vinyl', 'handmade', 'prime video'],
    },
    {
      name: 'Physical Books',
      rate: 0.045,
      words: ['books', 'book', 'kitchen', 'automotive', 'cookbooks'],
    },
    {
      name: 'Fashion',
      rate: 0.04,
      words: [
        'fashion',
        'apparel',
        'clothing',
        'watches',
        'jewelry',
        'luggage',
        'shoes',
        'handbags',
        'amazon devices',
      ],
    },
    {
      name: 'Home',
      rate: 0.03,
      words: [
        'toys',
        'toys & games',
        'furniture',
        'home',
        'home improvement',
        'home & kitchen',
        'lawn',
        'garden',
        'patio',
        'pet',
        'pet supplies',
        'headphones',
        'beauty',
        'musical instruments',
        'industrial',
        'business',
        'outdoors',
        'tools',
        'sports',
        'baby',
      ],
    },
    {
      name: 'PC',
      rate: 0.025,
      words: ['computers', 'pc', 'pc components', 'dvd', 'blu-ray', 'movies & tv'],
    },
    {
      name: 'Televisions',
      rate: 0.02,
      words: ['televisions', 'tv', 'digital video games'],
    },
    {
      name: 'Grocery',
      rate: 0.01,
      words: [
        'amazon fresh',
        'video games',
        'consoles',
        'grocery',
        'health',
        'personal care',
        'household',
      ],
    },
    {
      name: 'Gift Cards',
      rate: 0,
      words: [
        'gift cards',
        'wireless',
        'alcohol',
        'kindle store',
        'kindle ebooks',
        'kindle edition',
      ],
    },
  ],
};
