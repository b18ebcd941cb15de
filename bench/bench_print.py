"""Printing benchmark (issue 14): the 9-page Như Xuân plan printed to a PDF-file printer
through the app's print path (`gui.shell.printing.print_pages`: QtPdf renders each page at
the printer resolution capped at 300 dpi, painted on a QPrinter), in a child process so its
peak memory (VmHWM: Qt, the PDF engine and the page images) is its own.

    python -m bench.run print

Target: ≤ 2 s and ≤ 300 MB peak for the 9 pages (before: 35 s and 1,6 GB, every page at
1200 dpi on the GUI thread). The PDF export itself is measured by bench_pdf.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from .harness import Result

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5
TARGET = "≤ 2 s, peak ≤ 300 MB"

CHILD = """
import json, statistics, sys, tempfile, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from PySide6.QtPrintSupport import QPrinter
app = QApplication([])
from itplan_desktop.formats.plan_file import read_plan_file
from itplan_desktop.paths import samples_dir
from itplan_desktop.services.pdf_export import export_plan_pdf
from itplan_desktop.gui.shell.printing import print_pages
folder = Path(tempfile.mkdtemp(prefix='itplan-bench-print-'))
plan = read_plan_file(samples_dir() / 'nhu_xuan_2016_2020.itplan.json').plan
source = export_plan_pdf(plan, folder / 'plan.pdf')
times, cpu, pages = [], [], 0
for run in range(int(sys.argv[1])):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(folder / f'printed-{run}.pdf'))
    started, started_cpu = time.perf_counter(), time.process_time()
    pages = print_pages(source, printer, list(range(9)))
    times.append(time.perf_counter() - started)
    cpu.append(time.process_time() - started_cpu)
with open('/proc/self/status') as status:
    peak = next(int(l.split()[1]) for l in status if l.startswith('VmHWM:'))
print(json.dumps({'times': times, 'cpu': cpu, 'pages': pages, 'peak_kb': peak,
                  'dpi': printer.resolution(),
                  'size_kb': (folder / 'printed-0.pdf').stat().st_size // 1024}))
"""


def measure(runs: int = RUNS) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    output = subprocess.run(
        [sys.executable, "-c", CHILD, str(runs)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def run() -> list[Result]:
    import statistics

    data = measure()
    median = statistics.median(data["times"])
    peak_mb = data["peak_kb"] / 1024
    return [
        Result(
            f"print {data['pages']}-page Như Xuân plan to a PDF-file printer",
            median,
            len(data["times"]),
            target=TARGET,
            extra=(
                f"CPU {statistics.median(data['cpu']):.2f} s (wall time grows with the machine's "
                f"load); peak {peak_mb:.0f} MB (whole process); printer {data['dpi']} dpi, pages "
                f"rendered at 300 dpi; output {data['size_kb']} KB"
            ),
        )
    ]


if __name__ == "__main__":
    for result in run():
        print(result)
