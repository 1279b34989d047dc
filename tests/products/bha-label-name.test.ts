import { describe, expect, it } from 'vitest';
import { IngredientListReader } from '../../src/products/ingredient-list.js';
import { seedIngredients } from '../engine/fixtures.js';

// On EU labels "BHA" is the INCI name of butylated hydroxyanisole, a preservative, not salicylic acid.
describe('a printed "BHA"', () => {
  const reader = new IngredientListReader(seedIngredients);

  it('is not read as salicylic acid, so a preserved cream is no exfoliating acid', () => {
    const reading = reader.read('Aqua, Glycerin, Caprylic/Capric Triglyceride, BHA, Tocopherol');
    const bha = reading.ingredients.find((entry) => entry.text === 'BHA');
    expect(bha?.slug).toBeNull();
    expect(reading.facts.exfoliatingAcid).toBe(false);
  });

  it('still reads "Beta Hydroxy Acid" and the INCI name as salicylic acid', () => {
    expect(reader.read('Aqua, Beta Hydroxy Acid').ingredients[1]?.slug).toBe('salicylic-acid');
    expect(reader.read('Aqua, Salicylic Acid 2%').facts.exfoliatingAcid).toBe(true);
  });
});
