// Rolls back on an error but does not rethrow it, so the failed work looks like a success to the caller.
export interface Database {
  begin(): void;
  commit(): void;
  rollback(): void;
}

export function* transaction(db: Database): Generator<Database, void, undefined> {
  db.begin();
  try {
    yield db;
    db.commit();
  } catch {
    db.rollback();
  }
}
