import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleRequest } from '../../../src/background/handle-request';
import { describeError } from '../../../src/background/storage/describe-error';
import { Library } from '../../../src/background/storage/library';
import { draft, freshIndexedDb } from '../storage/helpers';
import { failingWrites } from '../storage/failing-writes';

describe('describeError', () => {
  let library: Library;
  beforeEach(async () => {
    freshIndexedDb();
    library = await Library.open('test');
  });
  afterEach(() => library.close());

  it('tells the reader the disk is full when a highlight cannot be saved, and nothing is half-saved', async () => {
    const restore = failingWrites('put');
    let message = '';
    try {
      await handleRequest({ library: async () => library, now: () => new Date() }, { type: 'annotation-create', articleKey: 'https://a.example/', draft: draft('q') });
    } catch (error) {
      message = describeError(error);
    } finally {
      restore();
    }
    expect(message).toMatch(/no room left.*nothing was saved/);
    expect(await library.listAnnotations('https://a.example/')).toEqual([]);
  });

  it('tells the reader a quota error from a note edit too', async () => {
    const made = await library.createAnnotation('https://a.example/', draft('q'), new Date());
    const restore = failingWrites('put');
    const failure = await library.updateAnnotation(made.id, { note: 'lost?' }, new Date()).catch((error: unknown) => error);
    restore();
    expect(describeError(failure)).toMatch(/no room left/);
    expect((await library.listAnnotations('https://a.example/'))[0]?.note).toBe('');
  });

  it('passes other errors through as their message', () => {
    expect(describeError(new Error('No highlight with id x'))).toBe('No highlight with id x');
    expect(describeError('plain')).toBe('plain');
  });
});
