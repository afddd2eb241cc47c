/** An error a route throws on purpose: the status and the stable code a client can act on. */
export class HubError extends Error {
  override name = 'HubError';
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
