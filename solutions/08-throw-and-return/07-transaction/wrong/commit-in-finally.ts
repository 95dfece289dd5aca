// Commits in finally, so the transaction is committed even when the work failed or was abandoned.
export interface Database {
  begin(): void;
  commit(): void;
  rollback(): void;
}

export function* transaction(db: Database): Generator<Database, void, undefined> {
  db.begin();
  try {
    yield db;
  } finally {
    db.commit();
  }
}
