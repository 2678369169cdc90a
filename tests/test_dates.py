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
    # a range of days is one mention, dated by its first day (the year, if only the last day has one)
    ("Trong 2 ngày (17 và 18-4-2018), Hội Nông dân huyện tổ chức Đại hội", 17, 4, 2018),
    ("Trong 2 ngày 20.8 và 21.8.2025, Đảng bộ phường tổ chức Đại hội", 20, 8, 2025),
    ("Từ ngày 02/01/2025 đến ngày 03/01/2025, HĐND xã họp", 2, 1, 2025),
    ("Đại hội diễn ra từ 12 đến 14-10-2020", 12, 10, 2020),
    ("Đại hội (17-19/9/2025) thành công", 17, 9, 2025),
    ("diễn ra trong 2 ngày (mùng 4 và mùng 5/8)", 4, 8, None),
    ("diễn ra từ ngày 18/9 đến hết ngày 20/9/2019", 18, 9, 2019),
    ("từ ngày 30/12 đến ngày 2/1/2020", 30, 12, 2019),
])
def test_day_month_shapes(text, day, month, year):
    (d,) = find_dates(text.lower())
    assert (d.day, d.month, d.year) == (day, month, year)


def test_range_keeps_its_last_day():
    (d,) = find_dates("diễn ra trong 4 ngày, từ 13 đến 16-10-2015")
    assert (d.day, d.month, d.year, d.last) == (13, 10, 2015, (16, 10))


def test_two_unrelated_dates_are_no_range():
    assert len(find_dates("(1.7.1989 - 1.7.2024)")) == 2
    assert len(find_dates("ngày 5/3 và 20/9")) == 2


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


@pytest.mark.parametrize("decision, expected", [
    ("Quyết định số 2741-QĐNS/TW ngày 8/12/2025", "2025-12-12"),  # announced days after it was signed
    ("Quyết định số 1201-QĐ/TU ngày 28/11/2025", "2025-12-12"),   # the month before
    ("Nghị quyết số 18-NQ/TW ngày 8/12/2017", "--12-12"),          # a resolution cited, not announced
    ("Quyết định số 61-QĐ/TW ngày 8/3/2019", "--12-12"),           # a decision of another season
])
def test_a_decision_announced_at_the_meeting_gives_its_year(decision, expected):
    text = (f"Sáng 12/12, Tỉnh ủy Sơn La tổ chức hội nghị công bố {decision} về công tác cán bộ. Bí thư Tỉnh ủy Vi Văn "
            "Thuận chủ trì hội nghị.")
    doc = doc_of(text, "https://vtcnews.vn/a-ar981547.html", None)
    assert [m.date for m in doc.meetings] == [expected]


def test_an_earlier_date_is_no_document_number_that_dates_the_next_one():
    from vnkg.extract.dates import dates_a_document
    low = "thực hiện kết luận của hội nghị ban thường vụ huyện ủy ngày 5/9/2018, chiều 11/9, huyện ủy tổ chức hội nghị"
    assert not dates_a_document(low, low.index("11/9"))
    low = "thực hiện kết luận số 12-kl/hu ngày 5/9/2018"
    assert dates_a_document(low, low.index("5/9"))
