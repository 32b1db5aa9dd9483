/** The name of a conversion as conversion-gen spells it (lower-case `convert`, kubegen's contract): `convert_v1alpha1_Flunder_To_wardle_Flunder`. */
export function convertFunctionName(from: string, to: string, type: string): string {
  return `convert_${from}_${type}_To_${to}_${type}`;
}

/** The field-by-field variant that hand-written conversions call: `autoConvert_v1alpha1_Flunder_To_wardle_Flunder`. */
export function autoConvertFunctionName(from: string, to: string, type: string): string {
  return `autoConvert_${from}_${type}_To_${to}_${type}`;
}

/** Optimal-string-alignment distance, case-insensitive, for near-miss function names. */
export function nameDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  const rows: number[][] = [];
  for (let i = 0; i <= x.length; i++) rows.push(Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      let best = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) best = Math.min(best, rows[i - 2][j - 2] + 1);
      rows[i][j] = best;
    }
  }
  return rows[x.length][y.length];
}
