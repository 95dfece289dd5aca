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
  db.begin();
  let committed = false;
  try {
    yield db; // next() resumes here when the work is done; throw() and return() do not get past it
    db.commit();
    committed = true;
  } finally {
    // An error thrown in, or return() (break in a for…of loop): the work did not finish.
    if (!committed) db.rollback();
  }
}
