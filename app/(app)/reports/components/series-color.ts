/** The reports' series colours (server and client alike), in order of the series. */
const PALETTE = [
  "#4f46e5",
  "#16a34a",
  "#ea580c",
  "#0891b2",
  "#be123c",
  "#7c3aed",
  "#ca8a04",
  "#475569",
];

export const seriesColor = (i: number) => PALETTE[i % PALETTE.length] ?? "#4f46e5";
