/** Exact decimal scaling for amounts: `1.25` × 10⁹ → `1250000000`, with no floating-point rounding. */

/** `value` (ASCII digits, optional `.` fraction) times 10^`exponent`, written without needless zeros. */
export function scaleDecimal(value: string, exponent: number): string {
  const [whole = '0', fraction = ''] = value.split('.');
  const digits = whole + fraction;
  let point = whole.length + exponent;
  const padded = point > digits.length ? digits.padEnd(point, '0') : digits;
  point = Math.max(point, 0);
  const integer = padded.slice(0, point).replace(/^0+(?=\d)/, '') || '0';
  const rest = padded.slice(point).replace(/0+$/, '');
  return rest === '' ? integer : `${integer}.${rest}`;
}

/** `value` × `factor` for a small whole factor (the dual `ملياري` is 2 × 10⁹). */
export function multiplyDecimal(value: string, factor: number): string {
  const [whole = '0', fraction = ''] = value.split('.');
  const product = BigInt(whole + fraction) * BigInt(factor);
  return scaleDecimal(product.toString(), -fraction.length);
}
