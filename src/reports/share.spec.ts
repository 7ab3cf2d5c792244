import { share, sharesOf } from './share';

describe('a share states its denominator', () => {
  it('divides to four decimals', () => {
    expect(share(2, 3)).toEqual({ count: 2, denominator: 3, share: 0.6667 });
    expect(share(3, 3)).toEqual({ count: 3, denominator: 3, share: 1 });
  });

  it('is null, not zero or NaN, when there is nothing to divide by', () => {
    expect(share(0, 0)).toEqual({ count: 0, denominator: 0, share: null });
  });

  it('gives every word of a vocabulary a share, zero for those no row counted', () => {
    expect(sharesOf(['male', 'female'], new Map([['male', 3]]), 4)).toEqual({
      male: { count: 3, denominator: 4, share: 0.75 },
      female: { count: 0, denominator: 4, share: 0 },
    });
  });
});
