/** Folder names carry order and identity: `03-laziness` → order 3, slug `laziness`. */
export interface Ordered {
  order: number;
  slug: string;
}

const ORDERED_NAME = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

export function parseOrderedName(name: string): Ordered | null {
  const match = ORDERED_NAME.exec(name);
  return match ? { order: Number(match[1]), slug: match[2] } : null;
}
