/**
 * A partner's first call: ask for a routine and print it, typed by the contract.
 *
 *   npx tsx examples/recommend.ts [BASE_URL]      (default http://127.0.0.1:3000)
 *
 * The types come from examples/regimen-api.generated.ts, generated from openapi.yaml
 * (`npm run openapi:gen`), so a change to the contract that breaks this script fails
 * the type-check before it reaches a partner.
 */
import type { components, paths } from './regimen-api.generated.js';

type Operation = paths['/v1/recommendations']['post'];
type RecommendationRequest = Operation['requestBody']['content']['application/json'];
type Recommendation = Operation['responses'][200]['content']['application/json'];
type Problem = components['schemas']['Problem'];
type Step = components['schemas']['Step'];

const baseUrl = process.argv[2] ?? 'http://127.0.0.1:3000';

const profile: RecommendationRequest = {
  skinType: 'dry',
  concerns: ['firmness', 'dryness'],
  avoid: ['glycolic-acid'],
  lifestyle: { sunExposure: 'moderate' },
  startDate: '2026-12-01',
  weeks: 12,
};

async function recommend(request: RecommendationRequest): Promise<Recommendation> {
  const response = await fetch(new URL('/v1/recommendations', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(request),
  });
  if (!response.ok) {
    const problem = (await response.json()) as Problem;
    const fields = (problem.errors ?? []).map((error) => `\n  ${error.path}: ${error.message}`).join('');
    throw new Error(`${problem.status} ${problem.title}: ${problem.detail}${fields}`);
  }
  return (await response.json()) as Recommendation;
}

const describeStep = (step: Step) =>
  `  ${step.order}. ${step.kind}${step.ingredients.length > 0 ? ` (${step.ingredients.join(', ')})` : ''}` +
  ` — ${step.frequency}`;

try {
  const recommendation = await recommend(profile);
  console.log('Morning');
  for (const step of recommendation.routine.am) console.log(describeStep(step));
  console.log('Evening');
  for (const step of recommendation.routine.pm) console.log(describeStep(step));

  console.log('\nFirst week');
  for (const day of recommendation.calendar.slice(0, 7)) {
    console.log(`  ${day.date}  am: ${day.am.join(', ') || '—'}  |  pm: ${day.pm.join(', ') || '—'}`);
  }
  for (const warning of recommendation.warnings) console.log(`\n! ${warning.message}`);
  console.log(`\n${recommendation.disclaimer}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
