"""Regenerate the shipped catalogue of administrative units (`itplan_desktop/resources/units/`).

Run by a developer when the official list changes, never by the app:

    pip install vietnam-provinces==2025.10.1           # current units (GSO list, 2025-07-01)
    pip download vietnamadminunits==1.0.4 --no-deps -d /tmp/vau && unzip /tmp/vau/*.whl -d /tmp/vau
    python tools/units_catalogue.py --vau /tmp/vau/vietnamadminunits/data

Why the data is copied and neither package is a dependency: `vietnam-provinces` is
GPL-3.0-or-later (our app is MIT), and `vietnamadminunits` (MIT) imports shapely, geopy and tqdm
for address geocoding we do not need. The files written hold facts only — the codes, names and
kinds of the official list (Cục Thống kê) and which former commune became which current one.

- current units: `vietnam-provinces` (34 provinces, 3.321 communes, codes and kinds);
- former units (63 provinces, 696 districts, ~10.000 communes before 2025-07-01) and the
  former → current commune mapping: `vietnamadminunits` (`dataset.db`, `converter_2025.json`),
  its current-ward codes re-resolved against `vietnam-provinces` by province and name where
  the two lists differ.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "itplan_desktop" / "resources" / "units"
KINDS = {"thành phố trung ương": "thành phố"}


def _clean(text: str) -> str:
    return unicodedata.normalize("NFC", " ".join(text.split()))


def _short(name: str, kind: str) -> str:
    """ "Xã Như Xuân" with kind "xã" -> "Như Xuân"."""
    name = _clean(name)
    for prefix in (kind, "Thành phố", "Tỉnh"):
        if name.lower().startswith(prefix.lower() + " "):
            return name[len(prefix) + 1 :]
    return name


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFD", _clean(text).lower()).replace("đ", "d")
    return "".join(c for c in text if not unicodedata.combining(c) and c.isalnum())


def current_units() -> tuple[dict, dict[tuple[str, str], str]]:
    import vietnam_provinces

    nested = json.loads(vietnam_provinces.NESTED_DIVISIONS_JSON_PATH.read_text("utf-8"))
    provinces = []
    by_name: dict[tuple[str, str], str] = {}
    for p in sorted(nested, key=lambda p: p["code"]):
        kind = KINDS.get(p["division_type"], p["division_type"])
        code = f"{p['code']:02d}"
        communes = []
        for w in sorted(p["wards"], key=lambda w: w["code"]):
            wcode = f"{w['code']:05d}"
            communes.append([wcode, _short(w["name"], w["division_type"]), w["division_type"]])
            by_name[(code, _fold(w["name"]))] = wcode
        provinces.append(
            {"code": code, "name": _short(p["name"], kind), "kind": kind, "communes": communes}
        )
    data = {
        "format": "itplan-units",
        "version": 1,
        "in_force_from": "2025-07-01",
        "source": {
            "package": "vietnam-provinces",
            "version": vietnam_provinces.__version__,
            "data_version": vietnam_provinces.__data_version__,
            "authority": "Cục Thống kê (danh mục đơn vị hành chính)",
        },
        "provinces": provinces,
    }
    return data, by_name


def former_units(vau: Path, by_name: dict[tuple[str, str], str]) -> dict:
    db = sqlite3.connect(vau / "dataset.db")
    current_codes = {code for _p, code in by_name.items()}
    # vietnamadminunits' own current wards: (province key, ward key) -> our code
    new_code: dict[tuple[str, str], str] = {}
    for pcode, ward, wcode, pkey, wkey in db.execute(
        "SELECT provinceCode, ward, wardCode, provinceKey, wardKey FROM admin_units"
    ):
        code = wcode if wcode in current_codes else by_name.get((pcode, _fold(ward)))
        if code:
            new_code[(pkey, wkey)] = code
    conv = json.loads((vau / "converter_2025.json").read_text("utf-8"))
    successors: dict[str, list[str]] = {}
    for pkey, wards in conv["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for wkey, old_keys in wards.items():
            for old in old_keys:
                if (pkey, wkey) in new_code:
                    successors.setdefault(old, []).append(new_code[(pkey, wkey)])
    for pkey, olds in conv["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old, options in olds.items():
            ranked = sorted(options, key=lambda o: not o["isDefaultNewWard"])
            codes = [
                new_code[(pkey, o["newWardKey"])]
                for o in ranked
                if (pkey, o["newWardKey"]) in new_code
            ]
            successors[old] = list(dict.fromkeys(codes))
    provinces: dict[str, dict] = {}
    rows = db.execute(
        "SELECT provinceCode, provinceShort, province, districtCode, districtShort, districtType,"
        " wardCode, wardShort, wardType, provinceKey, districtKey, wardKey"
        " FROM admin_units_legacy ORDER BY provinceCode, districtCode, wardCode"
    )
    mapped = total = 0
    for pcode, pshort, pfull, dcode, dshort, dtype, wcode, wshort, wtype, pk, dk, wk in rows:
        province = provinces.setdefault(
            pcode,
            {
                "code": pcode,
                "name": _clean(pshort),
                "kind": "thành phố" if pfull.startswith("Thành phố") else "tỉnh",
                "districts": {},
            },
        )
        district = province["districts"].setdefault(
            dcode, {"code": dcode, "name": _clean(dshort), "kind": dtype.lower(), "communes": []}
        )
        key = f"{pk}_{dk}_{wk or ''}"
        if wcode:
            total += 1
            succ = successors.get(key, [])
            mapped += bool(succ)
            district["communes"].append([wcode, _clean(wshort), wtype.lower(), *succ])
        elif key in successors:  # an island district without communes became a đặc khu
            district["successors"] = successors[key]
    for province in provinces.values():
        province["districts"] = list(province["districts"].values())
    print(f"former communes: {total}, mapped to a current commune: {mapped}")
    return {
        "format": "itplan-former-units",
        "version": 1,
        "ceased_on": "2025-07-01",
        "source": {
            "package": "vietnamadminunits",
            "version": "1.0.4",
            "licence": "MIT",
            "note": "commune rows: [code, name, kind, current code(s)…], the first the default",
        },
        "provinces": list(provinces.values()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vau", type=Path, required=True, help="vietnamadminunits/data folder")
    args = parser.parse_args()
    current, by_name = current_units()
    former = former_units(args.vau, by_name)
    OUT.mkdir(parents=True, exist_ok=True)
    for name, data in (("current.json", current), ("former.json", former)):
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        (OUT / name).write_text(text + "\n", "utf-8")
        print(name, len(text.encode()), "bytes")


if __name__ == "__main__":
    main()
