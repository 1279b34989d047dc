import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/engine/types.js';
import type { Concern } from '../../src/engine/vocabulary.js';
import { run } from './fixtures.js';

describe('area.neck-decolletage', () => {
  it('extends firming serums and treatments to the neck and décolletage for firming concerns', () => {
    const rec = run({ concerns: ['firmness', 'texture'] });
    for (const step of [...rec.routine.am, ...rec.routine.pm]) {
      expect(step.areas).toContain('face');
      if (step.kind !== 'serum' && step.kind !== 'treatment') continue;
      const firming = ['retinol', 'sodium-hyaluronate', 'palmitoyl-pentapeptide-4', 'ascorbic-acid'].some(
        (s) => step.ingredients.includes(s),
      );
      expect(step.areas).toEqual(firming ? ['face', 'neck', 'decolletage'] : ['face']);
      if (firming) expect(step.ruleIds).toContain('area.neck-decolletage');
    }
  });

  it('keeps everything on the face without a firming concern', () => {
    const rec = run({ concerns: ['dryness', 'texture'] });
    for (const step of [...rec.routine.am, ...rec.routine.pm].filter((s) => s.kind !== 'sunscreen')) {
      expect(step.areas).toEqual(['face']);
    }
  });
});

describe('expectation.weeks-to-months', () => {
  it.each<[Concern, number, number]>([
    ['firmness', 8, 24],
    ['fine-lines', 8, 24],
    ['dryness', 1, 2],
    ['redness', 2, 8],
    ['texture', 4, 12],
    ['dullness', 4, 12],
    ['pores', 4, 12],
    ['dark-spots', 4, 12],
  ])('%s: %i–%i weeks', (concern, fromWeeks, toWeeks) => {
    const rec = run({ concerns: [concern] });
    expect(rec.expectations).toEqual([
      expect.objectContaining({ concern, fromWeeks, toWeeks, ruleIds: ['expectation.weeks-to-months'] }),
    ]);
    expect(rec.expectations[0]!.message).toMatch(/consistent/);
  });

  it('gives one expectation per concern, in the profile’s order', () => {
    const rec = run({ concerns: ['pores', 'firmness', 'dryness'] });
    expect(rec.expectations.map((e) => e.concern)).toEqual(['pores', 'firmness', 'dryness']);
  });
});

describe('lifestyle.sun-smoking-alcohol', () => {
  it.each<[string, Profile['lifestyle'], string[]]>([
    ['none', { sunExposure: 'moderate', smoker: false, alcohol: false }, []],
    ['high sun', { sunExposure: 'high', smoker: false, alcohol: false }, ['sun-exposure']],
    ['smoker', { sunExposure: 'low', smoker: true, alcohol: false }, ['smoking']],
    [
      'all three',
      { sunExposure: 'high', smoker: true, alcohol: true },
      ['sun-exposure', 'smoking', 'alcohol'],
    ],
  ])('%s', (_name, lifestyle, codes) => {
    const rec = run({ lifestyle });
    expect(rec.lifestyle.map((advice) => advice.code)).toEqual(codes);
    expect(rec.rulesApplied.includes('lifestyle.sun-smoking-alcohol')).toBe(codes.length > 0);
  });
});

describe('label.instructions-first', () => {
  it('says in every answer that product instructions come first and this is not medical advice', () => {
    const rec = run();
    expect(rec.disclaimer).toMatch(/instructions/i);
    expect(rec.disclaimer).toMatch(/not medical advice/i);
    expect(rec.rulesApplied).toContain('label.instructions-first');
  });
});

describe('determinism', () => {
  it('returns the same routine for the same profile and catalogue', () => {
    const profile: Partial<Profile> = { concerns: ['firmness', 'texture'], sensitive: true, weeks: 20 };
    expect(JSON.stringify(run(profile))).toBe(JSON.stringify(run(profile)));
  });
});
