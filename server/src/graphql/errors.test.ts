import { describe, expect, it } from 'vitest';
import { badInput, ErrorCode, PonteError } from '../errors.js';
import { createLogger } from '../logger.js';
import { createErrorFormatter } from './errors.js';

describe('the error formatter', () => {
  const format = createErrorFormatter(createLogger('silent'));
  const formatted = { message: 'x', path: ['paths'] };

  it('answers a PonteError with its code and the argument at fault, as userError did', () => {
    expect(format(formatted, badInput('paths: "limit" must be between 1 and 10 (got 0).', 'limit'))).toEqual({
      message: 'paths: "limit" must be between 1 and 10 (got 0).',
      path: ['paths'],
      extensions: { code: 'BAD_USER_INPUT', argument: 'limit' },
    });
    expect(format(formatted, badInput('paths: no actor with id "x".', 'from', ErrorCode.NotFound)).extensions).toEqual({
      code: 'NOT_FOUND',
      argument: 'from',
    });
  });

  it('names no argument when the error is not about one', () => {
    expect(format(formatted, new PonteError(ErrorCode.Conflict, 'taken')).extensions).toEqual({ code: 'CONFLICT' });
  });
});
