import { VerifiedTokens } from './verified-tokens';

const caller = { staffId: '6f1c2a51-8c6e-4d2b-9b7a-2f3e4d5c6b7a', roles: ['caseworker' as const] };

describe('tokens remembered after verification', () => {
  it('answer only within the token’s own validity', () => {
    const tokens = new VerifiedTokens();
    tokens.remember('t', { caller, notBefore: 1000, expires: 2000 });
    expect(tokens.get('t', 999)).toBeUndefined();
    expect(tokens.get('t', 1500)).toEqual(caller);
    expect(tokens.get('t', 2000)).toBeUndefined();
    // Expired entries are dropped, so a later look-up cannot revive them.
    expect(tokens.get('t', 1500)).toBeUndefined();
  });

  it('forget the oldest when full', () => {
    const tokens = new VerifiedTokens(2);
    for (const token of ['a', 'b', 'c']) tokens.remember(token, { caller, notBefore: 0, expires: 10 });
    expect([tokens.get('a', 1), tokens.get('b', 1), tokens.get('c', 1)]).toEqual([undefined, caller, caller]);
  });

  it('know nothing of a token never verified', () => {
    expect(new VerifiedTokens().get('unknown', 1)).toBeUndefined();
  });
});
