/** A bound of a range on an index's ordered field, from `$gt`/`$gte` or `$lt`/`$lte`. */
export interface Bound {
  value: string
  inclusive: boolean
}

/**
 * The distinct string values of one index field, kept in order (JavaScript's string order, which is
 * also the order mingo sorts strings in), so a sort with a limit can walk them from one end and stop.
 */
export class SortedKeys {
  private readonly values: string[] = []

  get size(): number {
    return this.values.length
  }

  add(value: string): void {
    const position = this.firstAtLeast(value)
    if (this.values[position] !== value) this.values.splice(position, 0, value)
  }

  remove(value: string): void {
    const position = this.firstAtLeast(value)
    if (this.values[position] === value) this.values.splice(position, 1)
  }

  /** The values between the bounds, ascending or descending. */
  *walk(direction: 1 | -1, lower?: Bound, upper?: Bound): Generator<string> {
    const start = lower ? (lower.inclusive ? this.firstAtLeast(lower.value) : this.firstAbove(lower.value)) : 0
    const end = upper ? (upper.inclusive ? this.firstAbove(upper.value) : this.firstAtLeast(upper.value)) : this.values.length
    if (direction === 1) {
      for (let position = start; position < end; position += 1) yield this.values[position]
      return
    }
    for (let position = end - 1; position >= start; position -= 1) yield this.values[position]
  }

  /** Position of the first value >= `value`. */
  private firstAtLeast(value: string): number {
    let low = 0
    let high = this.values.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (this.values[middle] < value) low = middle + 1
      else high = middle
    }
    return low
  }

  /** Position of the first value > `value`. */
  private firstAbove(value: string): number {
    let low = 0
    let high = this.values.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (this.values[middle] <= value) low = middle + 1
      else high = middle
    }
    return low
  }
}
