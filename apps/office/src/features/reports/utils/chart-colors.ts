/** Chart colours: the console's brand and accent, and a green for "doing well"; each ≥ 3:1 on white. */
export const chartColors = {
  brand: '#274b7a',
  accent: '#c4581c',
  success: '#067647',
  sky: '#3f7cc4',
  muted: '#8a94a3',
  grid: '#dfe3e8',
  axis: '#5f6875',
} as const;
