interface Series {
  labels: Array<{ name: string; value: string }>;
  points: Array<{ time: string; value: number | null }>;
}

/**
 * SVG path data for each series on one shared scale: time across, value up. Points without a
 * number (NaN, infinities come back null) break the line instead of dropping to zero.
 */
export function chartPaths(series: Series[], width: number, height: number) {
  const points = series.flatMap((s) => s.points);
  const times = points.map((p) => Date.parse(p.time));
  const values = points.flatMap((p) => (p.value === null ? [] : [p.value]));
  const [t0, t1] = [Math.min(...times), Math.max(...times)];
  const [v0, v1] = values.length ? [Math.min(0, ...values), Math.max(...values)] : [0, 1];
  const x = (time: string) => (t1 === t0 ? width / 2 : ((Date.parse(time) - t0) / (t1 - t0)) * width);
  const y = (value: number) => (v1 === v0 ? height / 2 : height - ((value - v0) / (v1 - v0)) * height);
  const lines = series.map((s, index) => {
    let pen = 'M';
    const d = s.points
      .map((point) => {
        if (point.value === null) {
          pen = 'M';
          return '';
        }
        const step = `${pen}${x(point.time).toFixed(1)},${y(point.value).toFixed(1)}`;
        pen = 'L';
        return step;
      })
      .filter(Boolean)
      .join(' ');
    const label = s.labels.map((l) => `${l.name}=${l.value}`).join(',') || `series ${index + 1}`;
    return { label, d };
  });
  return { lines, min: v0, max: v1 };
}
