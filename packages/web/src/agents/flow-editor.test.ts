import { describe, expect, it } from 'vitest';
import { flowProblems } from './flow-editor.js';

describe('flowProblems', () => {
  it('accepts a complete flow', () => {
    expect(flowProblems({ greeting: 'Hi', fallback: 'Sorry?', rules: [{ key: 1, match: 'price', reply: '10 EUR' }] })).toEqual({});
  });

  it('names each empty or too long field in words', () => {
    const problems = flowProblems({
      greeting: ' ',
      fallback: 'x'.repeat(2001),
      rules: [
        { key: 1, match: '', reply: 'ok' },
        { key: 2, match: 'm'.repeat(201), reply: '' },
      ],
    });
    expect(problems).toEqual({
      greeting: 'The greeting cannot be empty.',
      fallback: 'The fallback answer can be at most 2,000 characters.',
      'rule-0-match': "Rule 1's text to look for cannot be empty.",
      'rule-1-match': "Rule 2's text to look for can be at most 200 characters.",
      'rule-1-reply': "Rule 2's reply cannot be empty.",
    });
  });
});
