"""File ▸ Print… (Ctrl+P) prints the floor's seating chart on the paper chosen as vectors,
and the plan's current view exports as PNG or as a vector PDF."""

from __future__ import annotations

import subprocess

from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog

from tests.planner.export.pdfcheck import reader
from tests.ui.conftest import open_page
from ui.floorplan.print_chart import ChartOptions, export_view


def images_in(path) -> int:
    listed = subprocess.run(
        ["pdfimages", "-list", str(path)], check=True, capture_output=True, text=True
    ).stdout.splitlines()
    return len(listed) - 2  # two header lines


def test_ctrl_p_prints_the_floors_chart_on_a4_as_vectors(qtbot, window, tmp_path, monkeypatch):
    printed = tmp_path / "spooled.pdf"
    seating = open_page(qtbot, window, "seating")
    plan = seating.floor_page
    plan.floor_combo.setCurrentIndex(1)  # 3층
    names = [d.occupant.name_ko for d in plan.scene.desk_layer.desks if d.occupant]

    def choose(dialog: ChartOptions) -> int:
        assert dialog.floor.currentText() == "3층"  # the floor the plan shows
        assert dialog.day.date().toPython() == plan.day()
        dialog.paper.setCurrentIndex(dialog.paper.findData("A4"))
        dialog.accept()
        return QDialog.DialogCode.Accepted

    def to_file(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        assert printer.pageLayout().pageSize().id() == printer.pageLayout().pageSize().PageSizeId.A4
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ChartOptions, "exec", choose)
    monkeypatch.setattr(QPrintDialog, "exec", to_file)
    print_action = window.menus.print_chart
    assert QKeySequence("Ctrl+P") in print_action.shortcuts()
    print_action.trigger()
    qtbot.waitUntil(lambda: window.chart_printing.last_complete is not None, timeout=120_000)
    assert window.chart_printing.last_complete
    text = subprocess.run(
        ["pdftotext", str(printed), "-"], check=True, capture_output=True, text=True
    ).stdout
    squeezed = "".join(text.split())
    assert "3층좌석배치도" in squeezed
    assert sum(name in squeezed for name in names) >= 0.9 * len(names)  # text, not a picture
    assert images_in(printed) == 0
    box = reader(printed).pages[0].mediabox
    assert sorted((round(float(box.width)), round(float(box.height)))) == [595, 842]  # A4


def test_the_plans_view_exports_as_png_and_vector_pdf(qtbot, page, tmp_path):
    page.view.set_zoom(1.0)
    seated = next(d for d in page.scene.desk_layer.desks if d.occupant)
    page.view.centre_on_desk(seated.id, zoom=False)
    png, pdf = tmp_path / "view.png", tmp_path / "view.pdf"
    export_view(page.view, png)
    image = QImage(str(png))
    assert image.width() == 2 * page.view.viewport().width()  # twice the screen's pixels
    export_view(page.view, pdf)
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert seated.occupant.name_ko in "".join(text.split())
    assert images_in(pdf) == 0  # the desks and names as paths and text
