// Commits after the yield but rolls back unconditionally in finally, so a committed transaction is rolled back too.
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
  } finally {
    db.rollback();
  }
}
