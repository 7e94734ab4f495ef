"""Hostile floor backgrounds: each a function writing one file into a folder."""

from __future__ import annotations

import struct
from pathlib import Path

from tests.planner.factories import png_bytes

SVG_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
SVG_OPEN = (
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
    'width="400" height="300" viewBox="0 0 400 300">'
)


def huge_png(folder: Path) -> Path:
    """900 bytes declaring 100,000 × 100,000 pixels (40 GB decoded)."""
    path = folder / "plan-100000x100000.png"
    path.write_bytes(png_bytes(100_000, 100_000, rows=1))
    return path


def huge_jpeg(folder: Path) -> Path:
    """A JPEG header declaring 65,535 × 65,535 pixels."""
    path = folder / "plan-65535.jpg"
    frame = struct.pack(">BHHB", 8, 65535, 65535, 3) + b"\x01\x11\x00\x02\x11\x00\x03\x11\x00"
    path.write_bytes(
        b"\xff\xd8"
        + b"\xff\xe0"
        + struct.pack(">H", 16)
        + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
        + b"\xff\xc0"
        + struct.pack(">H", 2 + len(frame))
        + frame
        + b"\xff\xd9"
    )
    return path


def damaged_png(folder: Path) -> Path:
    path = folder / "damaged.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(40))
    return path


def broken_svg(folder: Path) -> Path:
    """A drawing cut off in the middle of its third line."""
    path = folder / "broken.svg"
    path.write_text(f'{SVG_HEAD}{SVG_OPEN}\n<rect x="1" y="1" width="10" heig', encoding="utf-8")
    return path


def not_an_svg(folder: Path) -> Path:
    path = folder / "page.svg"
    path.write_text(f"{SVG_HEAD}<html><body><svg/></body></html>", encoding="utf-8")
    return path


def billion_laughs(folder: Path) -> Path:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    path = folder / "laughs.svg"
    path.write_text(
        f"{SVG_HEAD}<!DOCTYPE svg [{entities}]>\n{SVG_OPEN}<text>&lol9;</text></svg>",
        encoding="utf-8",
    )
    return path


def external_references(folder: Path, port: int) -> dict[str, Path]:
    """One drawing per way an SVG can name something outside itself."""
    base = f"http://127.0.0.1:{port}"
    local = folder / "secret.png"
    local.write_bytes(png_bytes(8, 8))
    bodies = {
        "image-http": f'<image xlink:href="{base}/plan.png" width="400" height="300"/>',
        "image-href-https": f'<image href="{base.replace("http", "https")}/p.png" width="9"/>',
        "image-local-file": f'<image xlink:href="{local}" width="400" height="300"/>',
        "image-file-uri": f'<image xlink:href="{local.as_uri()}" width="400" height="300"/>',
        "image-relative": '<image xlink:href="secret.png" width="400" height="300"/>',
        "use-other-file": f'<use xlink:href="{base}/symbols.svg#desk"/>',
        "css-import": f"<style>@import url({base}/style.css); rect {{ fill: red }}</style>",
        "css-url": f'<rect width="9" height="9" style="fill: url({base}/paint.svg#p)"/>',
        "fill-url": f'<rect width="9" height="9" fill="url({base}/paint.svg#p)"/>',
        "filter-image": (
            f'<filter id="f"><feImage xlink:href="{base}/texture.png"/></filter>'
            '<rect width="9" height="9" filter="url(#f)"/>'
        ),
    }
    paths = {}
    for name, body in bodies.items():
        path = folder / f"external-{name}.svg"
        path.write_text(f"{SVG_HEAD}{SVG_OPEN}{body}</svg>", encoding="utf-8")
        paths[name] = path
    return paths


def inner_references_only(folder: Path) -> Path:
    """What a drawing may refer to: its own parts (#id) and embedded data."""
    path = folder / "plan.svg"
    path.write_text(
        f'{SVG_HEAD}<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
        '"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n'
        f'{SVG_OPEN}<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/>'
        '</linearGradient><rect id="desk" width="16" height="8"/></defs>'
        '<rect width="400" height="300" fill="url(#g)"/><use xlink:href="#desk" x="20" y="20"/>'
        '<image width="8" height="8" xlink:href="data:image/png;base64,iVBORw0KGgo="/>'
        "</svg>",
        encoding="utf-8",
    )
    return path


def enormous_svg(folder: Path) -> Path:
    """A well-formed drawing claiming to be 100,000,000 units square."""
    path = folder / "enormous.svg"
    path.write_text(
        f'{SVG_HEAD}<svg xmlns="http://www.w3.org/2000/svg" width="100000000" '
        'height="100000000"><rect width="50000000" height="50000000" fill="#888"/></svg>',
        encoding="utf-8",
    )
    return path
