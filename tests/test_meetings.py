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


@pytest.mark.parametrize("text,published,expected", [
    # organiser in the passive: "... do Tỉnh ủy X tổ chức"
    ("Ông Lê Văn Hòa đạt 60% số phiếu vào sáng 9/6, tại hội nghị kiện toàn nhân sự do Tỉnh ủy Quảng Trị tổ chức.",
     "2021-06-10", [("2021-06-09", "tỉnh Quảng Trị", "tỉnh ủy", [])]),
    # a venue named "Trung tâm Hội nghị" is not the meeting; the congress is
    ("Ngày 5/8, tại Trung tâm Hội nghị tỉnh, Đại hội đại biểu Đảng bộ tỉnh Hà Nam lần thứ XX đã khai mạc.",
     "2020-08-06", [("2020-08-05", "tỉnh Hà Nam", "đảng bộ tỉnh", [])]),
    # a document's date is not the meeting's
    ("Thực hiện Nghị quyết 05 của Ban Thường vụ Tỉnh ủy ngày 10/2/2019 và kết luận của Hội nghị Ban Thường vụ "
     "Huyện ủy Đô Lương ngày 14/3/2019, huyện đã triển khai.", None,
     [("2019-03-14", "huyện Đô Lương", "ban thường vụ huyện ủy", [])]),
    # a first session falls in the first year of its term
    ("Ngày 9/6, Thường trực HĐND huyện Vị Xuyên họp thống nhất nội dung Kỳ họp thứ nhất, nhiệm kỳ 2021-2026.",
     None, [("2021-06-09", "huyện Vị Xuyên", "thường trực hội đồng nhân dân huyện", [])]),
    # a meeting held at a body's seat takes that body's area
    ("Ngày 26/6, tại Tỉnh ủy Bắc Giang diễn ra Hội nghị công bố quyết định về công tác cán bộ. "
     "Ủy viên Bộ Chính trị Trần Văn Sơn chủ trì hội nghị.", None,
     [("--06-26", "tỉnh Bắc Giang", "", ["Trần Văn Sơn"])]),
    # chairs listed after "Các đồng chí:" across semicolons
    ("Ngày 08/6, Thường trực HĐND tỉnh Hòa Bình tổ chức Hội nghị giao ban. Các đồng chí: Hoàng Văn Tâm, Phó Chủ tịch "
     "Thường trực HĐND tỉnh; Đinh Văn Dũng, Phó Chủ tịch HĐND tỉnh chủ trì hội nghị.", "2018-06-09",
     [("2018-06-08", "tỉnh Hòa Bình", "thường trực hội đồng nhân dân tỉnh", ["Hoàng Văn Tâm", "Đinh Văn Dũng"])]),
    # "successfully held" a named congress, no date: a meeting with date null
    ("Huyện đã tổ chức thành công Đại hội Đảng bộ xã Phổ An, nhiệm kỳ 2020 - 2025.", None,
     [(None, "xã Phổ An", "đảng bộ xã", [])]),
    # a general "held congresses at the grassroots" is not one meeting
    ("Trong 6 tháng đầu năm, Huyện ủy đã lãnh đạo tổ chức thành công đại hội Đảng cấp cơ sở.", None, []),
])
def test_more_meeting_shapes(text, published, expected):
    assert meetings(doc_of(text, None, published)) == expected


def test_attendees_and_speakers_are_not_chairs():
    doc = doc_of("Sáng 3/9, UBND huyện Can Lộc tổ chức hội nghị. Đồng chí Lê Văn An, Chủ tịch UBND huyện chủ trì. "
                 "Dự hội nghị có đồng chí Trần Văn Bình, Phó Bí thư Huyện ủy. Phát biểu tại hội nghị, đồng chí "
                 "Hồ Thị Cúc đề nghị tăng cường công tác dân vận.", published="2021-09-04")
    (m,) = doc.meetings
    assert m.chairs == ["Lê Văn An"]
    assert [n for n, _ in m.attendees] == ["Trần Văn Bình"]
    assert [n for n, _ in m.speakers] == ["Hồ Thị Cúc"]


def test_one_organiser_for_a_list_of_areas():
    text = ("Ngày 12/8, Ban Chấp hành Đoàn TNCS Hồ Chí Minh huyện Ninh Giang, Thanh Miện, thành phố Hải Dương "
            "tổ chức thành công Đại hội đại biểu Đoàn TNCS Hồ Chí Minh nhiệm kỳ 2022 - 2027.")
    got = meetings(doc_of(text, None, "2022-08-13"))
    assert [area for _, area, _, _ in got] == ["huyện Ninh Giang", "huyện Thanh Miện", "thành phố Hải Dương"]
    assert {org for _, _, org, _ in got} == {"ban chấp hành đoàn tncs hồ chí minh huyện"}


@pytest.mark.parametrize("text,organisers", [
    ("Ngày 05/3, Hội LHPN thị xã Hương Trà phối hợp với Liên đoàn lao động thị xã tổ chức Hội nghị chuyên đề.",
     ["hội lhpn thị xã", "liên đoàn lao động thị xã"]),
    ("Chiều 22/6, Thường trực HĐND huyện phối hợp với UBND huyện, các cơ quan, đơn vị có liên quan tổ chức "
     "phiên họp.", ["thường trực hội đồng nhân dân huyện"]),
])
def test_co_organisers(text, organisers):
    got = meetings(doc_of(text, "https://huongtra.hue.gov.vn/x", "2021-06-23"))
    assert sorted(org for _, _, org, _ in got) == organisers


def test_the_seat_a_meeting_is_held_at_is_not_its_organiser():
    got = meetings(doc_of("Chiều 5-9, tại trụ sở UBND xã Đông Hòa, Đảng ủy xã tổ chức hội nghị sơ kết. Ông Lê Văn Tùng "
                          "(Bí thư Đảng ủy xã) chủ trì hội nghị.", None, "2022-09-06"))
    assert got == [("2022-09-05", "xã Đông Hòa", "đảng ủy xã", ["Lê Văn Tùng"])]
