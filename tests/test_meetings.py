"""Meetings: held vs planned, organiser, date and chairs, each shape a row."""
import pytest

from conftest import doc_of
from vnkg.extract.text import key

HAU_LOC = "https://hauloc.thanhhoa.gov.vn/tin/1"


def meetings(doc):
    return [(m.date, m.area.label if m.area else "", key(m.organizer or ""), sorted(m.chairs))
            for m in doc.meetings]


@pytest.mark.parametrize("text,url,published,expected", [
    ("Sáng 15/3, Ban Thường vụ Huyện ủy tổ chức họp. Bí thư Huyện ủy Trịnh Văn Khải chủ trì cuộc họp.",
     HAU_LOC, "2023-03-16", [("2023-03-15", "huyện Hậu Lộc", "ban thường vụ huyện ủy", ["Trịnh Văn Khải"])]),
    ("Ngày 18 - 12, UBND tỉnh Tuyên Quang họp phiên thường kỳ tháng 12. Đồng chí Ma Văn Quyết, "
     "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì phiên họp.", None, None,
     [("--12-18", "tỉnh Tuyên Quang", "ủy ban nhân dân tỉnh", ["Ma Văn Quyết"])]),
    # co-chairs
    ("Chiều ngày 8/7, UBND huyện Kỳ Anh tổ chức hội nghị. Đồng chí Hồ Đức Thịnh, Chủ tịch UBND huyện và "
     "đồng chí Đoàn Minh Tuấn, Phó Chủ tịch UBND huyện đồng chủ trì hội nghị.", None, "2020-07-09",
     [("2020-07-08", "huyện Kỳ Anh", "ủy ban nhân dân huyện", ["Hồ Đức Thịnh", "Đoàn Minh Tuấn"])]),
    # attending and directing is not chairing
    ("Sáng 21/5, Đảng bộ xã Vượng Lộc tổ chức Đại hội lần thứ XXIV. Đồng chí Ngô Thanh Sơn, Trưởng ban "
     "Tổ chức Huyện ủy Can Lộc dự và chỉ đạo đại hội.", None, "2020-05-22",
     [("2020-05-21", "xã Vượng Lộc", "đảng bộ xã", [])]),
    # planned meetings are not held meetings
    ("Kỳ họp thứ 15 HĐND huyện Hương Sơn dự kiến sẽ tổ chức vào ngày 20/4.", None, "2024-04-02", []),
    # a chair named only by title is the article's holder of that post
    ("Đồng chí Lê Văn An, Bí thư Huyện ủy Can Lộc dự lễ khánh thành. Sáng 3/9, Ban Thường vụ Huyện ủy "
     "Can Lộc tổ chức hội nghị. Đồng chí Bí thư Huyện ủy chủ trì hội nghị.", None, "2021-09-04",
     [("2021-09-03", "huyện Can Lộc", "ban thường vụ huyện ủy", ["Lê Văn An"])]),
])
def test_meeting_shapes(text, url, published, expected):
    assert meetings(doc_of(text, url, published)) == expected


def test_chair_list_after_gom():
    text = ("Sáng 30-1, Đảng ủy xã Hưng Long tổ chức hội nghị giao ban. Hội nghị do Thường trực Đảng ủy xã "
            "chủ trì, gồm các đồng chí: Lê Thị Hạnh, Bí thư Đảng ủy; Trần Văn Nhân, Phó Bí thư Đảng ủy.")
    (m,) = doc_of(text, published="2026-01-30").meetings
    assert m.chairs == ["Lê Thị Hạnh", "Trần Văn Nhân"]
    assert m.date == "2026-01-30"
