// Rolls back only in catch, which return() never reaches: a break in for…of leaves the transaction open.
export interface Database {
  begin(): void;
  commit(): void;
  rollback(): void;
}

export function* transaction(db: Database): Generator<Database, void, undefined> {
  db.begin();
  try {
    yield db;
  } catch (error) {
    db.rollback();
    throw error;
  }
  db.commit();
}
