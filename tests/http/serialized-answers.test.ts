import { describe, expect, it } from 'vitest';
import { SerializedAnswers } from '../../src/http/serialized-answers.js';

describe('serialized answers', () => {
  it('serializes a key once per catalogue version, and again after the version moves', () => {
    const answers = new SerializedAnswers(10);
    let calls = 0;
    const serialize = (text: string) => () => {
      calls++;
      return text;
    };
    const text = (bytes: Buffer) => bytes.toString('utf8');
    expect(text(answers.get('1', '/v1/ingredients', serialize('one’s')))).toBe('one’s');
    expect(text(answers.get('1', '/v1/ingredients', serialize('stale')))).toBe('one’s');
    expect(calls).toBe(1);
    expect(text(answers.get('2', '/v1/ingredients', serialize('two')))).toBe('two');
    expect(calls).toBe(2);
  });

  it('keeps no more than its limit', () => {
    const answers = new SerializedAnswers(2);
    answers.get('1', 'a', () => 'a');
    answers.get('1', 'b', () => 'b');
    answers.get('1', 'c', () => 'c');
    // The third key started the map over, so the first is serialized afresh.
    expect(answers.get('1', 'a', () => 'a again').toString()).toBe('a again');
  });
});
