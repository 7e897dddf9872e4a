import QtQuick
import Samen

// Spider web of self-assessments: one axis per life domain (score 0-10),
// the previous assessment drawn behind the current one.
Canvas {
    id: chart

    // [{label, score, previousScore}] in priority order; scores may be undefined.
    property var points: []
    // True when the axes carry numbers (1 = the first point) instead of names: the names did not fit.
    property bool numbered: false

    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Progress picture of your life domains")
    onPointsChanged: requestPaint()
    onWidthChanged: requestPaint()
    onHeightChanged: requestPaint()
    // Drawn again when the text size changes (settings), so the labels keep their room.
    readonly property real labelSize: Theme.fontSmall
    onLabelSizeChanged: requestPaint()

    function polygon(ctx, cx, cy, r, values) {
        const n = values.length;
        ctx.beginPath();
        for (let i = 0; i < n; ++i) {
            const v = values[i] === undefined || values[i] === null ? 0 : values[i];
            const angle = -Math.PI / 2 + 2 * Math.PI * i / n;
            const x = cx + Math.cos(angle) * r * v / 10;
            const y = cy + Math.sin(angle) * r * v / 10;
            if (i === 0)
                ctx.moveTo(x, y);
            else
                ctx.lineTo(x, y);
        }
        ctx.closePath();
    }

    // A label wider than maxWidth is split at the space nearest its middle.
    function labelLines(ctx, label, maxWidth) {
        if (ctx.measureText(label).width <= maxWidth || label.indexOf(" ") < 0)
            return [label];
        let best = -1;
        for (let i = 0; i < label.length; ++i) {
            if (label[i] === " " && (best < 0 || Math.abs(i - label.length / 2) < Math.abs(best - label.length / 2)))
                best = i;
        }
        return [label.slice(0, best), label.slice(best + 1)];
    }

    onPaint: {
        const ctx = getContext("2d");
        ctx.reset();
        const n = points.length;
        if (n < 3)
            return;
        const lineHeight = Math.round(Theme.fontSmall * 1.3);
        ctx.font = Math.round(Theme.fontSmall) + "px sans-serif";
        // Room for the labels: the chart shrinks so that no label is cut off. When even one word
        // of a label does not fit beside the smallest chart (large text on a phone), the axes
        // carry numbers and the list under the chart says which number is which domain.
        const gapBeside = Theme.fontBody * 0.6;
        const room = width / 2 - Theme.fontBody * 3 - gapBeside * 2;
        let longestWord = 0;
        for (const p of points)
            for (const word of String(p.label).split(" "))
                longestWord = Math.max(longestWord, ctx.measureText(word).width);
        chart.numbered = longestWord > room;
        const labels = chart.numbered ? points.map((p, i) => [String(i + 1)]) : points.map(p => labelLines(ctx, p.label, width * 0.2));
        let labelWidth = 0;
        for (const lines of labels)
            for (const line of lines)
                labelWidth = Math.max(labelWidth, ctx.measureText(line).width);
        const gap = Theme.fontBody * 0.6;
        const cx = width / 2;
        const cy = height / 2;
        const r = Math.max(Theme.fontBody * 3, Math.min(width / 2 - labelWidth - gap * 2, height / 2 - lineHeight * 2 - gap));
        ctx.lineWidth = 1;
        ctx.strokeStyle = Theme.border;
        for (let ring = 2; ring <= 10; ring += 2)
            { polygon(ctx, cx, cy, r, points.map(() => ring)); ctx.stroke(); }
        ctx.fillStyle = Theme.text;
        for (let i = 0; i < n; ++i) {
            const angle = -Math.PI / 2 + 2 * Math.PI * i / n;
            ctx.beginPath();
            ctx.moveTo(cx, cy);
            ctx.lineTo(cx + Math.cos(angle) * r, cy + Math.sin(angle) * r);
            ctx.stroke();
            const lx = cx + Math.cos(angle) * (r + gap);
            const ly = cy + Math.sin(angle) * (r + gap);
            ctx.textAlign = Math.abs(Math.cos(angle)) < 0.2 ? "center" : (Math.cos(angle) > 0 ? "left" : "right");
            ctx.textBaseline = "middle";
            const lines = labels[i];
            // Above the centre the lines grow upwards, below it downwards.
            const first = Math.sin(angle) < -0.2 ? ly - (lines.length - 1) * lineHeight - lineHeight / 2
                        : Math.sin(angle) > 0.2 ? ly + lineHeight / 2 : ly - (lines.length - 1) * lineHeight / 2;
            for (let l = 0; l < lines.length; ++l)
                ctx.fillText(lines[l], lx, first + l * lineHeight);
        }
        ctx.lineWidth = 2;
        ctx.setLineDash([6, 4]);
        ctx.strokeStyle = Theme.textMuted;
        ctx.fillStyle = Qt.rgba(0.29, 0.31, 0.35, 0.12);
        polygon(ctx, cx, cy, r, points.map(p => p.previousScore));
        ctx.fill();
        ctx.stroke();
        ctx.setLineDash([]);
        ctx.lineWidth = 3;
        ctx.strokeStyle = Theme.accent;
        ctx.fillStyle = Qt.rgba(0.12, 0.37, 0.55, 0.25);
        polygon(ctx, cx, cy, r, points.map(p => p.score));
        ctx.fill();
        ctx.stroke();
    }
}
