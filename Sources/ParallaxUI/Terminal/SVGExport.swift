import Foundation

/// Renders a grid as an SVG picture of a dark terminal, colours kept.
public enum SVGExport {
    /// Width of one cell in SVG units.
    static let cellWidth = 8.4
    /// Height of one cell in SVG units.
    static let cellHeight = 17.0
    /// The eight base colours, then their bright forms.
    static let palette = ["#1e1e2e", "#e06c75", "#98c379", "#e5c07b", "#61afef", "#c678dd", "#56b6c2", "#dcdfe4",
                          "#5c6370", "#ff7a85", "#b5e890", "#ffd68a", "#82c4ff", "#de9cf0", "#7fd7e3", "#ffffff"]
    /// Text colour when a style gives none.
    static let defaultForeground = "#dcdfe4"
    /// Background when a style gives none.
    static let defaultBackground = "#1e1e2e"

    /// The grid as a standalone SVG document.
    public static func svg(_ grid: CellGrid) -> String {
        let w = Double(grid.width) * cellWidth, h = Double(grid.height) * cellHeight
        var out = """
        <svg xmlns="http://www.w3.org/2000/svg" width="\(fmt(w))" height="\(fmt(h))" viewBox="0 0 \(fmt(w)) \(fmt(h))">
        <rect width="100%" height="100%" fill="\(defaultBackground)"/>
        <g font-family="DejaVu Sans Mono, Menlo, Consolas, monospace" font-size="14" xml:space="preserve">

        """
        for y in 0..<grid.height { out += row(grid, y) }
        out += "</g>\n</svg>\n"
        return out
    }

    /// Foreground and background of a style, reverse applied.
    static func colors(_ style: Style) -> (fg: String, bg: String?) {
        var fg = style.fg.map { palette[$0.rawValue] } ?? defaultForeground
        var bg = style.bg.map { palette[$0.rawValue] }
        if style.reverse { (fg, bg) = (bg ?? defaultBackground, fg) }
        return (fg, bg)
    }

    /// One row of the grid as SVG background rectangles and text runs.
    static func row(_ grid: CellGrid, _ y: Int) -> String {
        var out = ""
        var x = 0
        let baseline = Double(y) * cellHeight + cellHeight * 0.78
        while x < grid.width {
            let style = grid[x, y].style
            var end = x
            var text = ""
            while end < grid.width, grid[end, y].style == style {
                text += grid[end, y].text
                end += 1
            }
            let (fg, bg) = colors(style)
            if let bg {
                out += "<rect x=\"\(fmt(Double(x) * cellWidth))\" y=\"\(fmt(Double(y) * cellHeight))\" "
                    + "width=\"\(fmt(Double(end - x) * cellWidth))\" height=\"\(fmt(cellHeight))\" fill=\"\(bg)\"/>\n"
            }
            if text.contains(where: { $0 != " " }) {
                var attrs = "x=\"\(fmt(Double(x) * cellWidth))\" y=\"\(fmt(baseline))\" fill=\"\(fg)\""
                if style.bold { attrs += " font-weight=\"bold\"" }
                if style.dim { attrs += " fill-opacity=\"0.6\"" }
                if style.underline { attrs += " text-decoration=\"underline\"" }
                attrs += " textLength=\"\(fmt(Double(end - x) * cellWidth))\" lengthAdjust=\"spacingAndGlyphs\""
                out += "<text \(attrs)>\(escape(text))</text>\n"
            }
            x = end
        }
        return out
    }

    /// Text escaped for XML.
    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    /// A coordinate with at most one decimal.
    static func fmt(_ v: Double) -> String {
        let rounded = (v * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
