/** Where audit data is read from: a whole sheet's used range, or an Excel table (header row included). */
export type GridSource = { kind: "sheet"; sheet: string } | { kind: "table"; table: string };
