import pytest

from conftest import doc_of
from vnkg.extract.dates import find_dates, resolve


@pytest.mark.parametrize("text,day,month,year", [
    ("Sáng 14/6, Ban Thường vụ tổ chức họp", 14, 6, None),
    ("Ngày 6-4, UBND huyện họp", 6, 4, None),
    ("Chiều ngày 6/7 tổ chức", 6, 7, None),
    ("ngày 19 - 12, UBND tỉnh họp", 19, 12, None),
    ("Ngày 17 – 9, UBND tỉnh họp", 17, 9, None),
    ("Sáng 8.9, UBND thành phố tổ chức lễ", 8, 9, None),
    ("Sáng ngày 26 tháng 6 năm 2020, hội nghị", 26, 6, 2020),
    ("Sáng 30/6/2021, HĐND xã tổ chức kỳ họp", 30, 6, 2021),
    ("diễn ra từ ngày 17 - 19.6", 17, 6, None),
])
def test_day_month_shapes(text, day, month, year):
    (d,) = find_dates(text.lower())
    assert (d.day, d.month, d.year) == (day, month, year)


@pytest.mark.parametrize("text", ["nhiệm kỳ 2020-2025", "tháng 8/2020", "đạt 58,67 tạ/ha", "2.200 ha",
                                  "Nghị định số 178/2024/NĐ-CP"])
def test_not_dates(text):
    assert find_dates(text.lower()) == []


def test_year_from_published_url_header_or_text():
    assert resolve(doc_of("Sáng 14/6, họp.", published="2022-06-20"), find_dates("sáng 14/6")[0]) == "2022-06-14"
    assert resolve(doc_of("Sáng 14/6, họp.", url="https://x.vn/tin/202006/a"), find_dates("14/6")[0]) == "2020-06-14"
    assert resolve(doc_of("Tin 21:27 27/06/2020\nSáng 26/6, họp."), find_dates("26/6")[0]) == "2020-06-26"
    assert resolve(doc_of("Sáng 14/6, họp. Vụ xuân năm 2022 thắng lợi."), find_dates("14/6")[0]) == "2022-06-14"
    assert resolve(doc_of("Họp thường kỳ tháng 8/2020\nNgày 17/8, họp."), find_dates("17/8")[0]) == "2020-08-17"
    assert resolve(doc_of("Sáng 14/6, họp nhiệm kỳ 2020-2025."), find_dates("14/6")[0]) == "--06-14"
    # a date in late December in an article published in early January is last year's
    assert resolve(doc_of("Ngày 30/12, họp.", published="2021-01-04"), find_dates("30/12")[0]) == "2020-12-30"
