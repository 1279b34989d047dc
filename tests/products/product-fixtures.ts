import type { ProductInput } from '../../src/products/product-schemas.js';

/**
 * Products whose lists name catalogue ingredients by their exact INCI names, so every
 * reader (exact, alias, fuzzy, reference) reads them alike; `Zzqx Blend` matches nothing.
 */
export const FIXTURE_PRODUCTS: ProductInput[] = [
  {
    id: 'night-retinol-serum',
    brand: 'Example Labs',
    name: 'Night Retinol Serum',
    kind: 'treatment',
    inci: 'Aqua, Glycerin, Retinol, Tocopherol',
    spf: null,
    url: null,
  },
  {
    id: 'glow-glycolic-toner',
    brand: 'Fieldnote',
    name: 'Glow Glycolic Toner',
    kind: 'tone',
    inci: 'Aqua, Glycolic Acid, Glycerin',
    spf: null,
    url: 'https://example.com/glow-glycolic-toner',
  },
  {
    id: 'hydrating-serum',
    brand: 'Quiet Leaf',
    name: 'Hydrating Serum',
    kind: 'serum',
    inci: 'Aqua, Sodium Hyaluronate, Glycerin, Panthenol',
    spf: null,
    url: null,
  },
  {
    id: 'mineral-sunscreen',
    brand: 'Harbor Basics',
    name: 'Mineral Sunscreen SPF 30',
    kind: 'sunscreen',
    inci: 'Aqua, Zinc Oxide, Glycerin, Zzqx Blend',
    spf: 30,
    url: null,
  },
  {
    id: 'plain-gel-cleanser',
    brand: 'Harbor Basics',
    name: 'Plain Gel Cleanser',
    kind: 'cleanse',
    inci: 'Aqua, Glycerin, Niacinamide',
    spf: null,
    url: null,
  },
  {
    id: 'bakuchiol-oil',
    brand: 'Quiet Leaf',
    name: 'Bakuchiol Facial Oil',
    kind: 'serum',
    inci: 'Squalane, Bakuchiol, Tocopherol',
    spf: null,
    url: null,
  },
];

/** `count` plain moisturizers, for paging. */
export const plainCreams = (count: number): ProductInput[] =>
  Array.from({ length: count }, (_, index) => ({
    id: `plain-cream-${String(index).padStart(2, '0')}`,
    brand: 'Northfold',
    name: `Plain Cream ${index}`,
    kind: 'moisturize' as const,
    inci: 'Aqua, Glycerin, Squalane, Cetearyl Alcohol',
    spf: null,
    url: null,
  }));
