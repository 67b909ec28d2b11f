import { describe, expect, it } from 'vitest';
import { replyTo, type Flow } from './flow.rules.js';

const flow: Flow = {
  greeting: 'Hi there',
  rules: [
    { match: 'price', reply: 'Plans start at 10 EUR.' },
    { match: 'PRICE list', reply: 'never reached: an earlier rule matches first' },
    { match: 'hours', reply: 'We are open 9 to 5.' },
  ],
  fallback: 'Sorry?',
};

describe('replyTo', () => {
  it('greets an empty or blank message', () => {
    expect(replyTo(flow, '')).toBe('Hi there');
    expect(replyTo(flow, '   ')).toBe('Hi there');
  });

  it('answers with the first rule whose match occurs in the message, ignoring case', () => {
    expect(replyTo(flow, 'What is the PRICE list?')).toBe('Plans start at 10 EUR.');
    expect(replyTo(flow, 'opening Hours please')).toBe('We are open 9 to 5.');
  });

  it('falls back when no rule matches', () => {
    expect(replyTo(flow, 'hello')).toBe('Sorry?');
    expect(replyTo({ ...flow, rules: [{ match: '', reply: 'empty matches nothing' }] }, 'x')).toBe('Sorry?');
  });
});
