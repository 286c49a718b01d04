// Unsubscribe tokens: they name their learner, and only the key that made one accepts it.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { tokenUsername, unsubscribeToken } from '../src/unsubscribe-token.ts';

const key = randomBytes(32);

describe('unsubscribe tokens', () => {
  it('give back the learner they were made for', () => {
    expect(tokenUsername(key, unsubscribeToken(key, 'maya'))).toBe('maya');
    expect(tokenUsername(key, unsubscribeToken(key, 'élodie.o’neil+1'))).toBe('élodie.o’neil+1');
  });

  it('are URL-safe as they are', () => {
    expect(unsubscribeToken(key, 'maya/?&=+')).toMatch(/^[\w-]+\.[\w-]+$/);
  });

  it('refuse another key, another name, and what is not a token', () => {
    const token = unsubscribeToken(key, 'maya');
    const [, signature] = token.split('.');
    expect(tokenUsername(randomBytes(32), token)).toBeNull();
    expect(tokenUsername(key, `${Buffer.from('ivy').toString('base64url')}.${signature}`)).toBeNull();
    expect(tokenUsername(key, 'maya')).toBeNull();
    expect(tokenUsername(key, `${token}.more`)).toBeNull();
    expect(tokenUsername(key, `${token.slice(0, -2)}`)).toBeNull();
  });
});
