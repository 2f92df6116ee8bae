/** The only source of "now" in Despacho; tests and demos swap in a manual clock (CLOCK=manual). */
export abstract class Clock {
  abstract now(): Date;

  /**
   * Catches up with the time where it is kept, before deciding what is due. A no-op for a clock
   * kept in the process; a deployment's shared manual clock re-reads the database.
   */
  sync(): Promise<void> {
    return Promise.resolve();
  }
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** A time that moves only when told to (in this process). */
export class ManualClock extends Clock {
  private current: Date;

  constructor(start: Date = new Date()) {
    super();
    this.current = new Date(start.getTime());
  }

  now(): Date {
    return new Date(this.current.getTime());
  }

  set(to: Date): void {
    this.current = new Date(to.getTime());
  }
}
