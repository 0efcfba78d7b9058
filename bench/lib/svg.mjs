// A hand-written SVG chart: one panel per section, a horizontal bar per row at the median with a
// whisker from min to max. No dependency: the chart is plain text anyone can diff.
import { fmtNum } from "./stats.mjs";

const W = 760;
const LABEL_W = 230;
const BAR_H = 18;
const GAP = 8;
const COLORS = ["#1db954", "#4a90d9", "#e0a030", "#c0504d", "#8064a2", "#4bacc6"];

const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function panel(chart, y0) {
  const bars = chart.bars.filter((b) => Number.isFinite(b.median));
  const max = Math.max(1e-9, ...bars.map((b) => b.max ?? b.median));
  const plotW = W - LABEL_W - 90;
  const x = (v) => LABEL_W + (v / max) * plotW;
  let y = y0 + 26;
  const parts = [`<text x="10" y="${y0 + 16}" font-size="14" font-weight="bold">${esc(chart.title)}</text>`];
  bars.forEach((b, i) => {
    const color = b.color ?? COLORS[i % COLORS.length];
    const mid = y + BAR_H / 2;
    parts.push(
      `<text x="${LABEL_W - 8}" y="${mid + 4}" font-size="12" text-anchor="end">${esc(b.label)}</text>`,
      `<rect x="${LABEL_W}" y="${y}" width="${Math.max(1, x(b.median) - LABEL_W).toFixed(1)}" height="${BAR_H}" fill="${color}" opacity="0.85"/>`,
    );
    if (Number.isFinite(b.min) && Number.isFinite(b.max) && b.max > b.min) {
      parts.push(
        `<line x1="${x(b.min).toFixed(1)}" x2="${x(b.max).toFixed(1)}" y1="${mid}" y2="${mid}" stroke="#222" stroke-width="1.5"/>`,
        `<line x1="${x(b.min).toFixed(1)}" x2="${x(b.min).toFixed(1)}" y1="${mid - 5}" y2="${mid + 5}" stroke="#222"/>`,
        `<line x1="${x(b.max).toFixed(1)}" x2="${x(b.max).toFixed(1)}" y1="${mid - 5}" y2="${mid + 5}" stroke="#222"/>`,
      );
    }
    parts.push(`<text x="${(Math.max(x(b.max ?? b.median), x(b.median)) + 6).toFixed(1)}" y="${mid + 4}" font-size="12">${esc(fmtNum(b.median, chart.digits))} ${esc(chart.unit)}</text>`);
    y += BAR_H + GAP;
  });
  if (bars.length === 0) {
    parts.push(`<text x="${LABEL_W}" y="${y + 12}" font-size="12" fill="#888">${esc(chart.empty ?? "not measured in this run")}</text>`);
    y += BAR_H + GAP;
  }
  return { svg: parts.join("\n"), height: y - y0 + 10 };
}

/** charts: [{ title, unit, bars: [{ label, median, min, max }] }]; footer: the machine line. */
export function renderSvg(charts, footer) {
  let y = 10;
  const panels = [];
  for (const c of charts) {
    const p = panel(c, y);
    panels.push(p.svg);
    y += p.height;
  }
  const h = y + 30;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${h}" viewBox="0 0 ${W} ${h}" font-family="Helvetica, Arial, sans-serif">
<rect width="100%" height="100%" fill="#fff"/>
${panels.join("\n")}
<text x="10" y="${h - 12}" font-size="11" fill="#555">${esc(footer)} · bar = median, whisker = min–max</text>
</svg>
`;
}
