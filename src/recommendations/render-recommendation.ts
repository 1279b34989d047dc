import type {
  Expectation as EngineExpectation,
  LifestyleAdvice as EngineLifestyleAdvice,
  Recommendation as EngineRecommendation,
  Step as EngineStep,
  Warning as EngineWarning,
  TraceEntry,
} from '../engine/index.js';
import type { MessageRenderer } from '../messages/render.js';
import type { Recommendation } from './recommendation-schemas.js';

type Rendered = Recommendation;

/**
 * The engine's answer as the API returns it: every message code rendered to text in the reader's
 * language; slugs, codes and rule ids untouched.
 */
export function renderRecommendation(rec: EngineRecommendation, renderer: MessageRenderer): Rendered {
  const text = (message: EngineStep['frequency']) => renderer.render(message);
  const step = (s: EngineStep): Rendered['routine']['am'][number] => ({
    order: s.order,
    kind: s.kind,
    ingredients: s.ingredients,
    areas: s.areas,
    frequency: text(s.frequency),
    leaveOn: s.leaveOn,
    notes: s.notes.map(text),
    strength: s.strength === null ? null : text(s.strength),
    ruleIds: s.ruleIds,
    products: s.products,
    ...(s.suggestions ? { suggestions: s.suggestions } : {}),
  });
  const warning = (w: EngineWarning): Rendered['warnings'][number] => ({
    code: w.code,
    message: text(w.message),
    ingredient: w.ingredient,
    date: w.date,
    ruleIds: w.ruleIds,
  });
  const expectation = (e: EngineExpectation): Rendered['expectations'][number] => ({
    concern: e.concern,
    fromWeeks: e.fromWeeks,
    toWeeks: e.toWeeks,
    message: text(e.message),
    ruleIds: e.ruleIds,
  });
  const advice = (l: EngineLifestyleAdvice): Rendered['lifestyle'][number] => ({
    code: l.code,
    message: text(l.message),
    ruleIds: l.ruleIds,
  });
  const entry = (t: TraceEntry): NonNullable<Rendered['trace']>[number] => ({
    ruleId: t.ruleId,
    fired: t.fired,
    facts: t.facts,
    effect: t.effects.length > 0 ? t.effects.map(text).join('; ') : null,
  });
  const rendered: Rendered = {
    routine: { am: rec.routine.am.map(step), pm: rec.routine.pm.map(step) },
    calendar: rec.calendar,
    ingredients: rec.ingredients,
    warnings: rec.warnings.map(warning),
    adjustments: rec.adjustments,
    expectations: rec.expectations.map(expectation),
    lifestyle: rec.lifestyle.map(advice),
    rulesApplied: rec.rulesApplied,
    catalogueVersion: rec.catalogueVersion,
    disclaimer: text(rec.disclaimer),
  };
  if (rec.trace) rendered.trace = rec.trace.map(entry);
  return rendered;
}
