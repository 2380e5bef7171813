/** A signal that aborts when the HTTP client goes away before its response is finished. */
import type { ServerResponse } from 'node:http';

export function clientGoneSignal(res: ServerResponse): AbortSignal {
  const controller = new AbortController();
  // The request's own 'close' comes as soon as its body has been read; the response's comes when
  // the connection closes, or after the response is finished (which is not the client leaving).
  res.once('close', () => {
    if (!res.writableFinished) controller.abort(new Error('the client closed the connection'));
  });
  return controller.signal;
}
