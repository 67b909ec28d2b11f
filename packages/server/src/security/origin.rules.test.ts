import { describe, expect, it } from 'vitest';
import { originAllowed } from './origin.rules.js';

describe('originAllowed', () => {
  it('allows the same origin and no origin', () => {
    expect(originAllowed('http://localhost:4000', 'localhost:4000', [])).toBe(true);
    expect(originAllowed('https://licenses.example.com', 'licenses.example.com', [])).toBe(true);
    expect(originAllowed(undefined, 'localhost:4000', [])).toBe(true);
  });

  it('refuses another host, another port and junk', () => {
    expect(originAllowed('http://evil.example', 'localhost:4000', [])).toBe(false);
    expect(originAllowed('http://localhost:4001', 'localhost:4000', [])).toBe(false);
    expect(originAllowed('null', 'localhost:4000', [])).toBe(false);
    expect(originAllowed('file:///x', 'x', [])).toBe(false);
  });

  it('allows the configured extra origins exactly', () => {
    expect(originAllowed('https://admin.example.com', 'localhost:4000', ['https://admin.example.com'])).toBe(true);
    expect(originAllowed('https://admin.example.com:8443', 'localhost:4000', ['https://admin.example.com'])).toBe(false);
  });
});
