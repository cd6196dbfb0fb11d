"""Server-rendered SVG charts for the editors' dashboard: no script, no CDN.

Plain functions from numbers to an SVG string; every label is escaped.
"""

from collections.abc import Sequence

from django.utils.html import escape

PALETTE = (
    "#1f6feb", "#d97706", "#16a34a", "#dc2626", "#7c3aed",
    "#0891b2", "#db2777", "#65a30d", "#9333ea", "#525252",
)  # fmt: skip
WIDTH, HEIGHT, PAD_LEFT, PAD_BOTTOM, PAD_TOP = 720, 220, 44, 28, 12


def _frame(title: str, peak: int, body: list[str], legend: str = "") -> str:
    plot_h = HEIGHT - PAD_BOTTOM - PAD_TOP
    grid = []
    for step in range(5):
        value = round(peak * step / 4)
        y = HEIGHT - PAD_BOTTOM - plot_h * step / 4
        grid.append(
            f'<line x1="{PAD_LEFT}" x2="{WIDTH}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>'
            f'<text x="{PAD_LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{value}</text>'
        )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-label="{escape(title)}" class="chart"><title>{escape(title)}</title>'
        + "".join(grid)
        + "".join(body)
        + "</svg>"
        + legend
    )


def stacked_bars(
    title: str,
    labels: Sequence[str],
    series: dict[str, Sequence[int]],
    *,
    every: int = 6,
    legend: bool = True,
) -> str:
    """One bar per label (an hour), stacked by series (a source), with a legend."""
    totals = [sum(values[i] for values in series.values()) for i in range(len(labels))]
    peak = max([*totals, 1])
    plot_w = WIDTH - PAD_LEFT
    plot_h = HEIGHT - PAD_BOTTOM - PAD_TOP
    slot = plot_w / max(len(labels), 1)
    body: list[str] = []
    base = [0] * len(labels)
    for n, (name, values) in enumerate(series.items()):
        colour = PALETTE[n % len(PALETTE)]
        for i, value in enumerate(values):
            if not value:
                continue
            height = plot_h * value / peak
            y = HEIGHT - PAD_BOTTOM - plot_h * base[i] / peak - height
            x, width = PAD_LEFT + i * slot + 1, max(slot - 2, 1)
            body.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{width:.1f}" '
                f'height="{height:.1f}" fill="{colour}"><title>{escape(name)}, '
                f"{escape(labels[i])}: {value}</title></rect>"
            )
            base[i] += value
    for i, label in enumerate(labels):
        if i % every == 0:
            x = PAD_LEFT + i * slot + slot / 2
            body.append(
                f'<text x="{x:.1f}" y="{HEIGHT - 8}" text-anchor="middle">{escape(label)}</text>'
            )
    key = ""
    if legend and series:
        items = "".join(
            f'<li><span class="swatch" style="background:{PALETTE[n % len(PALETTE)]}"></span>'
            f"{escape(name)}</li>"
            for n, name in enumerate(series)
        )
        key = f'<ul class="chart-legend">{items}</ul>'
    return _frame(title, peak, body, key)


def bars(title: str, labels: Sequence[str], values: Sequence[int], *, every: int = 6) -> str:
    return stacked_bars(title, labels, {title: values}, every=every, legend=False)
