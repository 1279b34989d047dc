import type { RuleSource } from './types.js';

/** The published sources the rules stand on, keyed as in guidance.md. */
export const SOURCES = {
  article: {
    key: 'article',
    title: 'Is Serum Good for Skin Tightening? Serum Benefits for Your Skin (Supermood blog)',
  },
  'fda-aha': {
    key: 'fda-aha',
    title: 'Labeling for Cosmetics Containing Alpha Hydroxy Acids (US FDA, 2005)',
    url: 'https://www.fda.gov/regulatory-information/search-fda-guidance-documents/guidance-industry-labeling-cosmetics-containing-alpha-hydroxy-acids',
  },
  'aad-sunscreen': {
    key: 'aad-sunscreen',
    title: 'Sunscreen FAQs (American Academy of Dermatology)',
    url: 'https://www.aad.org/public/everyday-care/sun-protection/sunscreen-patients/sunscreen-faqs',
  },
  'aad-patch-test': {
    key: 'aad-patch-test',
    title: 'How to test skin care products before use (American Academy of Dermatology, 2021)',
    url: 'https://www.aad.org/public/everyday-care/skin-care-secrets/routine/test-skin-care-products',
  },
  'aad-exfoliation': {
    key: 'aad-exfoliation',
    title: 'How to safely exfoliate at home (American Academy of Dermatology)',
    url: 'https://www.aad.org/public/everyday-care/skin-care-basics/care/exfoliation',
  },
  'cc-order': {
    key: 'cc-order',
    title: "Here's the Right Order to Apply Your Skin Care Products (Cleveland Clinic)",
    url: 'https://health.clevelandclinic.org/proper-skin-care-product-order',
  },
  'cc-basic-routine': {
    key: 'cc-basic-routine',
    title: 'The Steps for a Basic, Everyday Skin Care Routine (Cleveland Clinic)',
    url: 'https://health.clevelandclinic.org/what-products-do-i-actually-need-for-a-simple-everyday-skin-care-routine',
  },
  'nebraska-moisturizer': {
    key: 'nebraska-moisturizer',
    title: 'What type of moisturizer should I use for dry skin? (Nebraska Medicine)',
    url: 'https://www.nebraskamed.com/health/dermatology/you-asked-we-answered-what-type-of-moisturizer-should-i-use-for-dry-skin',
  },
  'dermnet-retinoids': {
    key: 'dermnet-retinoids',
    title: 'Topical retinoids (DermNet)',
    url: 'https://dermnetnz.org/topics/topical-retinoids',
  },
  'retinoid-aging-review': {
    key: 'retinoid-aging-review',
    title: 'Retinoids in the treatment of skin aging (Mukherjee et al., Clin Interv Aging, 2006)',
    url: 'https://pubmed.ncbi.nlm.nih.gov/18046911/',
  },
  'uktis-retinoid': {
    key: 'uktis-retinoid',
    title: 'Retinoid gels and creams (topical retinoids) (UK Teratology Information Service)',
    url: 'https://medicinesinpregnancy.org/leaflets-a-z/isotretinoin-gel',
  },
  'sps-lactation': {
    key: 'sps-lactation',
    title: 'Safety in lactation: acne and rosacea (NHS Specialist Pharmacy Service)',
    url: 'https://www.sps.nhs.uk/articles/safety-in-lactation-acne-and-rosacea/',
  },
  'vitamin-c-review': {
    key: 'vitamin-c-review',
    title: 'Topical Vitamin C and the Skin (Al-Niaimi and Chiang, J Clin Aesthet Dermatol, 2017)',
    url: 'https://pubmed.ncbi.nlm.nih.gov/29104718/',
  },
  'ha-low-weight-trial': {
    key: 'ha-low-weight-trial',
    title: 'Topical 2-kDa hyaluronan oligosaccharides and facial wrinkles: an 8-week controlled trial',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC10084258',
  },
  'niacinamide-review': {
    key: 'niacinamide-review',
    title:
      'Mechanistic insights into the multiple functions of niacinamide (Marques et al., Antioxidants, 2024)',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC11047333',
  },
  'aad-rosacea': {
    key: 'aad-rosacea',
    title: 'Rosacea: tips for managing (American Academy of Dermatology)',
    url: 'https://www.aad.org/public/diseases/rosacea/skin-care/tips',
  },
  grade: {
    key: 'grade',
    title:
      'GRADE terminology for strength of recommendation and certainty of evidence (American Heart Association)',
    url: 'https://cpr.heart.org/en/resuscitation-science/cpr-and-ecc-guidelines/evidence-evaluation-and-guidelines-development/grade-terminology-for-strength-of-recommendation-and-criteria-for-evidence-certainty-assessment',
  },
  'spierings-retinol': {
    key: 'spierings-retinol',
    title: 'Efficacy of Over-the-Counter Vitamin A (Spierings, J Clin Aesthet Dermatol, 2021)',
    url: 'https://jcadonline.com/efficacy-of-over-the-counter-vitamin-a/',
  },
  'bozzo-pregnancy': {
    key: 'bozzo-pregnancy',
    title: 'Safety of skin care products during pregnancy (Bozzo et al., Can Fam Physician, 2011)',
    url: 'https://www.cfp.ca/content/57/6/665',
  },
  cosing: {
    key: 'cosing',
    title: 'CosIng, the cosmetic ingredient database (European Commission)',
    url: 'https://single-market-economy.ec.europa.eu/sectors/cosmetics/cosmetic-ingredient-database_en',
  },
} as const satisfies Record<string, RuleSource>;

/** Every source key, for validating the evidence staff cite. */
export const SOURCE_KEYS = Object.keys(SOURCES) as [SourceKey, ...SourceKey[]];

/** The key of one source in {@link SOURCES}. */
export type SourceKey = keyof typeof SOURCES;
