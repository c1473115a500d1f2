/** A case-insensitive pattern matching what someone typed into a search box, literally (no regex syntax). */
export function searchPattern(typed: string): RegExp {
  return new RegExp(typed.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i')
}
