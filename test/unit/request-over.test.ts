import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { requestOverSignal } from '../../src/http/request-over.js';

function response(finished: boolean): ServerResponse {
  return Object.assign(new EventEmitter(), { writableFinished: finished }) as unknown as ServerResponse;
}

describe('the signal that a request is over', () => {
  it('stays quiet while the response is being made', () => {
    expect(requestOverSignal(response(false)).aborted).toBe(false);
  });

  it('aborts when the client closes the connection before the response is finished', () => {
    const res = response(false);
    const signal = requestOverSignal(res);
    res.emit('close');
    expect(signal.aborted).toBe(true);
    expect((signal.reason as Error).message).toBe('the client closed the connection');
  });

  it('aborts once the response has been sent, so that work no one waits for stops', () => {
    const res = response(true);
    const signal = requestOverSignal(res);
    res.emit('close');
    expect(signal.aborted).toBe(true);
    expect((signal.reason as Error).message).toBe('the response has been sent');
  });
});
