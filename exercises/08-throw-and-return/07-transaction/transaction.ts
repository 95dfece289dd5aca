export interface Database {
  begin(): void;
  commit(): void;
  rollback(): void;
}

/**
 * Manages one transaction: begins it on the first next() and yields the database once.
 * Commits when the work finished (the generator is resumed with next()); rolls back when
 * it did not (an error thrown in at the yield, which then goes on out, or return()).
 */
export function* transaction(db: Database): Generator<Database, void, undefined> {
  // TODO: begin, yield db, then commit or roll back, exactly once
  yield db;
}
