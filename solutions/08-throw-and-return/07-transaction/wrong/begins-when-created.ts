// Begins the transaction when transaction() is called, before the generator runs: one that is never started is never ended.
export interface Database {
  begin(): void;
  commit(): void;
  rollback(): void;
}

export function transaction(db: Database): Generator<Database, void, undefined> {
  db.begin();
  return (function* () {
    let committed = false;
    try {
      yield db;
      db.commit();
      committed = true;
    } finally {
      if (!committed) db.rollback();
    }
  })();
}
