import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeed } from '../../src/catalogue/catalogue-seed.js';
import type { Ingredient } from '../../src/engine/types.js';
import {
  buildReferenceIndex,
  IngredientListReader,
  type ListEntry,
  type MatchKind,
  type ProductFacts,
  SPELLING_LOOKUPS_PER_LIST,
} from '../../src/products/ingredient-list.js';
import { shippedCosing } from '../helpers/test-app.js';

/**
 * Real-world-style ingredient lists, read against the seed catalogue and the shipped CosIng
 * extract: every entry a person would see on the label, what it is, and the product's facts.
 */

const catalogue: Ingredient[] = readSeed().map((item) => ({
  ...item,
  updatedAt: '2026-11-25T00:00:00.000Z',
}));
const bySlug = new Map(catalogue.map((item) => [item.slug, item]));

/** What a careful human reads an entry as. */
interface Expected {
  text: string;
  slug: string | null;
  inciName: string | null;
  match: MatchKind;
  percent: number | null;
  mayContain: boolean;
}
type Extra = { percent?: number; mayContain?: boolean };

const entry = (
  text: string,
  slug: string | null,
  inciName: string | null,
  match: MatchKind,
  extra: Extra = {},
) => ({
  text,
  slug,
  inciName,
  match,
  percent: extra.percent ?? null,
  mayContain: extra.mayContain ?? false,
});
const inciOf = (slug: string) => {
  const item = bySlug.get(slug);
  if (!item) throw new Error(`no seed ingredient ${slug}`);
  return item.inciName;
};
/** A catalogue ingredient by its INCI name. */
const cat = (text: string, slug: string, extra?: Extra) => entry(text, slug, inciOf(slug), 'exact', extra);
/** A catalogue ingredient by one of its aliases. */
const alias = (text: string, slug: string, extra?: Extra) => entry(text, slug, inciOf(slug), 'alias', extra);
/** A CosIng name that is not in the catalogue. */
const ref = (text: string, inciName: string, extra?: Extra) =>
  entry(text, null, inciName, 'reference', extra);
/** A misspelling of a catalogue ingredient (`slug`) or of a CosIng name (an INCI name in capitals). */
const typo = (text: string, target: string, extra?: Extra) =>
  bySlug.has(target)
    ? entry(text, target, inciOf(target), 'fuzzy', extra)
    : entry(text, null, target, 'fuzzy', extra);
const unknown = (text: string, extra?: Extra) => entry(text, null, null, 'unknown', extra);

interface Case {
  name: string;
  inci: string;
  entries: Expected[];
  facts?: Partial<ProductFacts>;
}

const WATER = (text = 'Aqua') => ref(text, 'AQUA');

const CASES: Case[] = [
  {
    name: 'a plain comma-separated serum list',
    inci: 'Aqua, Glycerin, Niacinamide, Sodium Hyaluronate, Phenoxyethanol, Ethylhexylglycerin',
    entries: [
      WATER(),
      cat('Glycerin', 'glycerin'),
      cat('Niacinamide', 'niacinamide'),
      cat('Sodium Hyaluronate', 'sodium-hyaluronate'),
      ref('Phenoxyethanol', 'PHENOXYETHANOL'),
      ref('Ethylhexylglycerin', 'ETHYLHEXYLGLYCERIN'),
    ],
    facts: {
      actives: [],
      retinoid: false,
      exfoliatingAcid: false,
      photosensitizing: false,
      pregnancySafe: true,
    },
  },
  {
    name: 'marketing text before "Ingredients:" and a trailing period',
    inci:
      'Our bestselling night serum, now with 0.3% pure retinol for smoother skin! Dermatologist tested. ' +
      'Ingredients: Aqua, Squalane, Retinol, Tocopherol, Citric Acid.',
    entries: [
      WATER(),
      cat('Squalane', 'squalane'),
      cat('Retinol', 'retinol'),
      cat('Tocopherol', 'tocopherol'),
      ref('Citric Acid', 'CITRIC ACID'),
    ],
    facts: { actives: ['retinol'], retinoid: true, photosensitizing: true, pregnancySafe: false },
  },
  {
    name: 'INGREDIENTS in capitals on its own line, then one entry per line',
    inci: 'Gentle Cream Cleanser\nINGREDIENTS\nWater\nGlycerin\nCetearyl Alcohol\nCeramide NP\nCholesterol\nXanthan Gum',
    entries: [
      ref('Water', 'WATER'),
      cat('Glycerin', 'glycerin'),
      ref('Cetearyl Alcohol', 'CETEARYL ALCOHOL'),
      cat('Ceramide NP', 'ceramide-np'),
      cat('Cholesterol', 'cholesterol'),
      ref('Xanthan Gum', 'XANTHAN GUM'),
    ],
  },
  {
    name: 'semicolons as separators',
    inci: 'Aqua; Butylene Glycol; Gluconolactone; Sodium Benzoate; Calcium Gluconate',
    entries: [
      WATER(),
      ref('Butylene Glycol', 'BUTYLENE GLYCOL'),
      cat('Gluconolactone', 'gluconolactone'),
      ref('Sodium Benzoate', 'SODIUM BENZOATE'),
      ref('Calcium Gluconate', 'CALCIUM GLUCONATE'),
    ],
    facts: { actives: ['gluconolactone'], exfoliatingAcid: true, photosensitizing: false },
  },
  {
    name: 'bullets between entries',
    inci: 'Aqua • Glycolic Acid • Sodium Hydroxide • Aloe Barbadensis Leaf Juice • Panthenol',
    entries: [
      WATER(),
      cat('Glycolic Acid', 'glycolic-acid'),
      ref('Sodium Hydroxide', 'SODIUM HYDROXIDE'),
      cat('Aloe Barbadensis Leaf Juice', 'aloe-vera-juice'),
      cat('Panthenol', 'panthenol'),
    ],
    facts: { actives: ['glycolic-acid'], exfoliatingAcid: true, photosensitizing: true, pregnancySafe: true },
  },
  {
    name: 'Aqua/Water/Eau and Parfum/Fragrance',
    inci: 'Aqua/Water/Eau, Glycerin, Parfum/Fragrance, Limonene',
    entries: [
      ref('Aqua/Water/Eau', 'AQUA'),
      cat('Glycerin', 'glycerin'),
      ref('Parfum/Fragrance', 'PARFUM'),
      ref('Limonene', 'LIMONENE'),
    ],
  },
  {
    name: 'Aqua (Water) and other names with a bracketed common name',
    inci: 'Aqua (Water), Simmondsia Chinensis (Jojoba) Seed Oil, Helianthus Annuus (Sunflower) Seed Oil, Tocopherol',
    entries: [
      ref('Aqua (Water)', 'AQUA'),
      cat('Simmondsia Chinensis (Jojoba) Seed Oil', 'jojoba-oil'),
      ref('Helianthus Annuus (Sunflower) Seed Oil', 'HELIANTHUS ANNUUS SEED OIL'),
      cat('Tocopherol', 'tocopherol'),
    ],
  },
  {
    name: 'Butyrospermum Parkii (Shea) Butter, printed as the catalogue lists it',
    inci: 'Aqua, Butyrospermum Parkii (Shea) Butter, Cetyl Alcohol, Glyceryl Stearate',
    entries: [
      WATER(),
      alias('Butyrospermum Parkii (Shea) Butter', 'shea-butter'),
      ref('Cetyl Alcohol', 'CETYL ALCOHOL'),
      ref('Glyceryl Stearate', 'GLYCERYL STEARATE'),
    ],
  },
  {
    name: 'Caprylic/Capric Triglyceride read whole, not split at the slash',
    inci: 'Caprylic/Capric Triglyceride, Squalane, Tocopherol, Rosmarinus Officinalis Leaf Extract',
    entries: [
      cat('Caprylic/Capric Triglyceride', 'caprylic-capric-triglyceride'),
      cat('Squalane', 'squalane'),
      cat('Tocopherol', 'tocopherol'),
      ref('Rosmarinus Officinalis Leaf Extract', 'ROSMARINUS OFFICINALIS LEAF EXTRACT'),
    ],
  },
  {
    name: 'slashes with spaces around them',
    inci: 'Aqua, Caprylic / Capric Triglyceride, Acrylates / C10-30 Alkyl Acrylate Crosspolymer',
    entries: [
      WATER(),
      cat('Caprylic / Capric Triglyceride', 'caprylic-capric-triglyceride'),
      ref('Acrylates / C10-30 Alkyl Acrylate Crosspolymer', 'ACRYLATES/C10-30 ALKYL ACRYLATE CROSSPOLYMER'),
    ],
  },
  {
    name: 'May Contain (+/-): colours at the end, flagged and never held',
    inci: 'Mica, Talc, Dimethicone, Retinyl Palmitate. May Contain (+/-): CI 77491, CI 77492, CI 77499',
    entries: [
      ref('Mica', 'MICA'),
      ref('Talc', 'TALC'),
      cat('Dimethicone', 'dimethicone'),
      cat('Retinyl Palmitate', 'retinyl-palmitate'),
      ref('CI 77491', 'CI 77491', { mayContain: true }),
      ref('CI 77492', 'CI 77492', { mayContain: true }),
      ref('CI 77499', 'CI 77499', { mayContain: true }),
    ],
    facts: { actives: ['retinyl-palmitate'], retinoid: true },
  },
  {
    name: '[+/- …] group flagged, the entries after it not',
    inci: 'Isododecane, Dimethicone [+/- CI 77491, CI 77492, CI 77891], Tocopherol',
    entries: [
      ref('Isododecane', 'ISODODECANE'),
      cat('Dimethicone', 'dimethicone'),
      ref('CI 77491', 'CI 77491', { mayContain: true }),
      ref('CI 77492', 'CI 77492', { mayContain: true }),
      alias('CI 77891', 'titanium-dioxide', { mayContain: true }),
      cat('Tocopherol', 'tocopherol'),
    ],
  },
  {
    name: 'a may-contain retinoid counts for nothing in the facts',
    inci: 'Aqua, Glycerin, Squalane. May contain: Retinol',
    entries: [
      WATER(),
      cat('Glycerin', 'glycerin'),
      cat('Squalane', 'squalane'),
      cat('Retinol', 'retinol', { mayContain: true }),
    ],
    facts: { actives: [], retinoid: false, photosensitizing: false, pregnancySafe: true },
  },
  {
    name: 'a bare +/- mark before the colours',
    inci: 'Talc, Mica, Magnesium Stearate +/- CI 77891, CI 77491',
    entries: [
      ref('Talc', 'TALC'),
      ref('Mica', 'MICA'),
      ref('Magnesium Stearate', 'MAGNESIUM STEARATE'),
      alias('CI 77891', 'titanium-dioxide', { mayContain: true }),
      ref('CI 77491', 'CI 77491', { mayContain: true }),
    ],
  },
  {
    name: 'stated percentages, with a decimal point, a decimal comma and in brackets',
    inci: 'Aqua, Niacinamide 10%, Zinc PCA 1%, Retinol 0,5%, Salicylic Acid (2%), Glycerin',
    entries: [
      WATER(),
      cat('Niacinamide 10%', 'niacinamide', { percent: 10 }),
      ref('Zinc PCA 1%', 'ZINC PCA', { percent: 1 }),
      cat('Retinol 0,5%', 'retinol', { percent: 0.5 }),
      cat('Salicylic Acid (2%)', 'salicylic-acid', { percent: 2 }),
      cat('Glycerin', 'glycerin'),
    ],
    facts: { actives: ['retinol', 'salicylic-acid'], retinoid: true, exfoliatingAcid: true },
  },
  {
    name: 'a US sunscreen: active and inactive ingredients, with percentages',
    inci:
      'Drug Facts. Active ingredients: Zinc Oxide 12%, Octocrylene 7%. Inactive ingredients: Water, ' +
      'Caprylyl Glycol, Glycerin, Dimethicone.',
    entries: [
      cat('Zinc Oxide 12%', 'zinc-oxide', { percent: 12 }),
      cat('Octocrylene 7%', 'octocrylene', { percent: 7 }),
      ref('Water', 'WATER'),
      ref('Caprylyl Glycol', 'CAPRYLYL GLYCOL'),
      cat('Glycerin', 'glycerin'),
      cat('Dimethicone', 'dimethicone'),
    ],
    facts: { actives: ['octocrylene'], photosensitizing: false },
  },
  {
    name: 'asterisks and other footnote marks, with their legend after the list',
    inci:
      'Aqua, Aloe Barbadensis Leaf Juice*, Rosa Canina Fruit Oil**, Glycerin°, Sodium Benzoate.\n' +
      '*Ingredient from organic farming\n**Cold pressed\n°Natural origin',
    entries: [
      WATER(),
      cat('Aloe Barbadensis Leaf Juice*', 'aloe-vera-juice'),
      cat('Rosa Canina Fruit Oil**', 'rosehip-oil'),
      cat('Glycerin°', 'glycerin'),
      ref('Sodium Benzoate', 'SODIUM BENZOATE'),
    ],
  },
  {
    name: 'case: all lower case and all capitals',
    inci: 'aqua, GLYCERIN, sodium hyaluronate, PANTHENOL, allantoin',
    entries: [
      WATER('aqua'),
      cat('GLYCERIN', 'glycerin'),
      cat('sodium hyaluronate', 'sodium-hyaluronate'),
      cat('PANTHENOL', 'panthenol'),
      cat('allantoin', 'allantoin'),
    ],
  },
  {
    name: 'aliases: common names printed instead of INCI names',
    inci: 'Water, Vitamin C, Vitamin E, Hyaluronic Acid Sodium Salt, Glycerine',
    entries: [
      ref('Water', 'WATER'),
      alias('Vitamin C', 'ascorbic-acid'),
      alias('Vitamin E', 'tocopherol'),
      alias('Hyaluronic Acid Sodium Salt', 'sodium-hyaluronate'),
      alias('Glycerine', 'glycerin'),
    ],
    facts: { actives: ['ascorbic-acid'] },
  },
  {
    name: 'typos matched by close spelling',
    inci: 'Aqua, Glycerin, Niacinamid, Sodium Hyaluronat, Phenoxyethanl, Cetearyl Alchol',
    entries: [
      WATER(),
      cat('Glycerin', 'glycerin'),
      typo('Niacinamid', 'niacinamide'),
      typo('Sodium Hyaluronat', 'sodium-hyaluronate'),
      typo('Phenoxyethanl', 'PHENOXYETHANOL'),
      typo('Cetearyl Alchol', 'CETEARYL ALCOHOL'),
    ],
  },
  {
    name: 'typos in actives still make the facts',
    inci: 'Aqua, Glycollic Acid, Salicilic Acid, Butylene Glycol',
    entries: [
      WATER(),
      typo('Glycollic Acid', 'glycolic-acid'),
      typo('Salicilic Acid', 'salicylic-acid'),
      ref('Butylene Glycol', 'BUTYLENE GLYCOL'),
    ],
    facts: { actives: ['glycolic-acid', 'salicylic-acid'], exfoliatingAcid: true, photosensitizing: true },
  },
  {
    name: 'unknown entries kept in place, never dropped',
    inci: 'Aqua, Glycerin, Proprietary Botanical Complex, Niacinamide, Magic Glow Blend',
    entries: [
      WATER(),
      cat('Glycerin', 'glycerin'),
      unknown('Proprietary Botanical Complex'),
      cat('Niacinamide', 'niacinamide'),
      unknown('Magic Glow Blend'),
    ],
  },
  {
    name: 'line breaks and commas mixed, a name wrapped over two lines',
    inci: 'Aqua, Glycerin, Sodium\nHyaluronate, Caprylyl Glycol,\nPhenoxyethanol',
    entries: [
      WATER(),
      cat('Glycerin', 'glycerin'),
      cat('Sodium Hyaluronate', 'sodium-hyaluronate'),
      ref('Caprylyl Glycol', 'CAPRYLYL GLYCOL'),
      ref('Phenoxyethanol', 'PHENOXYETHANOL'),
    ],
  },
  {
    name: 'a hyphenated name broken at the end of a line',
    inci: 'Aqua, Butylene Glycol, Acetyl Hexa-\npeptide-8, Sodium Benzoate',
    entries: [
      WATER(),
      ref('Butylene Glycol', 'BUTYLENE GLYCOL'),
      cat('Acetyl Hexapeptide-8', 'acetyl-hexapeptide-8'),
      ref('Sodium Benzoate', 'SODIUM BENZOATE'),
    ],
  },
  {
    name: 'digits with commas and dashes inside names',
    inci: 'Aqua, 1,2-Hexanediol, Pentylene Glycol, PEG-40 Hydrogenated Castor Oil, Disodium EDTA',
    entries: [
      WATER(),
      ref('1,2-Hexanediol', '1,2-HEXANEDIOL'),
      ref('Pentylene Glycol', 'PENTYLENE GLYCOL'),
      ref('PEG-40 Hydrogenated Castor Oil', 'PEG-40 HYDROGENATED CASTOR OIL'),
      ref('Disodium EDTA', 'DISODIUM EDTA'),
    ],
  },
  {
    name: 'Alcohol Denat. keeps its period inside the list',
    inci: 'Alcohol Denat., Aqua, Salicylic Acid, Menthol',
    entries: [
      ref('Alcohol Denat.', 'ALCOHOL DENAT.'),
      WATER(),
      cat('Salicylic Acid', 'salicylic-acid'),
      ref('Menthol', 'MENTHOL'),
    ],
    facts: { actives: ['salicylic-acid'], exfoliatingAcid: true, photosensitizing: false },
  },
  {
    name: 'Titanium Dioxide [Nano], as EU sunscreens print it',
    inci: 'Aqua, Titanium Dioxide [Nano], Zinc Oxide [Nano], C12-15 Alkyl Benzoate, Butyl Methoxydibenzoylmethane',
    entries: [
      WATER(),
      cat('Titanium Dioxide [Nano]', 'titanium-dioxide'),
      cat('Zinc Oxide [Nano]', 'zinc-oxide'),
      ref('C12-15 Alkyl Benzoate', 'C12-15 ALKYL BENZOATE'),
      cat('Butyl Methoxydibenzoylmethane', 'butyl-methoxydibenzoylmethane'),
    ],
  },
  {
    name: 'a common name in brackets after an INCI name picks the INCI name',
    inci: 'Aqua, Tocopheryl Acetate (Vitamin E), Ascorbic Acid (Vitamin C), Retinyl Palmitate (Vitamin A)',
    entries: [
      WATER(),
      ref('Tocopheryl Acetate (Vitamin E)', 'TOCOPHERYL ACETATE'),
      cat('Ascorbic Acid (Vitamin C)', 'ascorbic-acid'),
      cat('Retinyl Palmitate (Vitamin A)', 'retinyl-palmitate'),
    ],
    facts: { actives: ['ascorbic-acid', 'retinyl-palmitate'], retinoid: true, pregnancySafe: false },
  },
  {
    name: 'a Korean-style essence with a long botanical list',
    inci:
      'Snail Secretion Filtrate, Betaine, Butylene Glycol, 1,2-Hexanediol, Sodium Hyaluronate, Panthenol, ' +
      'Arginine, Allantoin, Ethyl Hexanediol, Sodium Polyacrylate, Carbomer, Phenoxyethanol',
    entries: [
      cat('Snail Secretion Filtrate', 'snail-secretion-filtrate'),
      cat('Betaine', 'betaine'),
      ref('Butylene Glycol', 'BUTYLENE GLYCOL'),
      ref('1,2-Hexanediol', '1,2-HEXANEDIOL'),
      cat('Sodium Hyaluronate', 'sodium-hyaluronate'),
      cat('Panthenol', 'panthenol'),
      ref('Arginine', 'ARGININE'),
      cat('Allantoin', 'allantoin'),
      ref('Ethyl Hexanediol', 'ETHYL HEXANEDIOL'),
      ref('Sodium Polyacrylate', 'SODIUM POLYACRYLATE'),
      ref('Carbomer', 'CARBOMER'),
      ref('Phenoxyethanol', 'PHENOXYETHANOL'),
    ],
  },
  {
    name: 'French heading "Ingrédients :" and the same list in French marketing',
    inci: 'Sérum éclat à la vitamine C. Ingrédients : Aqua, Ascorbic Acid, Ferulic Acid, Tocopherol, Sodium Hydroxide',
    entries: [
      WATER(),
      cat('Ascorbic Acid', 'ascorbic-acid'),
      cat('Ferulic Acid', 'ferulic-acid'),
      cat('Tocopherol', 'tocopherol'),
      ref('Sodium Hydroxide', 'SODIUM HYDROXIDE'),
    ],
    facts: { actives: ['ascorbic-acid'], exfoliatingAcid: false, pregnancySafe: true },
  },
  {
    name: 'stray separators, doubled commas and empty entries',
    inci: 'Aqua,, Glycerin ,  ; Urea,\n\n,Lactic Acid,',
    entries: [WATER(), cat('Glycerin', 'glycerin'), cat('Urea', 'urea'), cat('Lactic Acid', 'lactic-acid')],
    facts: { actives: ['lactic-acid'], exfoliatingAcid: true },
  },
  {
    name: 'a pregnancy-unsafe non-retinoid: tranexamic acid and alpha-arbutin',
    inci: 'Aqua, Tranexamic Acid, Alpha-Arbutin, Niacinamide, Sodium Citrate',
    entries: [
      WATER(),
      cat('Tranexamic Acid', 'tranexamic-acid'),
      cat('Alpha-Arbutin', 'alpha-arbutin'),
      cat('Niacinamide', 'niacinamide'),
      ref('Sodium Citrate', 'SODIUM CITRATE'),
    ],
    facts: { actives: [], retinoid: false, pregnancySafe: false, photosensitizing: false },
  },
  {
    name: 'a retinoid and an acid in one product',
    inci: 'Aqua, Mandelic Acid 5%, Hydroxypinacolone Retinoate 0.2%, Squalane, Xanthan Gum',
    entries: [
      WATER(),
      cat('Mandelic Acid 5%', 'mandelic-acid', { percent: 5 }),
      cat('Hydroxypinacolone Retinoate 0.2%', 'hydroxypinacolone-retinoate', { percent: 0.2 }),
      cat('Squalane', 'squalane'),
      ref('Xanthan Gum', 'XANTHAN GUM'),
    ],
    facts: {
      actives: ['mandelic-acid', 'hydroxypinacolone-retinoate'],
      retinoid: true,
      exfoliatingAcid: true,
      photosensitizing: true,
      pregnancySafe: false,
    },
  },
  {
    name: 'a peptide cream with a typo in a peptide and an unknown trade name',
    inci:
      'Aqua, Glycerin, Palmitoyl Pentapeptid-4, Palmitoyl Tripeptide-1, Matrixyl 3000, Copper Tripeptide-1, ' +
      'Carbomer',
    entries: [
      WATER(),
      cat('Glycerin', 'glycerin'),
      typo('Palmitoyl Pentapeptid-4', 'palmitoyl-pentapeptide-4'),
      cat('Palmitoyl Tripeptide-1', 'palmitoyl-tripeptide-1'),
      unknown('Matrixyl 3000'),
      cat('Copper Tripeptide-1', 'copper-tripeptide-1'),
      ref('Carbomer', 'CARBOMER'),
    ],
  },
  {
    name: 'the names in brackets the other way round, and spaced slashes',
    inci:
      'Water (Aqua), Vitamin E (Tocopherol), Fragrance (Parfum), Aqua / Water / Eau, Retinol (0.3 %), ' +
      'Niacinamide 4 %, CI 77491 (Iron Oxides)',
    entries: [
      ref('Water (Aqua)', 'WATER'),
      alias('Vitamin E (Tocopherol)', 'tocopherol'),
      ref('Fragrance (Parfum)', 'PARFUM'),
      ref('Aqua / Water / Eau', 'AQUA'),
      cat('Retinol (0.3 %)', 'retinol', { percent: 0.3 }),
      cat('Niacinamide 4 %', 'niacinamide', { percent: 4 }),
      ref('CI 77491 (Iron Oxides)', 'CI 77491'),
    ],
  },
  {
    name: 'a bilingual may-contain line and a legend on the same line as the list',
    inci: 'Aqua, Glycerin*, Mica. *Organic. May contain/Peut contenir (+/-): CI 77891, CI 77491',
    entries: [
      WATER(),
      cat('Glycerin*', 'glycerin'),
      ref('Mica', 'MICA'),
      alias('CI 77891', 'titanium-dioxide', { mayContain: true }),
      ref('CI 77491', 'CI 77491', { mayContain: true }),
    ],
  },
  {
    name: 'a cleanser with surfactants and a misspelt botanical',
    inci:
      'Aqua, Sodium Laureth Sulfate, Cocamidopropyl Betaine, Coco-Glucoside, Camelia Sinensis Leaf Extract, ' +
      'Sodium Chloride, Citric Acid, Sodium Benzoate',
    entries: [
      WATER(),
      ref('Sodium Laureth Sulfate', 'SODIUM LAURETH SULFATE'),
      ref('Cocamidopropyl Betaine', 'COCAMIDOPROPYL BETAINE'),
      ref('Coco-Glucoside', 'COCO-GLUCOSIDE'),
      typo('Camelia Sinensis Leaf Extract', 'green-tea-extract'),
      ref('Sodium Chloride', 'SODIUM CHLORIDE'),
      ref('Citric Acid', 'CITRIC ACID'),
      ref('Sodium Benzoate', 'SODIUM BENZOATE'),
    ],
  },
  {
    name: 'curly quotes and a colon left by copy-paste',
    inci: 'INCI: “Aqua”, “Glycerin”, “Squalane”.',
    entries: [WATER('“Aqua”'), cat('“Glycerin”', 'glycerin'), cat('“Squalane”', 'squalane')],
  },
];

let reader: IngredientListReader;
let reference: ReturnType<typeof buildReferenceIndex>;
let right = 0;
let total = 0;

beforeAll(() => {
  reference = buildReferenceIndex(shippedCosing().map((item) => item.inciName));
  reader = new IngredientListReader(catalogue, reference);
});

afterAll(() => {
  // The figure the issue asks for: entries read as a careful human reads them, over all entries.
  console.log(
    `ingredient-list table: ${CASES.length} lists, ${right}/${total} entries right ` +
      `(${((100 * right) / Math.max(total, 1)).toFixed(1)} %)`,
  );
});

const asExpected = (found: ListEntry): Expected => ({
  text: found.text,
  slug: found.slug,
  inciName: found.inciName,
  match: found.match,
  percent: found.percent,
  mayContain: found.mayContain,
});

describe('reading real-world ingredient lists', () => {
  it('has at least 30 lists', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CASES)('$name', ({ inci, entries, facts }) => {
    const reading = reader.read(inci);
    const read = reading.ingredients.map(asExpected);
    total += Math.max(entries.length, read.length);
    right += entries.filter(
      (expected, index) => JSON.stringify(read[index]) === JSON.stringify(expected),
    ).length;

    expect(read).toEqual(entries);
    expect(reading.ingredients.map((found) => found.position)).toEqual(entries.map((_, index) => index + 1));
    for (const found of reading.ingredients) {
      if (found.match === 'fuzzy') expect(found.confidence).toBeGreaterThanOrEqual(0.77);
      else if (found.match === 'unknown') expect(found.confidence).toBe(0);
      else expect(found.confidence).toBe(1);
    }
    expect(reading.unknownIngredients.map((item) => item.text)).toEqual(
      entries.filter((expected) => expected.match === 'unknown').map((expected) => expected.text),
    );
    if (facts) expect(reading.facts).toMatchObject(facts);
  });
});

describe('a list that is mostly junk', () => {
  it('keeps every entry, and bounds the spelling work: suggestions for the first entries only', () => {
    const fresh = new IngredientListReader(catalogue, reference);
    const junk = Array.from({ length: 100 }, (_, index) => `Mystery Blend No ${index}`);
    const reading = fresh.read(['Aqua', 'Glycerin', ...junk, 'Panthenoll'].join(', '));
    expect(reading.ingredients).toHaveLength(103);
    // The typo comes after the budget is spent: reported unknown, never dropped.
    expect(reading.unknownIngredients.map((item) => item.text)).toEqual([...junk, 'Panthenoll']);
    // Alone, it is read by its spelling; and the long list reads the same again, whatever was read since.
    expect(fresh.read('Aqua, Panthenoll').ingredients[1]).toMatchObject({
      slug: 'panthenol',
      match: 'fuzzy',
    });
    expect(fresh.read(['Aqua', 'Glycerin', ...junk, 'Panthenoll'].join(', '))).toEqual(reading);
    const suggested = reading.unknownIngredients.filter((item) => item.suggestions.length > 0);
    expect(suggested.length).toBeGreaterThan(0);
    expect(suggested.length).toBeLessThanOrEqual(SPELLING_LOOKUPS_PER_LIST);
  });

  it('remembers readings between lists without changing them', () => {
    const inci = 'Aqua, Glycerine, Niacinamid, Mystery Blend';
    const first = reader.read(inci);
    expect(reader.read(inci)).toEqual(first);
    expect(first.ingredients.map((found) => found.match)).toEqual(['reference', 'alias', 'fuzzy', 'unknown']);
  });
});
