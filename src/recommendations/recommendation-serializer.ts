import { compileSerializer, type SerializeToBytes, utf8Join } from '../http/serializer.js';
import { type Recommendation, RecommendationSchema } from './recommendation-schemas.js';

type Day = Recommendation['calendar'][number];

/**
 * A calendar as JSON. Days with the same sessions share their slug lists (the engine
 * hands out one list per distinct session), so each distinct list is written once per
 * answer and a run of identical days reuses the previous day's tail: a 52-week calendar
 * is 364 short string joins instead of 364 objects walked field by field.
 */
export function calendarJson(days: readonly Day[]): string {
  const lists = new Map<readonly string[], string>();
  const list = (slugs: readonly string[]): string => {
    let json = lists.get(slugs);
    if (json === undefined) {
      json = JSON.stringify(slugs);
      lists.set(slugs, json);
    }
    return json;
  };
  let previous: Day | undefined;
  let tail = '';
  let out = '[';
  for (let index = 0; index < days.length; index++) {
    const day = days[index]!;
    if (
      previous === undefined ||
      day.am !== previous.am ||
      day.pm !== previous.pm ||
      day.patch !== previous.patch
    ) {
      tail = `"am":${list(day.am)},"pm":${list(day.pm)},"patch":${list(day.patch)}}`;
    }
    previous = day;
    // `week` is an integer by construction; the date is escaped like any string.
    out += `${index === 0 ? '' : ','}{"date":${JSON.stringify(day.date)},"week":${Math.trunc(day.week)},${tail}`;
  }
  return `${out}]`;
}

/**
 * The recommendation answer: the routine and the rest through fast-json-stringify
 * (compiled from the same zod schema), the calendar through `calendarJson`, in the
 * schema's property order so the bytes are those the generic serializer writes, and
 * encoded here, part by part.
 */
export function recommendationSerializer(): SerializeToBytes {
  const routine = compileSerializer(RecommendationSchema.shape.routine);
  const rest = compileSerializer(RecommendationSchema.omit({ routine: true, calendar: true }));
  return (data) => {
    const answer = data as Recommendation;
    // `rest` always holds the required fields, so its object is never empty.
    return utf8Join([
      '{"routine":',
      routine(answer.routine),
      ',"calendar":',
      calendarJson(answer.calendar),
      ',',
      rest(answer).slice(1),
    ]);
  };
}
