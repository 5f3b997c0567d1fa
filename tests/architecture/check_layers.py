#!/usr/bin/env python3
"""Checks that core/ keeps its layers.

Reads relance_layers.txt (written by core/CMakeLists.txt: each layer's
target, the targets it links, its files) and fails when
- the targets link each other in a circle, or
- a file includes a core header of a layer its own layer does not link
  (directly or through another layer), or
- a core file is included but listed in no layer, or
- a file uses a library (Qt Gui, Qt Sql, Qt PrintSupport, Qt Widgets, Poco,
  libcups) that its layer does not link: each layer links only what it uses,
  so nothing may reach a library through another layer by accident.

usage: check_layers.py build/relance_layers.txt path/to/core
"""
import os
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
SYSTEM_INCLUDE = re.compile(r'^\s*#\s*include\s+<([^>]+)>', re.M)

# Which linked library a system header belongs to. The Qt Gui list holds
# the classes core uses or could reach for; a new one belongs here.
LIBRARIES = [
    ("Qt6::Widgets", re.compile(r"^(QtWidgets/|Q(Widget|Application|Dialog|MessageBox|"
                                r"AbstractButton|PushButton|Label|LineEdit|MainWindow)$)")),
    ("Qt6::PrintSupport", re.compile(r"^(QtPrintSupport/|QPrint|QPageSetupDialog)")),
    # The dashboard's charts: the desktop's only (relance_ui).
    ("Qt6::Charts", re.compile(r"^(QtCharts/|Q(Chart|ChartView|BarSet|BarSeries|LineSeries|"
                               r"ScatterSeries|ValueAxis|BarCategoryAxis|PieSeries)$)")),
    ("Qt6::Gui", re.compile(r"^(QtGui/|Q(Image|ImageReader|ImageWriter|Painter|PainterPath|"
                            r"PdfWriter|PagedPaintDevice|PaintDevice|Color|Font|FontMetrics|"
                            r"FontMetricsF|FontDatabase|Pen|Brush|Pixmap|Icon|Transform|"
                            r"TextDocument|TextCursor|TextBlock|TextLayout|TextOption|TextFormat|"
                            r"TextCharFormat|TextFrame|TextTable|AbstractTextDocumentLayout|"
                            r"GuiApplication|PageSize|PageLayout|PageRanges|Polygon|PolygonF|"
                            r"Region|RawFont|GlyphRun|Validator|IntValidator|DoubleValidator|"
                            r"RegularExpressionValidator|StandardItemModel|Desktop|Clipboard)$)")),
    ("Qt6::Sql", re.compile(r"^(QtSql/|QSql)")),
    ("Poco::", re.compile(r"^Poco/")),
    ("Cups::Cups", re.compile(r"^cups/")),
]


def read_layers(path):
    layers = {}
    current = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            key, _, value = line.rstrip("\n").partition(" ")
            items = [v for v in value.split(";") if v]
            if key == "target":
                current = value
                layers[current] = {"links": [], "sources": []}
            elif key in ("links", "sources"):
                layers[current][key] = items
    return layers


def main():
    layers = read_layers(sys.argv[1])
    core = os.path.realpath(sys.argv[2])
    problems = []

    direct = {t: [l for l in v["links"] if l in layers] for t, v in layers.items()}
    below = {}
    for t in layers:
        seen, todo = set(), list(direct[t])
        while todo:
            d = todo.pop()
            if d not in seen:
                seen.add(d)
                todo.extend(direct[d])
        below[t] = seen
        if t in seen:
            problems.append(f"{t} links itself through other layers: the layers form a circle")

    # Every library a layer links, through the layers below it too.
    libraries = {t: set(layers[t]["links"]).union(*(layers[d]["links"] for d in below[t]))
                 for t in layers}

    owner = {}
    for t, v in layers.items():
        for s in v["sources"]:
            path = os.path.realpath(s if os.path.isabs(s) else os.path.join(core, s))
            if path.startswith(core + os.sep):
                if path in owner and owner[path] != t:
                    problems.append(f"{os.path.relpath(path, core)} is listed in {owner[path]} and {t}")
                owner[path] = t

    for path, t in sorted(owner.items()):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        for name in INCLUDE.findall(text):
            target = os.path.realpath(
                os.path.join(core, name) if "/" in name else os.path.join(os.path.dirname(path), name))
            if not os.path.exists(target):
                continue
            if not target.startswith(core + os.sep):
                continue
            shown = os.path.relpath(path, core)
            u = owner.get(target)
            if u is None:
                problems.append(f"{shown} includes {name}, which no layer lists (add it to its "
                                f"folder's CMakeLists.txt)")
            elif u != t and u not in below[t]:
                problems.append(f"{shown} ({t}) includes {name} ({u}), which {t} does not link: "
                                f"a layer may use only the layers below it")

        for name in SYSTEM_INCLUDE.findall(text):
            for library, pattern in LIBRARIES:
                # "Poco::" stands for any of Poco's libraries.
                linked = any(l == library or (library.endswith("::") and l.startswith(library))
                             for l in libraries[t])
                if pattern.match(name) and not linked:
                    problems.append(f"{os.path.relpath(path, core)} ({t}) includes <{name}>, "
                                    f"but {t} does not link {library}")

    if problems:
        print("\n".join(problems))
        return 1
    print(f"{len(owner)} files in {len(layers)} layers, every include goes down")
    return 0


if __name__ == "__main__":
    sys.exit(main())
