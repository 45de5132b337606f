import { Injectable } from '@nestjs/common';

/** Set once the process has been asked to stop; readiness then answers 503 so traffic moves away. */
@Injectable()
export class ShutdownState {
  private stopping = false;

  get draining(): boolean {
    return this.stopping;
  }

  beginDraining(): void {
    this.stopping = true;
  }
}
