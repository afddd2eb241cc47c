declare const centsBrand: unique symbol;
/** Money in integer euro cents: never a float, so shares and sums are exact. */
export type Cents = number & { readonly [centsBrand]: true };

export function cents(value: number): Cents {
  if (!Number.isSafeInteger(value) || value < 0)
    throw new RangeError(`not a whole, non-negative cent amount: ${value}`);
  return value as Cents;
}
