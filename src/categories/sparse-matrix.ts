/** Rows of sparse feature vectors in compressed sparse row form: what the classifiers train on. */

export interface SparseVector {
  indices: Int32Array;
  values: Float64Array;
}

export interface SparseMatrix {
  rowCount: number;
  columnCount: number;
  /** Row `i` holds entries `rowStarts[i]` to `rowStarts[i + 1] - 1`. */
  rowStarts: Int32Array;
  indices: Int32Array;
  values: Float64Array;
}

export function toSparseMatrix(rows: readonly SparseVector[], columnCount: number): SparseMatrix {
  const rowStarts = new Int32Array(rows.length + 1);
  for (const [index, row] of rows.entries()) rowStarts[index + 1] = (rowStarts[index] ?? 0) + row.indices.length;
  const size = rowStarts[rows.length] ?? 0;
  const indices = new Int32Array(size);
  const values = new Float64Array(size);
  for (const [index, row] of rows.entries()) {
    indices.set(row.indices, rowStarts[index]);
    values.set(row.values, rowStarts[index]);
  }
  return { rowCount: rows.length, columnCount, rowStarts, indices, values };
}
