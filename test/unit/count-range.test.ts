/** countRange turns a reported number and its qualifier into a low..high range. */
import { describe, expect, it } from 'vitest';
import { countBounds, countRange } from '../../src/domain/count-range.js';

describe('countRange', () => {
  it('reads "more than 740 people" as at least 741, with no upper bound and no best guess', () => {
    expect(countRange({ value: 740, qualifier: 'MORE_THAN', unit: 'PEOPLE' })).toEqual({
      low: 741,
      best: null,
      high: null,
    });
  });

  it('reads "more than 90%" as low 90: a percentage has no next whole step', () => {
    expect(countRange({ value: 90, qualifier: 'MORE_THAN', unit: 'PERCENT' })).toEqual({
      low: 90,
      best: null,
      high: null,
    });
  });

  it('reads "less than 10 people" as 0..9 and "less than 10%" as 0..10', () => {
    expect(countRange({ value: 10, qualifier: 'LESS_THAN', unit: 'PEOPLE' })).toEqual({
      low: 0,
      best: null,
      high: 9,
    });
    expect(countRange({ value: 10, qualifier: 'LESS_THAN', unit: 'PERCENT' })).toEqual({
      low: 0,
      best: null,
      high: 10,
    });
  });

  it('reads "at most 50" as 0..50 and "at least 50" as 50 with no upper bound', () => {
    expect(countRange({ value: 50, qualifier: 'AT_MOST', unit: 'PEOPLE' })).toEqual({
      low: 0,
      best: null,
      high: 50,
    });
    expect(countRange({ value: 50, qualifier: 'AT_LEAST', unit: 'PEOPLE' })).toEqual({
      low: 50,
      best: null,
      high: null,
    });
  });

  it('reads an exact number as low, best and high alike', () => {
    expect(countRange({ value: 300, qualifier: 'EXACT', unit: 'PEOPLE' })).toEqual({
      low: 300,
      best: 300,
      high: 300,
    });
  });

  it('reads "about 300" as 270..330 with the number as best guess', () => {
    expect(countRange({ value: 300, qualifier: 'ABOUT', unit: 'PEOPLE' })).toEqual({
      low: 270,
      best: 300,
      high: 330,
    });
  });

  it.each([
    ['SEVERAL', 3, 9],
    ['DOZENS', 24, 99],
    ['HUNDREDS', 200, 999],
    ['THOUSANDS', 2000, 9999],
  ] as const)('reads %s as %i..%i with no best guess', (qualifier, low, high) => {
    expect(countRange({ qualifier, unit: 'PEOPLE' })).toEqual({ low, best: null, high });
  });

  it('keeps the vague range even if a value is given with a vague qualifier', () => {
    expect(countRange({ value: 50, qualifier: 'DOZENS', unit: 'PEOPLE' })).toEqual({
      low: 24,
      best: null,
      high: 99,
    });
  });

  it('lets explicit bounds given by the source override the derived ones', () => {
    expect(countRange({ qualifier: 'DOZENS', unit: 'PEOPLE', low: 30, high: 40 })).toEqual({
      low: 30,
      best: null,
      high: 40,
    });
    expect(countRange({ value: 740, qualifier: 'MORE_THAN', unit: 'PEOPLE', high: 800 })).toEqual({
      low: 741,
      best: null,
      high: 800,
    });
    expect(countRange({ value: 300, qualifier: 'EXACT', unit: 'PEOPLE', low: 0 })).toEqual({
      low: 0,
      best: 300,
      high: 300,
    });
  });

  it('gives an unbounded range when a qualifier that needs a value has none', () => {
    expect(countRange({ qualifier: 'MORE_THAN', unit: 'PEOPLE' })).toEqual({
      low: null,
      best: null,
      high: null,
    });
  });

  it('keeps "about" ranges exact for round numbers (no floating-point overshoot)', () => {
    expect(countRange({ value: 100, qualifier: 'ABOUT', unit: 'PEOPLE' })).toEqual({
      low: 90,
      best: 100,
      high: 110,
    });
    expect(countRange({ value: 50, qualifier: 'ABOUT', unit: 'PEOPLE' })).toMatchObject({
      low: 45,
      high: 55,
    });
    expect(countRange({ value: 740, qualifier: 'ABOUT', unit: 'PEOPLE' })).toMatchObject({
      low: 666,
      high: 814,
    });
  });
});

describe('countBounds', () => {
  const bounds = (
    value: number | null,
    qualifier: Parameters<typeof countBounds>[0]['qualifier'],
    low: number | null,
    high: number | null,
  ) => countBounds({ value, qualifier, low, high });

  it('keeps the words\' own bound for "more than" and "less than", not included', () => {
    expect(bounds(90, 'MORE_THAN', 90, null)).toEqual({
      lower: 90,
      lowerInclusive: false,
      upper: null,
      upperInclusive: false,
      openEnded: true,
    });
    expect(bounds(10, 'LESS_THAN', 0, 9)).toEqual({
      lower: 0,
      lowerInclusive: true,
      upper: 10,
      upperInclusive: false,
      openEnded: false,
    });
  });

  it('includes both ends of "at least", "about", a vague word and a range the source gave', () => {
    expect(bounds(23, 'AT_LEAST', 23, null)).toMatchObject({
      lower: 23,
      lowerInclusive: true,
      openEnded: true,
    });
    expect(bounds(100, 'ABOUT', 90, 110)).toMatchObject({
      lower: 90,
      upper: 110,
      lowerInclusive: true,
      upperInclusive: true,
    });
    expect(bounds(null, 'DOZENS', 24, 99)).toMatchObject({
      lower: 24,
      upper: 99,
      upperInclusive: true,
      openEnded: false,
    });
    expect(bounds(null, 'EXACT', 10, 20)).toMatchObject({
      lower: 10,
      upper: 20,
      lowerInclusive: true,
      upperInclusive: true,
    });
  });
});
