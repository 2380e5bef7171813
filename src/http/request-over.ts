/**
 * A signal that aborts when a request is over: its client went away before the response was
 * finished, or the response has been sent. A response can be sent while some of the request's
 * work still runs: when a field that may not be null fails, GraphQL answers at once without
 * waiting for its siblings (fifty aliased root fields, say). Whatever still runs then has no one
 * to answer, so its transactions are stopped and it may start no more, instead of holding the
 * database's connections while the next requests wait for one.
 */
import type { ServerResponse } from 'node:http';

export function requestOverSignal(res: ServerResponse): AbortSignal {
  const controller = new AbortController();
  // The request's own 'close' comes as soon as its body has been read; the response's comes when
  // the connection closes, or after the response is finished.
  res.once('close', () => {
    controller.abort(
      new Error(res.writableFinished ? 'the response has been sent' : 'the client closed the connection'),
    );
  });
  return controller.signal;
}
