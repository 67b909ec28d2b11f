import { describe, expect, it } from 'vitest';
import { pageTitle } from './page-title.js';
import { parseRoute, pathFor } from './router.js';

describe('parseRoute', () => {
  it('reads every page', () => {
    expect(parseRoute('/')).toEqual({ name: 'licenses' });
    expect(parseRoute('/licenses/')).toEqual({ name: 'licenses' });
    expect(parseRoute('/agents')).toEqual({ name: 'agents' });
    expect(parseRoute('/agents/a%20b')).toEqual({ name: 'agent', id: 'a b' });
    expect(parseRoute('/notifications')).toEqual({ name: 'notifications' });
    expect(parseRoute('/audit')).toEqual({ name: 'audit' });
    expect(parseRoute('/users')).toEqual({ name: 'users' });
    expect(parseRoute('/webhooks')).toEqual({ name: 'webhooks' });
    expect(parseRoute('/preferences')).toEqual({ name: 'preferences' });
    expect(parseRoute('/agents/x/y')).toEqual({ name: 'not-found' });
  });

  it('keeps ?next= to paths of this app only', () => {
    expect(parseRoute('/sign-in', '?next=%2Fagents%2F1')).toEqual({ name: 'sign-in', next: '/agents/1' });
    expect(parseRoute('/sign-in', '?next=https%3A%2F%2Fevil.example')).toEqual({ name: 'sign-in', next: null });
    expect(parseRoute('/sign-in', '?next=%2F%2Fevil.example')).toEqual({ name: 'sign-in', next: null });
  });

  it('is the inverse of pathFor', () => {
    for (const path of ['/licenses', '/agents', '/agents/abc', '/notifications', '/audit', '/users', '/webhooks', '/preferences']) {
      expect(pathFor(parseRoute(path))).toBe(path);
    }
    expect(pathFor({ name: 'sign-in', next: '/agents' })).toBe('/sign-in?next=%2Fagents');
  });
});

describe('pageTitle', () => {
  it('names the page, then the product', () => {
    expect(pageTitle({ name: 'licenses' })).toBe('Licenses · License management');
    expect(pageTitle({ name: 'agent', id: 'a-1' })).toBe('Agent · License management');
    expect(pageTitle({ name: 'sign-in', next: null })).toBe('Sign in · License management');
  });
});
