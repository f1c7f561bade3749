import { localTimeOf, zoneNameAt } from "@meetstream/core/clock/local-time";
import { useLayoutEffect, useRef, useState } from "react";
import type { TimelinePoint } from "./meetup-documents";

/**
 * The chart is drawn in the pixels of the box it gets (measured, and again when it changes), not scaled
 * from a fixed drawing: scaled down to a phone's width, 12 px axis text came out at 5 px.
 */
const initialWidth = 640;
const narrowestWidth = 240;
const height = 260;
const margin = { top: 16, right: 16, bottom: 40, left: 40 };
/** The axis text is 12 px: a date label's characters average no more than 7 px wide. */
const labelCharacterWidth = 7;
const lineHeight = 16;

const series = [
  { key: "confirmed", label: "Confirmed", className: "chart-line chart-line--confirmed" },
  { key: "checkedIn", label: "Checked in", className: "chart-line chart-line--checked-in" },
  { key: "waitlisted", label: "Waitlisted", className: "chart-line chart-line--waitlisted" },
] as const;

/** A step path through the points: each value holds until the next change. */
export function stepPath(points: readonly { x: number; y: number }[], endX: number): string {
  if (points.length === 0) return "";
  const [first, ...rest] = points;
  let path = `M${first?.x ?? 0},${first?.y ?? 0}`;
  for (const point of rest) {
    path += ` H${point.x} V${point.y}`;
  }
  return `${path} H${endX}`;
}

/** The box's width in CSS pixels, from the first layout on. */
function useWidthOf<Element extends HTMLElement>() {
  const reference = useRef<Element>(null);
  const [width, setWidth] = useState(initialWidth);
  useLayoutEffect(() => {
    const element = reference.current;
    if (!element) return;
    const measure = () => setWidth(Math.max(narrowestWidth, Math.round(element.clientWidth)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [reference, width] as const;
}

/**
 * The span the chart covers: from the first change to the last. The axis and the caption both say these
 * two instants; a single change still gets a minute, so its step can be seen.
 */
export function timeRangeOf(timeline: readonly TimelinePoint[]): { start: number; end: number } {
  const times = timeline.map((point) => new Date(point.at).getTime());
  const start = Math.min(...times);
  return { start, end: Math.max(...times, start + 60_000) };
}

/**
 * The axis's two date labels, in the meetup's zone (said once, beside the chart), and whether they fit on
 * one line: on a phone the end's label goes under the start's rather than over it.
 */
export function axisLabelsOf(
  range: { start: number; end: number },
  timeZone: string,
  plotWidth: number,
): { start: string; end: string; zone: string; stacked: boolean } {
  const [start, end] = [range.start, range.end].map((time) => new Date(time).toISOString()) as [
    string,
    string,
  ];
  const label = (instant: string) => localTimeOf(instant, timeZone, { year: false, zoneName: false });
  const zones = Array.from(new Set([zoneNameAt(start, timeZone), zoneNameAt(end, timeZone)]));
  const width = (text: string) => text.length * labelCharacterWidth;
  return {
    start: label(start),
    end: label(end),
    zone: zones.join(" and "),
    stacked: width(label(start)) + width(label(end)) + 2 * labelCharacterWidth > plotWidth,
  };
}

/**
 * People over time, guests included, as the seats count them: confirmed against checked in (and the
 * waitlist), an inline SVG step chart in the meetup's time zone.
 */
export function AttendanceChart({
  timeline,
  title,
  timeZone,
}: {
  timeline: readonly TimelinePoint[];
  title: string;
  timeZone: string;
}) {
  if (timeline.length === 0) {
    return <p className="muted">No RSVPs yet: the chart starts with the first one.</p>;
  }
  return <TimelineChart timeline={timeline} title={title} timeZone={timeZone} />;
}

function TimelineChart({
  timeline,
  title,
  timeZone,
}: {
  timeline: readonly TimelinePoint[];
  title: string;
  timeZone: string;
}) {
  const [figure, width] = useWidthOf<HTMLElement>();
  const range = timeRangeOf(timeline);
  const { start, end } = range;
  const labels = axisLabelsOf(range, timeZone, width - margin.left - margin.right);
  const chartHeight = labels.stacked ? height + lineHeight : height;
  const span = end - start;
  const top = Math.max(
    1,
    ...timeline.flatMap((point) => [point.confirmed, point.checkedIn, point.waitlisted]),
  );
  const x = (time: number) => margin.left + ((time - start) / span) * (width - margin.left - margin.right);
  const y = (value: number) => height - margin.bottom - (value / top) * (height - margin.top - margin.bottom);
  const ticks = Array.from(new Set([0, Math.round(top / 2), top]));
  const last = timeline.at(-1) ?? timeline[0];
  const summary = `${timeline.length} ${timeline.length === 1 ? "change" : "changes"} from ${localTimeOf(
    new Date(start).toISOString(),
    timeZone,
  )} to ${localTimeOf(new Date(end).toISOString(), timeZone)}. Now ${last?.confirmed ?? 0} confirmed, ${
    last?.checkedIn ?? 0
  } checked in and ${last?.waitlisted ?? 0} waitlisted; at most ${Math.max(
    ...timeline.map((point) => point.confirmed),
  )} confirmed at once. People are counted with their guests.`;

  return (
    <figure className="chart" ref={figure}>
      <svg
        viewBox={`0 0 ${width} ${chartHeight}`}
        role="img"
        aria-labelledby="chart-title chart-summary"
        className="chart__svg"
      >
        <title id="chart-title">{title}</title>
        {ticks.map((tick) => (
          <g key={tick}>
            <line
              x1={margin.left}
              x2={width - margin.right}
              y1={y(tick)}
              y2={y(tick)}
              className="chart-grid"
            />
            <text
              x={margin.left - 8}
              y={y(tick)}
              className="chart-label"
              textAnchor="end"
              dominantBaseline="middle"
            >
              {tick}
            </text>
          </g>
        ))}
        <line
          x1={margin.left}
          x2={width - margin.right}
          y1={height - margin.bottom}
          y2={height - margin.bottom}
          className="chart-axis"
        />
        <line
          x1={margin.left}
          x2={margin.left}
          y1={margin.top}
          y2={height - margin.bottom}
          className="chart-axis"
        />
        <text x={margin.left} y={height - margin.bottom + 20} className="chart-label" textAnchor="start">
          {labels.start}
        </text>
        <text
          x={width - margin.right}
          y={height - margin.bottom + 20 + (labels.stacked ? lineHeight : 0)}
          className="chart-label"
          textAnchor="end"
        >
          {labels.end}
        </text>
        <text
          x={12}
          y={margin.top}
          className="chart-label"
          transform={`rotate(-90 12 ${margin.top})`}
          textAnchor="end"
        >
          People, guests included
        </text>
        {series.map((line) => (
          <path
            key={line.key}
            className={line.className}
            d={stepPath(
              timeline.map((point) => ({ x: x(new Date(point.at).getTime()), y: y(point[line.key]) })),
              x(end),
            )}
          />
        ))}
      </svg>
      <figcaption>
        <ul className="chart-legend">
          {series.map((line) => (
            <li key={line.key}>
              <span className={`chart-key ${line.className}`} aria-hidden="true" />
              {line.label}
            </li>
          ))}
        </ul>
        <p className="muted">
          Times in {timeZone} ({labels.zone}), the meetup’s time zone.
        </p>
        <p id="chart-summary">{summary}</p>
      </figcaption>
    </figure>
  );
}
