// The benchmark's author agreement: the same people, however the names are joined or ordered.
import { describe, expect, it } from 'vitest';
import { sameAuthor, sameTitle } from '../../../scripts/lib/extract-scores';

describe('sameAuthor', () => {
  it.each([
    ['Maria and Katerina', 'Maria & Katerina'],
    ['Ann Lee, Bo Chen and Cy Dale', 'Ann Lee, Bo Chen, Cy Dale'],
    ['Jeff T. Kaufman', 'Kaufman, Jeff T.'],
    ['Sergio Ruiz and The Gazette', 'Sergio Ruiz | The Gazette'],
    ['By Ann Lee', 'Ann Lee'],
    ['Ann Lee', 'Ann Lee, Staff Writer'],
  ])('%s names the same people as %s', (guess, truth) => {
    expect(sameAuthor(guess, truth)).toBe(true);
  });

  it.each([
    ['Ann Lee', 'Bo Chen'],
    ['Ann Lee and Bo Chen', 'Ann Lee, Bo Chen, Cy Dale'],
    ['Cleveland Clinic', 'Holly Wilgus'],
    [null, 'Ann Lee'],
    ['Ann Lee', null],
  ])('%s does not name %s', (guess, truth) => {
    expect(sameAuthor(guess, truth)).toBe(false);
  });
});

describe('sameTitle', () => {
  it('ignores case and punctuation but not words', () => {
    expect(sameTitle('Go ahead, self-host Postgres', 'go ahead self host postgres')).toBe(true);
    expect(sameTitle('The Best Scooters', 'Best Scooters')).toBe(false);
  });
});
