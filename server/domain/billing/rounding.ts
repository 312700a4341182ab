// The one rounding rule of billing: every money amount is an exact rational (fee × days / period
// days, charged quantity × price / unit, net × VAT rate, …) rounded ONCE, half away from zero, to a
// minor unit. Nothing is rounded per CDR; VAT is rounded once per bill (or credit note), on its net.

/** n / d rounded half away from zero, exactly. The only money rounding there is. */
export function divRound(n: bigint, d: bigint): bigint {
  if (d <= 0n) throw new RangeError("divRound: the divisor must be positive");
  const q = (2n * (n < 0n ? -n : n) + d) / (2n * d);
  return n < 0n ? -q : q;
}

/** VAT of a net amount at a rate in basis points, rounded once. */
export const vatOf = (netMinor: bigint, rateBp: number): bigint => divRound(netMinor * BigInt(rateBp), 10_000n);
