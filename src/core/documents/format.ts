/** 7.25 → «7,3»; whole numbers without a comma. */
export function formatNumber(value: number, digits = 1): string {
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor) / factor;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(digits).replace('.', ',');
}

export function formatPercent(share: number): string {
  return `${Math.round(share * 100)} %`;
}
