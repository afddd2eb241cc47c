/**
 * The attendance has already ended: its draft is gone, or a request with this id is in the outbox. A
 * double tap or a second tab lands here, so an attendance never makes two requests. `requestId` is the
 * request it made, when it ended completed.
 */
export class AlreadyCompleted extends Error {
  override name = 'AlreadyCompleted';
  constructor(
    readonly attendanceId: string,
    readonly requestId: string | null,
  ) {
    super(`attendance ${attendanceId} has already ended${requestId ? ` with request ${requestId}` : ''}`);
  }
}
