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
    ("Ngày 21 - 11, UBND tỉnh Lào Cai họp phiên thường kỳ để xem xét nhiều nội dung. Phó Bí thư Tỉnh ủy, "
     "Chủ tịch UBND tỉnh Ma Văn Quyết chủ trì.", None, None,
     [("--11-21", "tỉnh Lào Cai", "ủy ban nhân dân tỉnh", ["Ma Văn Quyết"])]),
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


def test_the_district_after_a_commune_qualifies_it_and_is_no_second_meeting():
    text = ("Tối 5/6/2023, UBND xã Tân Lập, huyện Đồng Phú, tỉnh Bình Phước tổ chức buổi đối thoại với nhân dân. "
            "Chủ tịch UBND xã Lê Văn Tú chủ trì buổi đối thoại.")
    assert meetings(doc_of(text)) == [("2023-06-05", "xã Tân Lập", "ủy ban nhân dân xã", ["Lê Văn Tú"])]


@pytest.mark.parametrize("noun", ["phiên giải trình", "buổi đối thoại"])
def test_explanation_sessions_and_dialogues_are_meetings(noun):
    text = (f"Sáng thứ Năm (9/11), Thường trực HĐND huyện Yên Thành tổ chức {noun} về quản lý đất đai. "
            f"Đồng chí Phan Văn Giáp, Chủ tịch HĐND huyện chủ trì {noun}.")
    assert meetings(doc_of(text, published="2023-11-10")) == \
        [("2023-11-09", "huyện Yên Thành", "thường trực hội đồng nhân dân huyện", ["Phan Văn Giáp"])]


def test_the_verb_inside_a_body_name_is_not_the_verb():
    text = "Sáng 6/1, Ban Tổ chức Huyện ủy Đức Thọ tổ chức hội nghị tổng kết công tác năm 2022."
    assert meetings(doc_of(text, published="2023-01-06")) == \
        [("2023-01-06", "huyện Đức Thọ", "ban tổ chức huyện ủy", [])]


def test_a_documents_issuer_is_not_an_organiser():
    text = ("Ngày 28/9, huyện Sìn Hồ tổ chức hội nghị cán bộ chủ chốt. Tại Hội nghị, đại biểu quán triệt Hướng dẫn "
            "số 26-HD/BTCTW của Ban Tổ chức Trung ương; Quy định số 12-QĐ/VPTW của Văn phòng Trung ương Đảng về "
            "chế độ chi tổ chức đại hội.")
    found = doc_of(text, published="2014-09-29").meetings
    assert found and all(key(m.organizer or "") not in (key("Văn phòng Trung ương Đảng"), key("Ban Tổ chức Trung ương"))
                         for m in found), [(m.organizer, m.area) for m in found]


def test_a_provincial_board_is_an_organiser():
    text = "Chiều 16/4, Ban Dân tộc tỉnh Trà Vinh tổ chức hội nghị sơ kết quý I. Ông Thạch Sô Phên chủ trì hội nghị."
    (m,) = doc_of(text, published="2019-04-17").meetings
    assert (key(m.organizer or ""), m.area.label if m.area else "", m.chairs) == \
        ("ban dân tộc tỉnh", "tỉnh Trà Vinh", ["Thạch Sô Phên"])


def test_chairs_after_co_each_item_of_a_semicolon_list():
    text = ("Sáng 9/2, Huyện uỷ Đại Lộc tổ chức hội nghị. Chủ trì hội nghị có đồng chí Phan Thị Lụa, Bí thư "
            "Huyện uỷ; đồng chí Võ Đình Tâm, Phó Bí thư Thường trực Huyện uỷ; và đồng chí Lê Hữu Phước, Chủ tịch "
            "UBND huyện. Dự hội nghị có ông Trần Văn Sỹ, Giám đốc Sở Nội vụ.")
    (m,) = doc_of(text, published="2024-02-10").meetings
    assert m.chairs == ["Phan Thị Lụa", "Võ Đình Tâm", "Lê Hữu Phước"]


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
    ("Sáng 11/6, Thường trực HĐND huyện Nghi Xuân họp bàn công tác chuẩn bị Kỳ họp thứ nhất HĐND huyện, "
     "nhiệm kỳ 2021-2026.", None, [("2021-06-11", "huyện Nghi Xuân", "thường trực hội đồng nhân dân huyện", [])]),
    # a meeting held at a body's seat takes that body's area
    ("Chiều 3/10, tại Tỉnh ủy Phú Thọ đã diễn ra Hội nghị triển khai quyết định về nhân sự. "
     "Ủy viên Bộ Chính trị Trần Văn Sơn chủ trì hội nghị.", None,
     [("--10-03", "tỉnh Phú Thọ", "", ["Trần Văn Sơn"])]),
    # chairs listed after "Các đồng chí:" across semicolons
    ("Ngày 08/6, Thường trực HĐND tỉnh Hòa Bình tổ chức Hội nghị giao ban. Các đồng chí: Hoàng Văn Tâm, Phó Chủ tịch "
     "Thường trực HĐND tỉnh; Đinh Văn Dũng, Phó Chủ tịch HĐND tỉnh chủ trì hội nghị.", "2018-06-09",
     [("2018-06-08", "tỉnh Hòa Bình", "thường trực hội đồng nhân dân tỉnh", ["Hoàng Văn Tâm", "Đinh Văn Dũng"])]),
    # "successfully held" a named congress, no date: a meeting with date null
    ("Đến nay huyện đã tổ chức thành công Đại hội Đảng bộ xã Kỳ Tân, nhiệm kỳ 2020 - 2025.", None,
     [(None, "xã Kỳ Tân", "đảng bộ xã", [])]),
    # a general "held congresses at the grassroots" is not one meeting
    ("Năm qua, Huyện ủy đã chỉ đạo tổ chức thành công đại hội các chi bộ trực thuộc.", None, []),
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
    text = ("Ngày 20/9, Ban Chấp hành Hội Nông dân huyện Can Lộc, Hương Khê, thị xã Hồng Lĩnh đồng loạt tổ chức "
            "Đại hội đại biểu Hội Nông dân nhiệm kỳ 2023 - 2028.")
    got = meetings(doc_of(text, None, "2023-09-21"))
    assert [area for _, area, _, _ in got] == ["huyện Can Lộc", "huyện Hương Khê", "thị xã Hồng Lĩnh"]
    # (the body of each, at the unit's own kind: the thị xã's is the Hội Nông dân thị xã's, as dev r065's gold names
    # a listed city's union the thành phố's)
    assert [org for _, _, org, _ in got] == ["ban chấp hành hội nông dân huyện", "ban chấp hành hội nông dân huyện",
                                             "ban chấp hành hội nông dân thị xã"]


@pytest.mark.parametrize("text,organisers", [
    ("Sáng 7/3, Hội Nông dân huyện Đức Thọ phối hợp với Hội Cựu chiến binh huyện tổ chức hội nghị tập huấn.",
     ["hội cựu chiến binh huyện", "hội nông dân huyện"]),
    ("Sáng 12/4, Ban Thường vụ Huyện ủy phối hợp với UBND huyện, Ủy ban MTTQ huyện và các ngành liên quan tổ "
     "chức hội nghị.", ["ban thường vụ huyện ủy"]),
])
def test_co_organisers(text, organisers):
    got = meetings(doc_of(text, "https://ductho.hatinh.gov.vn/x", "2021-06-23"))
    assert sorted(org for _, _, org, _ in got) == organisers


def test_the_seat_a_meeting_is_held_at_is_not_its_organiser():
    got = meetings(doc_of("Chiều 5-9, tại trụ sở UBND xã Đông Hòa, Đảng ủy xã tổ chức hội nghị sơ kết. Ông Lê Văn Tùng "
                          "(Bí thư Đảng ủy xã) chủ trì hội nghị.", None, "2022-09-06"))
    assert got == [("2022-09-05", "xã Đông Hòa", "đảng ủy xã", ["Lê Văn Tùng"])]


def test_a_meeting_just_held_without_a_date():
    got = meetings(doc_of("Huyện ủy Đức Thọ, Nghi Xuân vừa tổ chức Hội nghị sơ kết công tác dân vận quý I.",
                          "https://baohatinh.vn/x", None))
    assert got == [(None, "huyện Đức Thọ", "huyện ủy", []), (None, "huyện Nghi Xuân", "huyện ủy", [])]
    # a summary of many is not a meeting
    assert meetings(doc_of("Trong năm, Huyện ủy Đức Thọ đã tổ chức 12 hội nghị chuyên đề.")) == []


def test_this_morning_is_the_article_date():
    got = meetings(doc_of("Sáng nay, UBND tỉnh Hà Tĩnh tổ chức hội nghị trực tuyến với các huyện.", None, "2023-05-09"))
    assert got == [("2023-05-09", "tỉnh Hà Tĩnh", "ủy ban nhân dân tỉnh", [])]
    got = meetings(doc_of("Sáng nay (8/5), UBND tỉnh Hà Tĩnh tổ chức hội nghị.", None, "2023-05-09"))
    assert got[0][0] == "2023-05-08"  # a written date wins


def test_a_working_session_with_a_body_is_a_meeting():
    got = meetings(doc_of("Sáng 5/4, đồng chí Lê Văn An, Bí thư Tỉnh ủy Hà Tĩnh làm việc với Ban Thường vụ Huyện ủy "
                          "Can Lộc về công tác cán bộ.", None, "2023-04-06"))
    # the body worked with gives the meeting its area, but did not hold it (no organiser)
    assert got == [("2023-04-05", "huyện Can Lộc", "", [])]
    # "after four days' work with a high sense of duty" is not one
    assert meetings(doc_of("Ngày 3/7, sau bốn ngày làm việc với tinh thần trách nhiệm cao, mọi việc đã xong.")) == []


@pytest.mark.parametrize("text,expected", [
    ("Sáng 11/4, Thường trực HĐND tỉnh Yên Bái họp phiên thường kỳ. Chiều cùng ngày, UBND tỉnh tổ chức hội nghị "
     "trực tuyến. Đồng chí Trần Huy Tâm, Chủ tịch UBND tỉnh chủ trì hội nghị.",
     [("2022-04-11", "tỉnh Yên Bái", "thường trực hội đồng nhân dân tỉnh", []),
      ("2022-04-11", "tỉnh Yên Bái", "ủy ban nhân dân tỉnh", ["Trần Huy Tâm"])]),
    ("Ngày 19/7, Đoàn đại biểu Quốc hội tỉnh Quảng Trị tiếp xúc cử tri huyện Gio Linh.",
     [("2022-07-19", "tỉnh Quảng Trị", "đoàn đại biểu quốc hội tỉnh", [])]),
])
def test_same_day_and_voter_meetings(text, expected):
    assert meetings(doc_of(text, None, "2022-07-20" if "19/7" in text else "2022-04-12")) == expected


@pytest.mark.parametrize("text,published,expected", [
    # titles before names in a semicolon list, then the verb: each one chairs
    ("Chiều 12/9, Thường trực Tỉnh ủy Sóc Trăng họp giao ban. Bí thư Tỉnh ủy Lâm Văn Hùng; Phó Bí thư "
     "Thường trực Tỉnh ủy Trần Thị Mai; Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lý Văn Tâm chủ trì cuộc họp.",
     "2022-09-13",
     [("2022-09-12", "tỉnh Sóc Trăng", "thường trực tỉnh ủy", ["Lâm Văn Hùng", "Lý Văn Tâm", "Trần Thị Mai"])]),
    # the list after the verb, after a colon, across semicolons and a shared title
    ("Sáng 4/4, Ban Thường vụ Huyện ủy Gio Linh tổ chức hội nghị. Chủ trì hội nghị có các đồng chí: Hồ Văn Tâm, "
     "Bí thư Huyện ủy; Lê Thị Hà, Phó Bí thư Huyện ủy; các Phó Chủ tịch UBND huyện: Trần An, Võ Bình.",
     "2022-04-05",
     [("2022-04-04", "huyện Gio Linh", "ban thường vụ huyện ủy", ["Hồ Văn Tâm", "Lê Thị Hà", "Trần An", "Võ Bình"])]),
    # "dưới sự chủ trì của", "chủ tọa", a passive "do ... đồng chủ trì"
    ("Sáng 27/4, dưới sự chủ trì của Chủ tịch HĐND tỉnh Đinh Văn Khoa, HĐND tỉnh Cao Bằng khai mạc kỳ họp.",
     "2023-04-28", [("2023-04-27", "tỉnh Cao Bằng", "hội đồng nhân dân tỉnh", ["Đinh Văn Khoa"])]),
    ("Chiều 30-12, HĐND thành phố Hải Phòng tổ chức kỳ họp. Các đồng chí: Phạm Văn An, Chủ tịch HĐND thành phố; "
     "Bùi Văn Quý, Phó Chủ tịch HĐND thành phố chủ tọa kỳ họp.", "2024-12-31",
     [("2024-12-30", "thành phố Hải Phòng", "hội đồng nhân dân thành phố", ["Bùi Văn Quý", "Phạm Văn An"])]),
    ("Ngày 20/6, hội nghị giao ban tổ chức tại huyện Mộc Châu do các đồng chí: Hà Văn Nam, Phó trưởng Ban Tổ "
     "chức Trung ương; Lò Văn Sinh, Bí thư Tỉnh ủy Sơn La đồng chủ trì.", "2023-06-21",
     [("2023-06-20", "tỉnh Sơn La", "", ["Hà Văn Nam", "Lò Văn Sinh"])]),  # where the chairs' body is
    # with no organiser, a meeting is where its chairs' bodies are, not where it was held;
    # a chair of the nation chairs a national meeting; a working session takes its partner's area
    ("Chiều 28/7, tại Trụ sở Chính phủ, Thủ tướng Trần Văn Nam chủ trì cuộc họp với các bộ, ngành.", None,
     [("--07-28", "", "", ["Trần Văn Nam"])]),
    ("Chiều 21/11, Bí thư Tỉnh ủy Nguyễn Văn Lĩnh chủ trì buổi làm việc với Ban Thường vụ Huyện ủy Nhơn Trạch.",
     "2024-11-22", [("2024-11-21", "huyện Nhơn Trạch", "", ["Nguyễn Văn Lĩnh"])]),
    # a ministry's meeting is national; a year-end review in January
    ("Sáng 8/1, Bộ Y tế tổ chức hội nghị tổng kết công tác năm 2023. Bộ trưởng Bộ Y tế Phan Văn Khuê chủ trì.", None,
     [("2024-01-08", "", "bộ y tế", ["Phan Văn Khuê"])]),
])
def test_chair_and_organiser_shapes(text, published, expected):
    assert meetings(doc_of(text, None, published)) == expected


def test_headline_lede_and_body_are_one_meeting():
    text = ("Khai mạc Kỳ họp thứ 12 HĐND tỉnh Tây Ninh khóa X\n"
            "Sáng 28.5, HĐND tỉnh Tây Ninh khai mạc kỳ họp thứ 12 (kỳ họp chuyên đề).\n"
            "Chủ tịch HĐND tỉnh Nguyễn Thành Nam chủ trì kỳ họp.")
    assert meetings(doc_of(text, None, "2024-05-28")) == [
        ("2024-05-28", "tỉnh Tây Ninh", "hội đồng nhân dân tỉnh", ["Nguyễn Thành Nam"])]


def test_an_undated_headline_joins_the_dated_report():
    text = ("Thủ tướng Lê Minh Tâm chủ trì cuộc họp về chính quyền hai cấp\n"
            "Chiều 28/7, tại Trụ sở Chính phủ, Thủ tướng Lê Minh Tâm chủ trì cuộc họp sơ kết.")
    assert meetings(doc_of(text)) == [("--07-28", "", "", ["Lê Minh Tâm"])]


@pytest.mark.parametrize("text,published,expected", [
    # a working session with two communes is two meetings, each of its commune
    ("Ngày 11/7, Phó Bí thư Tỉnh ủy Lâm Đồng Hồ Văn Trung đã làm việc với xã Đức An và Đắk Song.", "2025-07-12",
     [("2025-07-11", "xã Đức An", "", []), ("2025-07-11", "xã Đắk Song", "", [])]),
    # "Tại kỳ họp ..., HĐND tỉnh ... tiến hành": the body after a meeting named as the venue
    ("Ngày 23/5, tại Kỳ họp thứ 14, HĐND tỉnh Long An khóa IX đã tiến hành kiện toàn nhân sự.", "2019-05-24",
     [("2019-05-23", "tỉnh Long An", "hội đồng nhân dân tỉnh", [])]),
    # a session said to close, with no date anywhere: held, on an unknown day
    ("Phát biểu bế mạc Kỳ họp thứ 9, HĐND tỉnh Bắc Ninh khóa XIX của Chủ tịch HĐND tỉnh.", None,
     [(None, "tỉnh Bắc Ninh", "hội đồng nhân dân tỉnh", [])]),
])
def test_more_working_sessions_and_undated_reports(text, published, expected):
    assert meetings(doc_of(text, None, published)) == expected


def test_a_regular_monthly_session_is_dated_to_its_month():
    text = ("Thường trực HĐND huyện Giồng Trôm họp lệ kỳ tháng 12 năm 2018\n"
            "Chiều ngày 24 tháng 12 năm 2018, ông Võ Văn An, Chủ tịch HĐND huyện chủ trì cuộc họp lệ kỳ tháng 12.")
    got = meetings(doc_of(text))
    # the headline's session of the month is the one held on the 24th (a month-dated meeting of its own, as dev's r231
    # has, is the council's session that month that the body tells of further on)
    assert got == [("2018-12-24", "huyện Giồng Trôm", "thường trực hội đồng nhân dân huyện", ["Võ Văn An"])]
    got = meetings(doc_of("Thường trực HĐND huyện Giồng Trôm họp lệ kỳ tháng 12 năm 2018\nThường trực HĐND huyện họp lệ "
                          "kỳ tháng 12 năm 2018."))
    assert got == [("2018-12", "huyện Giồng Trôm", "thường trực hội đồng nhân dân huyện", [])]


def test_chaired_under_a_list_of_names():
    text = ("Ngày 15/7/2019, Ban Chấp hành Đảng bộ quận Hai Bà Trưng tổ chức hội nghị lần thứ 22 dưới sự chủ trì "
            "của các đồng chí: Nguyễn Văn Năm - Bí thư Quận ủy; Đinh Thị Lan - Phó Bí thư Thường trực Quận ủy.")
    (meeting,) = meetings(doc_of(text))
    assert meeting[3] == ["Nguyễn Văn Năm", "Đinh Thị Lan"]


def test_a_congress_over_several_days_is_one_meeting_on_its_first_day():
    text = ("Đại hội đại biểu Đảng bộ tỉnh Kiên Giang lần thứ XI diễn ra từ ngày 15-17/10/2020. Sáng 16/10, "
            "Đại hội Đảng bộ tỉnh Kiên Giang đã khai mạc phiên chính thức.")
    assert meetings(doc_of(text)) == [("2020-10-15", "tỉnh Kiên Giang", "đảng bộ tỉnh", [])]
    text = ("Đại hội đại biểu Ủy ban MTTQ Việt Nam tỉnh Nghệ An lần thứ XVI, nhiệm kỳ 2024-2029 diễn ra trong "
            "2 ngày (mùng 4 và mùng 5/8/2024).")
    assert [m[0] for m in meetings(doc_of(text))] == ["2024-08-04"]


def test_tomorrow_morning_is_planned():
    text = ("Đại hội đại biểu MTTQ Việt Nam tỉnh Đồng Tháp khóa VIII, nhiệm kỳ 2014-2019 chính thức khai mạc "
            "vào sáng mai (9/7) với nhiều nội dung quan trọng như báo cáo tổng kết và chương trình hành động.")
    assert meetings(doc_of(text, published="2014-07-08")) == []


def test_a_meeting_noun_inside_the_meetings_name_is_no_summary():
    # "Hội nghị tổng kết Đại hội Đảng bộ cấp huyện" is one conference; its name only mentions the congresses
    text = ("Ngày 9/9, Tỉnh ủy Kon Tum tổ chức Hội nghị tổng kết Đại hội Đảng bộ cấp huyện. Đồng chí Vi Văn Tư - "
            "Bí thư Tỉnh ủy chủ trì hội nghị.")
    assert meetings(doc_of(text, published="2024-09-10")) == [("2024-09-09", "tỉnh Kon Tum", "tỉnh ủy", ["Vi Văn Tư"])]


def test_who_submits_a_report_or_receives_it_holds_no_meeting():
    text = ("Chiều 19/7, Thường trực HĐND tỉnh Hà Nam họp phiên thường kỳ. Tại phiên họp, các đại biểu thống nhất "
            "với các nội dung UBND tỉnh trình.")
    assert [m[2] for m in meetings(doc_of(text, published="2023-07-20"))] == ["thường trực hội đồng nhân dân tỉnh"]
    text = ("Chủ tịch HĐND tỉnh Hà Nam Lò Văn Kiên chủ trì phiên họp. Tại phiên họp, các đại biểu thống nhất với "
            "các nội dung UBND tỉnh trình.")
    assert [m[2] for m in meetings(doc_of(text, published="2023-07-20"))] == [""]


@pytest.mark.parametrize("text,published,expected", [
    ("Ngày 9/5, Thường vụ Tỉnh ủy Quảng Trị đã tổ chức lễ công bố quyết định về công tác cán bộ.", "2022-05-10",
     [("2022-05-09", "tỉnh Quảng Trị", "ban thường vụ tỉnh ủy", [])]),
    # an abbreviated level word is no part of the organiser's name, and says which unit it is
    ("Trong 2 ngày 20.8 và 21.8, Đảng bộ P.Châu Đốc tổ chức Đại hội đại biểu lần thứ 1.", "2025-08-22",
     [("2025-08-20", "phường Châu Đốc", "đảng bộ phường", [])]),
    ("Sáng 20/8, Đảng bộ TP Huế tổ chức Đại hội đại biểu lần thứ 1.", "2025-08-22",
     [("2025-08-20", "thành phố Huế", "đảng bộ thành phố", [])]),
    # "HĐND hai tỉnh A và B": the HĐND tỉnh of each
    ("Ngày 10/11/2020, HĐND hai tỉnh Hà Tĩnh và Nghệ An tổ chức kỳ họp chuyên đề.", "2020-11-11",
     [("2020-11-10", "tỉnh Hà Tĩnh", "hội đồng nhân dân tỉnh", []),
      ("2020-11-10", "tỉnh Nghệ An", "hội đồng nhân dân tỉnh", [])]),
    # the body owning the hall is a venue
    ("Sáng 9/5, tại Hội trường, Hội Nông dân tỉnh Cà Mau, Ban Thường vụ Hội Nông dân tỉnh khai mạc Hội nghị lần "
     "thứ 5.", "2023-05-10", [("2023-05-09", "tỉnh Cà Mau", "ban thường vụ hội nông dân tỉnh", [])]),
    # "phối hợp với X tổ chức": X organises too
    ("Sáng 9/5, Ban Thường vụ Thành ủy Hải Phòng phối hợp với Ban Kinh tế Trung ương tổ chức hội thảo khoa học.",
     "2023-05-10", [("2023-05-09", "thành phố Hải Phòng", "ban thường vụ thành ủy", []),
                    ("2023-05-09", "thành phố Hải Phòng", "ban kinh tế trung ương", [])]),
    # party organisations in general, and a tally of congresses held, are no organiser and no meeting
    ("Ngày 9/9, huyện Mường Tè tổ chức Hội nghị quán triệt Chỉ thị số 35 của Bộ Chính trị về Đại hội đảng bộ các "
     "cấp.", "2020-09-10", [("2020-09-09", "huyện Mường Tè", "", [])]),
    ("Tính đến hết ngày 29/10/2020, có 67/67 đảng bộ đã hoàn thành việc tổ chức đại hội.", "2020-10-30", []),
    ("Sáng 18/10, tỉnh Yên Bái đã tổ chức Đại hội đại biểu các dân tộc thiểu số lần thứ III.", "2019-10-18",
     [("2019-10-18", "tỉnh Yên Bái", "", [])]),
])
def test_organiser_names_made_whole(text, published, expected):
    assert meetings(doc_of(text, published=published)) == expected


@pytest.mark.parametrize("second", [
    "Ban Chấp hành khóa mới đã họp phiên đầu tiên bầu Ban Thường vụ.",
    "Tại Hội nghị lần thứ nhất, Ban Chấp hành Đảng bộ huyện khóa XX đã bầu ông Lò Văn Kiên giữ chức Bí thư Huyện ủy.",
])
def test_the_new_executives_first_plenum_adds_its_organiser(second):
    text = "Sáng 25/9, Đại hội Đảng bộ huyện Can Lộc lần thứ XX bế mạc. " + second
    assert meetings(doc_of(text, published="2025-09-26")) == [
        ("2025-09-25", "huyện Can Lộc", "đảng bộ huyện", []),
        ("2025-09-25", "huyện Can Lộc", "ban chấp hành đảng bộ huyện", [])]


def test_an_executive_electing_without_a_first_plenum_adds_nothing():
    text = ("Chiều 25/9, Đại hội Đảng bộ huyện Can Lộc đã bầu Ban Chấp hành khóa XX. Ban Chấp hành Đảng bộ huyện "
            "Can Lộc đã bầu Ban Thường vụ Huyện ủy gồm 11 người.")
    assert [m[2] for m in meetings(doc_of(text, published="2025-09-26"))] == ["đảng bộ huyện"]


@pytest.mark.parametrize("text,expected", [
    ("Sáng 5/7/2021, HĐND tỉnh Cao Bằng khóa XVII, nhiệm kỳ 2021 - 2026 họp để bầu các chức danh lãnh đạo.",
     [("2021-07-05", "tỉnh Cao Bằng", "hội đồng nhân dân tỉnh", [])]),
    ("Sáng ngày 6/8, Đoàn đại biểu HĐND huyện Bình Xuyên đã có buổi tiếp xúc với cử tri xã Minh Đức.",
     [("2024-08-06", "huyện Bình Xuyên", "đoàn đại biểu hội đồng nhân dân huyện", [])]),
    ("Sáng ngày 6/8, Tổ đại biểu HĐND tỉnh Vĩnh Phúc gồm ông Nguyễn Phúc Lâm, Tổ đại biểu HĐND huyện Bình Xuyên "
     "gồm ông Hà Văn Đức, bà Lò Thị Mai đã có buổi tiếp xúc với cử tri xã Minh Đức.",
     [("2024-08-06", "tỉnh Vĩnh Phúc", "tổ đại biểu hội đồng nhân dân tỉnh", []),
      ("2024-08-06", "huyện Bình Xuyên", "tổ đại biểu hội đồng nhân dân huyện", [])]),
])
def test_sessions_and_voter_meetings_held(text, expected):
    assert meetings(doc_of(text, published="2024-08-07" if "6/8" in text else "2021-07-06")) == expected


@pytest.mark.parametrize("text,organizer,area", [
    # what a meeting did says it was held, though the excerpt gives no date
    ("Tại kỳ họp thứ nhất HĐND thành phố Đà Nẵng khóa IX, 100% đại biểu đã bầu ông Lê Văn Tư giữ chức Chủ tịch "
     "HĐND thành phố.", "hội đồng nhân dân thành phố", "thành phố Đà Nẵng"),
    ("Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ tỉnh Sơn La khóa XVI đã bầu Ban Thường vụ Tỉnh ủy gồm 15 đồng chí.",
     "ban chấp hành đảng bộ tỉnh", "tỉnh Sơn La"),
])
def test_an_undated_meeting_said_to_have_done_something_was_held(text, organizer, area):
    assert meetings(doc_of(text, None)) == [(None, area, organizer, [])]


def test_a_meeting_named_in_passing_is_still_no_meeting():
    assert meetings(doc_of("Ban Chấp hành Đảng bộ tỉnh Sơn La sẽ họp để bầu Ban Thường vụ.", None)) == []


def test_a_chair_sentence_repeated_in_each_paragraph_chairs_each_meeting():
    chair = "Đồng chí Lê Văn Bảo, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị."
    text = (f"Ngày 19/3, Ủy ban MTTQ Việt Nam tỉnh Ninh Thuận tổ chức hội nghị hiệp thương lần thứ nhất. {chair}\n"
            f"Ngày 21/4, Ủy ban MTTQ Việt Nam tỉnh Ninh Thuận tổ chức hội nghị hiệp thương lần thứ hai. {chair}")
    found = meetings(doc_of(text, None))
    assert [(d, chairs) for d, _, _, chairs in found] == [("--03-19", ["Lê Văn Bảo"]), ("--04-21", ["Lê Văn Bảo"])]


def test_a_week_s_schedule_is_planned():
    text = ("Ngày 1/6, Ban Thường vụ Thị ủy Vĩnh Châu tổ chức hội nghị. Đồng chí Lý Ngọc Hải, Bí thư Thị ủy chủ trì hội "
            "nghị.\nLỊCH CÔNG TÁC TUẦN 23 (từ ngày 4/6 đến 8/6/2018)\nThứ | Thời gian | Nội dung | Chủ trì\n"
            "Thứ Hai 4/6 | 8 giờ | Họp Ban Thường vụ Thị ủy | Đồng chí Lý Ngọc Hải chủ trì")
    assert [(d, c) for d, _, _, c in meetings(doc_of(text, None))] == [("2018-06-01", ["Lý Ngọc Hải"])]


@pytest.mark.parametrize("text,expected", [
    # a national association's congress is held by the association, not by the Quốc hội of "toàn quốc Hội …"
    ("Sau 4 ngày làm việc, Đại hội Đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VIII đã bế mạc vào sáng 20-12.",
     [("--12-20", "", "hội nông dân việt nam", [])]),
    # preparing a congress is no congress
    ("Phường Kim Liên đang tập trung chuẩn bị và tổ chức thành công Đại hội Đảng bộ phường lần thứ nhất.", []),
    # the body worked with holds nothing
    ("Chiều 22/7, tại buổi làm việc với Đảng ủy xã Mỹ Lộc, tỉnh Tây Ninh, đồng chí Lê Văn Hải phát biểu.",
     [("--07-22", "xã Mỹ Lộc", "", [])]),
])
def test_who_holds_a_meeting(text, expected):
    assert meetings(doc_of(text, None)) == expected


def test_a_chair_s_post_in_the_article_s_own_unit_places_the_meeting():
    text = ("Thường trực Huyện ủy Thanh Sơn giao ban công tác tháng 9\nSáng 5/9, đồng chí Đinh Công Tiến - Ủy viên Ban "
            "Chấp hành Đảng bộ tỉnh, Bí thư Huyện ủy chủ trì hội nghị.")
    found = meetings(doc_of(text, "https://baophutho.vn/chinh-tri/201809/thuong-truc-huyen-uy-thanh-son-158412"))
    assert [(d, a, c) for d, a, _, c in found] == [("2018-09-05", "huyện Thanh Sơn", ["Đinh Công Tiến"])]


def test_a_meeting_held_today_with_no_date_of_its_own():
    text = "Hôm nay, HĐND tỉnh Quảng Bình khóa XVIII tổ chức họp kỳ thứ 9, kỳ họp bất thường để bầu bổ sung chức danh."
    assert meetings(doc_of(text, None)) == [(None, "tỉnh Quảng Bình", "hội đồng nhân dân tỉnh", [])]


@pytest.mark.parametrize("text,expected", [
    ("Sáng 5/10/2022, tại phường Nghi Thủy, đại biểu Quốc hội khóa XV đoàn Nghệ An gồm bà Võ Thị Minh Sương tiếp xúc "
     "cử tri thị xã Cửa Lò.", [("2022-10-05", "tỉnh Nghệ An", "đoàn đại biểu quốc hội tỉnh", [])]),
    ("Chiều 14/11/2023, các đại biểu Quốc hội đơn vị tỉnh Quảng Trị đã tiếp xúc cử tri huyện Gio Linh.",
     [("2023-11-14", "tỉnh Quảng Trị", "đoàn đại biểu quốc hội tỉnh", [])]),
])
def test_a_province_s_national_assembly_deputies_meet_voters_as_its_delegation(text, expected):
    assert meetings(doc_of(text, None)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Ngày 12-10, Đoàn ĐBQH TP HCM tổ chức tiếp xúc cử tri tại quận 7.",
     [("2019-10-12", "thành phố Hồ Chí Minh", "đoàn đại biểu quốc hội", [])]),
    ("Chiều 26-2, Ủy ban MTTQ Việt Nam TP.HCM tổ chức hội nghị tiếp xúc cử tri.",
     [("2019-02-26", "thành phố Hồ Chí Minh", "ủy ban mặt trận tổ quốc việt nam", [])]),
    ("Sáng 3-5, Ủy ban MTTQ Việt Nam Hà Nội tổ chức hội nghị hiệp thương.",
     [("2019-05-03", "thành phố Hà Nội", "ủy ban mặt trận tổ quốc việt nam", [])]),
])
def test_a_place_right_after_a_national_name_is_its_local_branchs(text, expected):
    assert meetings(doc_of(text, "https://nld.com.vn/a.htm", "2019-12-01")) == expected


def test_deputies_met_by_a_district_s_front_are_not_the_hosts():
    text = ("Ngày 5/10, Ban Thường trực Ủy ban MTTQ huyện Hà Quảng phối hợp với Thường trực HĐND huyện tổ chức hội nghị "
            "tiếp xúc cử tri với đại biểu Quốc hội đơn vị tỉnh Cao Bằng tại thị trấn Xuân Hòa.")
    assert sorted(meetings(doc_of(text, "https://baocaobang.vn/a.html", "2024-10-06"))) == [
        ("2024-10-05", "huyện Hà Quảng", "ban thường trực ủy ban mặt trận tổ quốc huyện", []),
        ("2024-10-05", "huyện Hà Quảng", "thường trực hội đồng nhân dân huyện", [])]


@pytest.mark.parametrize("text,expected", [
    ("Ngày 23/8, Ủy ban Hội Liên hiệp Thanh niên Việt Nam tỉnh Bắc Kạn tổ chức Đại hội đại biểu lần thứ VII.",
     [("2024-08-23", "tỉnh Bắc Kạn", "ủy ban hội liên hiệp thanh niên việt nam tỉnh", [])]),
    ("Ngày 23/5, Huyện đoàn - Hội đồng Đội huyện Hoàng Su Phì tổ chức Đại hội Cháu ngoan Bác Hồ lần thứ VIII.",
     [("2024-05-23", "huyện Hoàng Su Phì", "huyện đoàn", []),
      ("2024-05-23", "huyện Hoàng Su Phì", "hội đồng đội huyện", [])]),
])
def test_youth_unions_committees_and_the_pioneers_council_as_organisers(text, expected):
    assert sorted(meetings(doc_of(text, "https://baotintuc.vn/a.htm", "2024-09-01"))) == expected


def test_a_unit_to_come_marked_new_is_not_where_a_bare_body_sits_before_the_merger():
    text = ("Trước đó, chiều 26/6, Ban Thường vụ Tỉnh ủy đã họp cho ý kiến về công tác cán bộ, giới thiệu nhân sự tham gia "
            "các cơ quan của tỉnh Đắk Lắk (mới).")
    assert meetings(doc_of(text, "https://baophuyen.vn/chinh-tri/a.html", "2025-06-28")) == [
        ("2025-06-26", "tỉnh Phú Yên", "ban thường vụ tỉnh ủy", [])]


def test_a_deputies_group_written_bare_is_the_one_named_before():
    text = ("Ngày 3/7, Tổ đại biểu số 5 HĐND tỉnh (đơn vị huyện Hòa Thành) đã tiếp xúc cử tri thị trấn Hòa Thành.\n"
            "Ngày 4/7, Tổ đại biểu đã tiếp xúc cử tri các xã Trường Hòa, Trường Tây.")
    assert sorted(meetings(doc_of(text, "http://baotayninh.vn/chinh-tri/a.html", "2014-07-05"))) == [
        ("2014-07-03", "tỉnh Tây Ninh", "tổ đại biểu số 5 hội đồng nhân dân tỉnh", []),
        ("2014-07-04", "tỉnh Tây Ninh", "tổ đại biểu số 5 hội đồng nhân dân tỉnh", [])]


def test_a_delegation_written_bare_is_the_deputies_named_before_not_the_assembly_they_report_on():
    text = ("Sáng 5/7, Đoàn ĐBQH tỉnh Hà Tĩnh tổ chức tiếp xúc cử tri huyện Can Lộc.\nBà Lê Thị Hoa báo cáo kết quả kỳ "
            "họp, trong đó Quốc hội đã xem xét nhiều nội dung quan trọng.\nSáng 7/7, đoàn tiếp tục tiếp xúc cử tri "
            "phường Bắc Hồng (thị xã Hồng Lĩnh).")
    assert sorted(meetings(doc_of(text, "https://baohatinh.vn/a.html", "2022-07-08"))) == [
        ("2022-07-05", "tỉnh Hà Tĩnh", "đoàn đại biểu quốc hội tỉnh", []),
        ("2022-07-07", "tỉnh Hà Tĩnh", "đoàn đại biểu quốc hội tỉnh", [])]


def test_a_unit_not_yet_made_is_not_where_a_bare_body_sits():
    # 2021: "thành phố Huế" in a list of districts is the district-level city, not the centrally-run city of 2025
    text = ("Chiều 30/6, UBND tỉnh tổ chức phiên họp thường kỳ tháng 6/2021 theo hình thức trực tuyến đến các huyện, thị "
            "xã và thành phố Huế. Chủ tịch UBND tỉnh Phan Thiện Lộc chủ trì phiên họp.")
    assert meetings(doc_of(text, "https://thuathienhue.gov.vn/vi-vn/a", "2021-07-01")) == [
        ("2021-06-30", "tỉnh Thừa Thiên Huế", "ủy ban nhân dân tỉnh", ["Phan Thiện Lộc"])]


def test_a_chair_named_by_a_bare_role_its_one_holder_named_before_holds():
    text = ("Chiều 20/4, Phó Thủ tướng Chính phủ Bạch Quốc Tân đã làm việc với tỉnh Bắc Ninh về công nghiệp bán dẫn. Về "
            "phía tỉnh có Bí thư Tỉnh ủy Nguyễn Anh Tứ. Phó Thủ tướng chủ trì buổi làm việc.")
    assert meetings(doc_of(text, "https://baobacninh.vn/a.html", "2024-04-20")) == [
        ("2024-04-20", "tỉnh Bắc Ninh", "", ["Bạch Quốc Tân"])]


def test_a_chair_whose_verb_follows_another_with_sau_do_is_the_sentences_subject():
    text = ("Trước đó, ngày 15/11, Phó Thủ tướng Hoàng Trung Nghị và đoàn công tác đã kiểm tra mô hình trồng sa nhân tại "
            "xã Chung Chải, sau đó chủ trì buổi làm việc với Ban Thường vụ Huyện ủy Mường Nhé.")
    assert meetings(doc_of(text, "https://baodienbienphu.info.vn/a", "2018-11-16")) == [
        ("2018-11-15", "huyện Mường Nhé", "", ["Hoàng Trung Nghị"])]


def test_the_day_given_right_after_the_meeting_noun_is_the_meetings_not_the_reports():
    text = ("Chiều 15-2, thông tin từ Tỉnh ủy Bình Thuận cho biết tại hội nghị ngày 14-2, Ban Thường vụ Tỉnh ủy đã xem xét "
            "đề nghị của Ủy ban Kiểm tra Tỉnh ủy.")
    assert meetings(doc_of(text, "https://tuoitre.vn/a.htm", "2023-02-15")) == [
        ("2023-02-14", "tỉnh Bình Thuận", "ban thường vụ tỉnh ủy", [])]


def test_a_chair_sentence_with_no_meeting_noun_takes_its_paragraphs_day():
    text = ("Chiều 5-9, Thường trực Tỉnh ủy Hậu Giang tiếp đoàn công tác của Tập đoàn Siam Foods. Đồng chí Lê Văn Thanh, "
            "Bí thư Tỉnh ủy chủ trì buổi tiếp.")
    assert [(d, c) for d, _, _, c in meetings(doc_of(text, "http://www.baohaugiang.com.vn/a.html", "2016-09-06"))] == [
        ("2016-09-05", ["Lê Văn Thanh"])]


@pytest.mark.parametrize("text", [
    "Sáng 26/6, đồng chí Đỗ Minh Thuần - Phó Chủ tịch UBND tỉnh đã kiểm tra thiệt hại do mưa lũ tại các xã Hồ Bốn, Nậm "
    "Khắt và chủ trì buổi làm việc với huyện Mù Cang Chải.",
    "Sáng 26/6, đồng chí Đỗ Minh Thuần, Phó Chủ tịch UBND tỉnh đã có mặt tại huyện Mù Cang Chải, chủ trì cuộc họp với "
    "huyện Mù Cang Chải.",
])
def test_a_chair_whose_verb_follows_another_with_va_or_a_comma_is_the_sentences_subject(text):
    assert [(a, c) for _, a, _, c in meetings(doc_of(text, "http://baoyenbai.com.vn/12/1/a.aspx", "2018-06-27"))] == [
        ("huyện Mù Cang Chải", ["Đỗ Minh Thuần"])]


def test_two_bodies_said_to_hold_it_together_after_the_report_are_both_its_organisers():
    text = ("Chiều 10/9, Phó Thủ tướng chủ trì cuộc họp trực tuyến về ứng phó bão số 5. Cuộc họp do Ban Chỉ đạo Trung ương "
            "về phòng, chống thiên tai và Ủy ban Quốc gia ứng phó sự cố, thiên tai và tìm kiếm cứu nạn phối hợp tổ chức.")
    assert sorted(meetings(doc_of(text, "https://baochinhphu.vn/a.htm", "2021-09-11"))) == [
        ("2021-09-10", "", "ban chỉ đạo trung ương về phòng chống thiên tai", []),
        ("2021-09-10", "", "ủy ban quốc gia ứng phó sự cố thiên tai và tìm kiếm cứu nạn", [])]


def test_a_meeting_told_at_another_undated_time_is_not_the_reports():
    text = ("Sáng 10/4, UBND TP tổ chức hội nghị về bảo vệ rừng. Phó chủ tịch UBND TP Lâm Quốc Trình chủ trì hội nghị. "
            "Tuần trước, Ban Thường vụ Huyện ủy Cần Giờ đã họp chuyên đề về bảo vệ rừng, bí thư Huyện ủy Võ Thanh Nhã "
            "chủ trì.")
    assert sorted(meetings(doc_of(text, "https://tuoitre.vn/a.htm", "2024-04-12")), key=str) == [
        ("2024-04-10", "thành phố Hồ Chí Minh", "ủy ban nhân dân thành phố", ["Lâm Quốc Trình"]),
        (None, "huyện Cần Giờ", "ban thường vụ huyện ủy", ["Võ Thanh Nhã"])]


def test_each_days_session_of_a_delegations_round_of_voter_meetings_is_its_own():
    text = ("Trong 2 ngày 9 - 10/8, Đoàn đại biểu Quốc hội tỉnh Điện Biên tổ chức tiếp xúc cử tri tại huyện Mường Chà và "
            "thị xã Mường Lay.\nSáng 9/8, tại huyện Mường Chà, bà Lường Thị Xuyến, Phó Trưởng đoàn chuyên trách Đoàn "
            "ĐBQH tỉnh chủ trì hội nghị tiếp xúc cử tri.\nSáng 10/8, tại thị xã Mường Lay, Đoàn ĐBQH tỉnh tiếp tục tiếp "
            "xúc cử tri.")
    assert sorted(d for d, _, _, _ in meetings(doc_of(text, "https://baodienbienphu.info.vn/a", "2021-08-11"))) == [
        "2021-08-09", "2021-08-10"]


def test_a_student_union_of_a_city_and_a_partner_after_an_aside():
    text = "Ngày 23-11, Hội Sinh viên Việt Nam TP Cần Thơ tổ chức Đại hội đại biểu lần thứ V."
    assert meetings(doc_of(text, "https://baocantho.com.vn/a.htm", "2018-11-24")) == [
        ("2018-11-23", "thành phố Cần Thơ", "hội sinh viên việt nam thành phố", [])]
    text = "Chiều 24/3, UBND xã Tân Yên (tỉnh Bắc Ninh) phối hợp với Đoàn TNCS Hồ Chí Minh xã tổ chức hội nghị đối thoại."
    assert sorted(o for _, _, o, _ in meetings(doc_of(text, "https://tienphong.vn/a.tpo", "2026-03-25"))) == [
        "đoàn tncs hồ chí minh xã", "ủy ban nhân dân xã"]


def test_a_meeting_held_in_a_past_month_of_the_articles_year():
    text = ("Hội nghị Xúc tiến đầu tư tỉnh Thái Nguyên năm 2022 do UBND tỉnh tổ chức vào tháng 10 vừa qua đã thu hút hơn "
            "700 đại biểu.")
    assert meetings(doc_of(text, "https://baothainguyen.vn/a.html", "2022-11-25")) == [
        ("2022-10", "tỉnh Thái Nguyên", "ủy ban nhân dân tỉnh", [])]
    assert meetings(doc_of(text, "https://baothainguyen.vn/a.html", "2023-02-03"))[0][0] == "2022-10"


def test_many_units_meetings_told_at_once_are_none_and_each_report_keeps_its_day():
    text = ("Trong hai ngày 26 và 27-3, nhiều phường, xã của Thủ đô tổ chức kỳ họp thứ nhất HĐND nhiệm kỳ 2026 - 2031.\n"
            "Sáng 27-3, kỳ họp thứ nhất HĐND phường Ngọc Hà do đồng chí Đào Minh Khuyên, Bí thư Đảng ủy phường chủ trì.")
    assert meetings(doc_of(text, "https://hanoimoi.vn/a.html", "2026-03-27")) == [
        ("2026-03-27", "phường Ngọc Hà", "hội đồng nhân dân phường", ["Đào Minh Khuyên"])]


def test_names_listed_before_cung_chu_tri_are_the_chairs():
    text = ("Sáng 27/10, đại hội khai mạc. Đoàn chủ tịch đại hội gồm ông Bhling Blợt - Bí thư Huyện ủy Tây Giang; ông Ating "
            "Hền - Phó Bí thư Huyện ủy, Chủ tịch UBND huyện, cùng chủ trì.")
    assert [c for _, _, _, c in meetings(doc_of(text, "https://baoquangnam.vn/a.htm", "2023-10-27"))] == [
        ["Ating Hền", "Bhling Blợt"]]


def test_a_regional_coordination_council_is_the_nations_and_its_meeting_of_no_unit():
    text = ("Sáng 17/6, tại thành phố Pleiku, Hội đồng điều phối vùng Tây Nguyên tổ chức hội nghị lần thứ ba. Bộ trưởng "
            "Lều Văn Kiệt, Chủ tịch Hội đồng điều phối vùng Tây Nguyên chủ trì.")
    doc = doc_of(text, "https://baogialai.com.vn/a.htm", "2023-06-18")
    assert meetings(doc) == [("2023-06-17", "", "hội đồng điều phối vùng tây nguyên", ["Lều Văn Kiệt"])]
    assert ("Chủ tịch Hội đồng điều phối vùng Tây Nguyên", None) in [(p.title, p.area) for p in doc.posts
                                                                      if p.person == "Lều Văn Kiệt"]


def test_the_front_written_ubmttq_organises():
    text = ("Ngày 02/7/2019, UBMTTQ Việt Nam huyện Cần Giuộc phối hợp tổ chức cho Đoàn Đại biểu Quốc hội tỉnh Long An tiếp "
            "xúc cử tri sau Kỳ họp thứ 7.")
    assert meetings(doc_of(text, "https://cangiuoc.longan.gov.vn/a", "2019-07-03")) == [
        ("2019-07-02", "huyện Cần Giuộc", "ủy ban mặt trận tổ quốc việt nam huyện", [])]


def test_a_session_told_of_or_prepared_is_no_organiser_of_the_report():
    text = ("Sáng 10/8, ông Quàng Văn Pọn, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị tiếp xúc cử tri phường Na Lay, thông "
            "báo kết quả Kỳ họp thứ nhất, Quốc hội khóa XV. Đồng chí đề nghị phường tập trung chuẩn bị Đại hội Đảng bộ "
            "phường lần thứ I.")
    assert [o for _, _, o, _ in meetings(doc_of(text, "https://baodienbienphu.info.vn/a", "2021-08-11"))] == [""]


def test_a_head_noun_shared_by_two_councils():
    text = "Sáng 8/11/2019, Tổ đại biểu HĐND tỉnh, HĐND thành phố Pleiku tiếp xúc cử tri tại xã Chư Á."
    assert sorted(meetings(doc_of(text, None))) == [
        ("2019-11-08", "thành phố Pleiku", "tổ đại biểu hội đồng nhân dân thành phố", []),
        ("2019-11-08", "tỉnh Gia Lai", "tổ đại biểu hội đồng nhân dân tỉnh", [])]


def test_yesterday_in_an_article_with_its_date():
    doc = doc_of("Chiều qua, Ban Thường vụ Tỉnh ủy Nghệ An tổ chức hội nghị. Đồng chí Thái Văn Tâm, Bí thư Tỉnh ủy chủ trì.",
               None, "2023-05-21")
    assert meetings(doc) == [("2023-05-20", "tỉnh Nghệ An", "ban thường vụ tỉnh ủy", ["Thái Văn Tâm"])]


@pytest.mark.parametrize("text,expected", [
    # a caption names the congress, another paragraph says who came to it: held, though undated
    ("Đại hội đại biểu Đảng bộ phường Phú Lợi lần thứ I, nhiệm kỳ 2025 - 2030. Ảnh: MINH HẢI\n\n"
     "Dự Đại hội có các đồng chí: Trần Văn Cường, Ủy viên Ban Thường vụ Tỉnh ủy.\n\nNhiệm kỳ qua, phường đạt "
     "nhiều kết quả.", [(None, "phường Phú Lợi", "đảng bộ phường", [])]),
    # ... and a congress named by its unit alone is that unit's party organisation's
    ("Đại hội đại biểu phường Phú Lợi lần thứ I, nhiệm kỳ 2025 - 2030. Ảnh: MINH HẢI\n\n"
     "Đại hội có sự tham dự của đồng chí Trần Văn Cường, Ủy viên Ban Thường vụ Tỉnh ủy.",
     [(None, "phường Phú Lợi", "đảng bộ phường", [])]),
    ("Đại hội Đảng bộ phường Phú Lợi thành công tốt đẹp\n\nĐồng chí Trần Văn Cường, Trưởng ban Tổ chức Tỉnh ủy "
     "đến dự đại hội.", [(None, "phường Phú Lợi", "đảng bộ phường", [])]),
    ("Hội nghị Ban Chấp hành Đảng bộ phường Phú Lợi\n\nTại hội nghị, các đồng chí trong Ban Chấp hành đã tiến hành "
     "bỏ phiếu bầu đồng chí Trần Văn Cường giữ chức Bí thư Đảng ủy phường.",
     [(None, "phường Phú Lợi", "ban chấp hành đảng bộ phường", [])]),
    # a body that holds a congress named by nothing else: the subject is the organiser
    ("Hội Cựu chiến binh (CCB) xã Tân Hiệp (huyện Phú Giáo, tỉnh Bình Dương) vừa tổ chức thành công Đại hội đại "
     "biểu lần thứ VII (nhiệm kỳ 2022-2027).", [(None, "xã Tân Hiệp", "hội cựu chiến binh xã", [])]),
    # not: a congress to come, a round-up of many whose captions show one of them, a tally of many
    ("Đại hội đại biểu Đảng bộ phường Phú Lợi lần thứ I, nhiệm kỳ 2025 - 2030\n\nDự Đại hội sẽ có các đồng chí "
     "lãnh đạo tỉnh.", []),
    ("Hội đồng nhân dân các xã huyện Phú Giáo tổ chức kỳ họp thứ nhất\n\nKỳ họp thứ nhất HĐND xã Tân Hiệp\n\n"
     "Kỳ họp đã bầu các chức danh chủ chốt của xã.", []),
    ("Đến nay 100% đơn vị trực thuộc Tỉnh Đoàn Bình Dương đã tổ chức thành công Đại hội Đoàn nhiệm kỳ 2022 - 2027.",
     []),
    # a congress to come, celebrated or worked towards is no meeting of the day
    ("Ngày 24/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bình Dương phát động thi đua chào mừng Đại hội MTTQ "
     "Việt Nam tỉnh, tiến tới Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ X, nhiệm kỳ 2024-2029.", []),
])
def test_undated_meetings_known_held_from_the_article(text, expected):
    assert meetings(doc_of(text, "https://baobinhduong.vn/tin/1", None)) == expected


@pytest.mark.parametrize("text,chairs", [
    # "Chủ trì … có đồng chí A, <titles> và đồng chí B, <titles>": both
    ("Sáng 19/12, HĐND xã Ba Tơ tổ chức kỳ họp thứ 5. Chủ trì kỳ họp có đồng chí Phạm Thị Hòa, Phó Bí thư Đảng ủy, "
     "Chủ tịch HĐND xã và đồng chí Đinh Văn Rin, Phó Chủ tịch HĐND xã.", ["Phạm Thị Hòa", "Đinh Văn Rin"]),
    # "do <title> chủ trì, với sự tham dự của B": the title's holder (named further on), not the guest
    ("Sáng 20/8, Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk tổ chức hội nghị. Hội nghị do Chủ tịch Ủy ban MTTQ Việt Nam "
     "tỉnh chủ trì, với sự tham dự của đồng chí Lê Văn Hiền, Phó Bí thư Tỉnh ủy.\n\nPhát biểu kết luận, đồng chí "
     "Y Kông Mlô, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh yêu cầu hoàn thiện quy chế.",
     ["Y Kông Mlô"]),
])
def test_chair_lists_and_chairs_named_by_title(text, chairs):
    (meeting,) = doc_of(text, None, "2025-12-20").meetings
    assert meeting.chairs == chairs


def test_a_headline_run_into_the_lede_still_dates_the_meeting():
    """Line breaks lost in scraping: the capitalised "Sáng ngày 26 tháng 6" opens a sentence of its own."""
    text = ("Hội nghị sơ kết nhiệm vụ 6 tháng đầu năm 2020 21:27 27/06/2020 Sáng ngày 26 tháng 6 năm 2020, Ban Thường "
            "vụ Huyện ủy Hương Khê tổ chức Hội nghị sơ kết nhiệm vụ 6 tháng đầu năm. Bí thư Huyện ủy Trần Văn Kỳ chủ "
            "trì hội nghị.")
    assert meetings(doc_of(text, None, None)) == [("2020-06-26", "huyện Hương Khê", "ban thường vụ huyện ủy",
                                                   ["Trần Văn Kỳ"])]


@pytest.mark.parametrize("text,expected", [
    # a press release's issuer did not hold the sitting; the body right before the verb did
    ("Văn phòng Quốc hội vừa phát đi thông cáo báo chí cho hay chiều 24-10, ngày làm việc thứ 5 của Kỳ họp thứ 10, "
     "Quốc hội họp riêng về công tác nhân sự dưới sự chủ trì của Chủ tịch Quốc hội Trần Văn Mẫn.",
     [("2025-10-24", "", "quốc hội", ["Trần Văn Mẫn"])]),
    # the body that discusses what goes to a council's session holds the meeting, not the council
    ("Chiều 29/5, UBND tỉnh Ninh Bình tiếp tục thảo luận các nội dung trình tại kỳ họp thường lệ giữa năm, HĐND tỉnh "
     "khóa XIX. Đồng chí Trương Văn Huy, Chủ tịch UBND tỉnh chủ trì hội nghị.",
     [("2025-05-29", "tỉnh Ninh Bình", "ủy ban nhân dân tỉnh", ["Trương Văn Huy"])]),
    # ... but a purpose ("để nghe và cho ý kiến") names no one who holds it
    ("Sáng 11/3, Tổ công tác của Ban Thường vụ Tỉnh ủy Hà Tĩnh có buổi làm việc với huyện Vũ Quang để nghe và cho ý "
     "kiến vào dự thảo báo cáo.", [("2025-03-11", "huyện Vũ Quang", "", [])]),
])
def test_who_held_it_is_the_subject_of_its_verb(text, expected):
    assert meetings(doc_of(text, "https://plo.vn/a.html", "2025-10-25")) == expected


def test_a_voters_meeting_of_a_provincial_deputies_group_is_the_provinces():
    """"Tổ đại biểu số 4 HĐND tỉnh (đơn vị huyện Tam Bình)": the unit it was elected in is no part of its name;
    "Cùng ngày, tổ đại biểu tiếp tục tiếp xúc cử tri …" is the same group's meeting, not one of the voters' commune."""
    text = ("Sáng 27/11, tại hội trường UBND xã Hòa Lộc, Tổ đại biểu số 4 HĐND tỉnh Vĩnh Long (đơn vị huyện Tam Bình) "
            "tiếp xúc cử tri xã Hòa Lộc. Ông Võ Văn Út, Chủ tịch Ủy ban MTTQ Việt Nam huyện Tam Bình chủ trì hội nghị. "
            "Cùng ngày, tổ đại biểu tiếp tục tiếp xúc cử tri xã Tường Lộc và thị trấn Tam Bình.")
    assert meetings(doc_of(text, None, "2017-11-28")) == [
        ("2017-11-27", "tỉnh Vĩnh Long", "tổ đại biểu số 4 hội đồng nhân dân tỉnh", ["Võ Văn Út"])]


def test_unit_names_with_an_apostrophe_however_typed():
    from vnkg.extract.gazetteer import load
    text = "huyện Đắk R'Lấp, huyện Cư M’gar và huyện Đắk R' Lấp"
    assert [text[m.start:m.end] for m in load().find(text)] == ["Đắk R'Lấp", "Cư M’gar", "Đắk R' Lấp"]


@pytest.mark.parametrize("text,expected", [
    # a working session is where it is held: the partner's unit, the visitor's being the nation's or one above it
    ("Ngày 15/9/2016, tại Trụ sở Trung ương, Bộ Chính trị đã làm việc với Ban Thường vụ Thành ủy Cần Thơ.",
     [("2016-09-15", "thành phố Cần Thơ", "bộ chính trị", [])]),
    ("Chiều 10-3, đoàn công tác của Tỉnh ủy Đồng Nai đã làm việc với Ban thường vụ Huyện ủy Long Thành.",
     [("--03-10", "huyện Long Thành", "đoàn công tác của tỉnh ủy", [])]),
    # not when the partners are many: the host's
    ("Ngày 08/6/2018, Thường trực HĐND tỉnh Hòa Bình tổ chức Hội nghị giao ban với Thường trực HĐND các huyện.",
     [("2018-06-08", "tỉnh Hòa Bình", "thường trực hội đồng nhân dân tỉnh", [])]),
])
def test_a_working_session_is_held_where_the_partner_is(text, expected):
    assert meetings(doc_of(text, None, None)) == expected


def test_a_body_of_several_units_holds_one_meeting_each():
    """"Đảng bộ các phường: A, B, C đã tổ chức đại hội": one congress of each ward (the names share the level
    word and are read off the list); a range of days gives way to each unit's own day when its paragraph says it."""
    text = ("Ngày 8/8, Đảng bộ các phường: Giảng Võ, Tây Hồ, Định Công (TP Hà Nội) đã tổ chức đại hội đại biểu lần thứ I.")
    assert meetings(doc_of(text, None, "2025-08-09")) == [
        ("2025-08-08", "phường Giảng Võ", "đảng bộ phường", []), ("2025-08-08", "phường Tây Hồ", "đảng bộ phường", []),
        ("2025-08-08", "phường Định Công", "đảng bộ phường", [])]
    text = ("Trong hai ngày 8 và 9/8, Đảng bộ các phường: Sài Gòn, Bến Thành (TP.HCM) lần lượt tổ chức đại hội.\n\n"
            "Sáng 8/8, Đảng bộ phường Sài Gòn khai mạc đại hội.\n\nNgày 9/8, Đảng bộ phường Bến Thành tổ chức đại hội.")
    assert meetings(doc_of(text, None, "2025-08-10")) == [
        ("2025-08-08", "phường Sài Gòn", "đảng bộ phường", []), ("2025-08-09", "phường Bến Thành", "đảng bộ phường", [])]


def test_a_pages_furniture_gives_no_facts():
    """Breadcrumbs above the headline and the list of other articles after the body ("Tin liên quan",
    "Tin cùng chuyên mục", "Các tin khác", "Xem thêm") are no part of the article: their headlines hold other
    meetings, other people and other dates."""
    text = ("Trang chủ » Chính trị » Xây dựng Đảng\n\nTam Đường: Công bố quyết định về công tác cán bộ\n\n"
            "Ngày 05/4/2016 | 10:15\n\nChiều 4/4, Ban Thường vụ Huyện ủy Tam Đường tổ chức hội nghị công bố quyết định "
            "về công tác cán bộ. Đồng chí Vàng A Páo, Bí thư Huyện ủy chủ trì hội nghị.\n\nVăn Đông\n\n"
            "Tin cùng chuyên mục\n• Tổ đại biểu HĐND tỉnh tiếp xúc cử tri huyện Sìn Hồ (28/3/2016)\n"
            "• Đồng chí Giàng Páo Mỷ, Bí thư Tỉnh ủy làm việc với Đảng ủy xã Bản Giang (27/3/2016)\n"
            "• Thường trực HĐND tỉnh họp phiên thường kỳ tháng 3\n\nChia sẻ | In bài")
    doc = doc_of(text, "http://www.baolaichau.vn/chinh-tri/tam-duong-257", None)
    assert meetings(doc) == [("2016-04-04", "huyện Tam Đường", "ban thường vụ huyện ủy", ["Vàng A Páo"])]
    assert [p.name for p in doc.persons] == ["Vàng A Páo"]
    assert doc.text[:10].strip() == "" and len(doc.text) == len(text)  # blanked, offsets unchanged


def test_a_dialogue_with_a_communes_people_is_the_hosts():
    text = "Sáng 19/9, UBND huyện Phú Vang tổ chức hội nghị đối thoại với người dân xã Phú Thuận về công tác bồi thường."
    assert meetings(doc_of(text, None, "2019-09-20")) == [("2019-09-19", "huyện Phú Vang", "ủy ban nhân dân huyện", [])]


@pytest.mark.parametrize("text,expected", [
    # co-chairs listed after the title they share
    ("Chiều 21/12, tại Hà Nội, Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh khóa XII tổ chức Hội nghị lần thứ tám. "
     "Anh Đào Xuân Bảo, Bí thư thứ nhất Trung ương Đoàn chủ trì hội nghị. Cùng chủ trì có các đồng chí Bí thư Trung "
     "ương Đoàn: Phan Thị Thu Hà, Lý Quốc Hưng.",
     [("2023-12-21", "", "ban chấp hành trung ương đoàn tncs hồ chí minh",
       ["Lý Quốc Hưng", "Phan Thị Thu Hà", "Đào Xuân Bảo"])]),
    # two bodies joined by "và" hold it together; the agent after "do" is no part of the body's name
    ("Ngày 14/12, Đảng ủy Công an Trung ương và Bộ Công an tổ chức hội nghị tổng kết công tác năm.",
     [("2023-12-14", "", "đảng ủy công an trung ương", []), ("2023-12-14", "", "bộ công an", [])]),
    ("Ngày 9/8, tại Gia Lai, Hội LHPN Việt Nam do bà Hà Thị Nguyệt, Chủ tịch Hội LHPN Việt Nam làm trưởng đoàn tổ "
     "chức hội nghị.", [("2023-08-09", "", "hội lhpn việt nam", [])]),
])
def test_central_bodies_and_their_chairs(text, expected):
    assert meetings(doc_of(text, "https://tuoitre.vn/a.htm", "2023-12-22")) == expected


def test_a_congress_over_several_days_dated_by_its_term_is_one_meeting():
    """"… Đại hội Đảng bộ tỉnh X lần thứ XI, từ ngày 15-17/10" (the year from the congress's term) then "Sáng 16/10,
    Đại hội … khai mạc": one congress, on its first day."""
    text = ("Đây là mục tiêu được Đại hội Đảng bộ tỉnh Kiên Giang lần thứ XI, nhiệm kỳ 2020-2025, từ ngày 15-17/10 đặt ra. "
            "Sáng 16/10, Đại hội Đảng bộ tỉnh Kiên Giang lần thứ XI, nhiệm kỳ 2020-2025 đã khai mạc.")
    assert meetings(doc_of(text, None, None)) == [("2020-10-15", "tỉnh Kiên Giang", "đảng bộ tỉnh", [])]


@pytest.mark.parametrize("text,published,expected", [
    # a co-chair introduced by a military rank, as "đồng chí" would introduce one
    ("Sáng 9/1, Đảng ủy xã Hòa An tổ chức hội nghị tổng kết năm 2025. Đồng chủ trì hội nghị có đồng chí Lục Văn "
     "Thạnh, Bí thư Đảng ủy xã Hòa An và Thiếu tá Hoàng Văn Tiệp, Chính trị viên Đồn Biên phòng Hòa An.", "2026-01-10",
     [("2026-01-09", "xã Hòa An", "đảng ủy xã", ["Hoàng Văn Tiệp", "Lục Văn Thạnh"])]),
    # the last unit of a list runs into the verb's adverb; a deadline dates no meeting; a tally of units is none
    ("Ngày 12/8, Đảng bộ các xã Hòa An, Dân Chủ và Bạch Đằng đồng loạt tổ chức Đại hội đại biểu lần thứ I. Đến nay, "
     "20/38 đảng bộ xã, phường trong tỉnh đã tổ chức xong đại hội; các đảng bộ còn lại hoàn thành trước ngày 20/8.",
     "2025-08-13",
     [("2025-08-12", "xã Bạch Đằng", "đảng bộ xã", []), ("2025-08-12", "xã Dân Chủ", "đảng bộ xã", []),
      ("2025-08-12", "xã Hòa An", "đảng bộ xã", [])]),
    # a bare "Ban Chấp hành" is the committee the sentence has just named in full
    ("Chiều 23/7, sau khi Đại hội bầu ra Ban Chấp hành Đảng bộ huyện Hà Quảng khóa mới gồm 39 đồng chí, Ban Chấp hành "
     "đã tiến hành Hội nghị lần thứ nhất.", "2020-07-24",
     [("2020-07-23", "huyện Hà Quảng", "ban chấp hành đảng bộ huyện", [])]),
])
def test_ranks_lists_deadlines_and_committees_named_back(text, published, expected):
    assert sorted(meetings(doc_of(text, "https://baocaobang.vn/a.html", published))) == expected


def test_nine_months_of_a_year_give_the_meetings_year():
    """"báo cáo ... 9 tháng năm 2025" is a period of that year (not a plan for it, held the autumn before)."""
    text = ("Chiều 14/10, HĐND xã Lũng Táo tổ chức kỳ họp chuyên đề. Kỳ họp xem xét báo cáo kết quả thực hiện nhiệm vụ "
            "phát triển kinh tế - xã hội 9 tháng năm 2025.")
    assert [m[0] for m in meetings(doc_of(text, "https://baotuyenquang.com.vn/a.html", None))] == ["2025-10-14"]


def test_a_working_team_of_a_body_holds_its_session():
    """"Đoàn công tác của Ban Thường vụ Tỉnh ủy ... làm việc tại huyện X": the team, named with its body."""
    text = ("Ngày 14/5, Đoàn công tác của Ban Thường vụ Tỉnh ủy do đồng chí Lê Văn Hòa, Phó Bí thư Tỉnh ủy làm trưởng "
            "đoàn làm việc tại huyện Krông Búk.")
    assert [m[2] for m in meetings(doc_of(text, "https://baodaklak.vn/a.html", "2021-05-15"))] == \
        ["đoàn công tác của ban thường vụ tỉnh ủy"]


def test_a_congress_after_a_header_date_and_its_first_plenum():
    """A header's date is no count ("2025-09-28 Đại hội" is not 28 congresses); the congress and the first plenum
    of the committee it elected are two meetings, dated or not."""
    text = ("date 2025-09-28 Đại hội đại biểu Đảng bộ tỉnh Yên Hòa lần thứ 16 đã bầu 54 người vào Ban Chấp hành "
            "Đảng bộ tỉnh khóa 16.\n\nHội nghị lần thứ nhất Ban Chấp hành Đảng bộ tỉnh Sơn La khóa 16 đã bầu Ban "
            "Thường vụ Tỉnh ủy gồm 14 người.")
    assert sorted(m[2] for m in meetings(doc_of(text.replace("Yên Hòa", "Sơn La"), "https://vietnamnet.vn/a.html",
                                                None))) == ["ban chấp hành đảng bộ tỉnh", "đảng bộ tỉnh"]
    text = ("date 2026-01-24 Đại hội Đảng XIV diễn ra trong 5 ngày từ 19 đến 23/1. Đại hội đã bầu ra Ban Chấp hành "
            "Trung ương Đảng khóa XIV. Tại Hội nghị lần thứ nhất sáng 23/1, Ban Chấp hành Trung ương Đảng khóa XIV đã "
            "bầu Bộ Chính trị.")
    assert [m[:3] for m in meetings(doc_of(text, "https://vnexpress.net/a.html", None))] == \
        [("2026-01-19", "", ""), ("2026-01-23", "", "ban chấp hành trung ương đảng")]


def test_a_congress_that_set_targets_was_held():
    text = ("Ông Lý Văn Thông được chỉ định làm Bí thư Đảng ủy phường Phú An. Đại hội Đảng bộ phường Phú An đề ra mục "
            "tiêu tăng trưởng bình quân 11,7%/năm.")
    assert meetings(doc_of(text, "https://thanhnien.vn/a.htm", "2025-08-23")) == \
        [(None, "phường Phú An", "đảng bộ phường", [])]


def test_what_a_clause_is_after_is_another_meeting():
    """"Chiều 22/7, ngay sau phiên bế mạc, Ban Chấp hành ... họp phiên thứ nhất": the committee's own meeting, not
    a day of the congress."""
    text = ("Sau 3 ngày làm việc (từ ngày 20 đến 22/7), Đại hội đại biểu Đảng bộ huyện Lục Nam lần thứ XXIV đã hoàn "
            "thành chương trình đề ra. Chiều 22/7, ngay sau phiên bế mạc, Ban Chấp hành Đảng bộ huyện khóa mới họp "
            "phiên thứ nhất do đồng chí Thân Văn Lực, Bí thư Huyện ủy khóa XXIII chủ trì.")
    assert meetings(doc_of(text, "https://baobacgiang.vn/a.html", "2020-07-23")) == [
        ("2020-07-20", "huyện Lục Nam", "đảng bộ huyện", []),
        ("2020-07-22", "huyện Lục Nam", "ban chấp hành đảng bộ huyện", ["Thân Văn Lực"])]


@pytest.mark.parametrize("text,expected", [
    # title-first co-chairs, one with a Khmer family name
    ("Sáng 9/7, UBND tỉnh Cà Mau tổ chức hội nghị. Chủ tịch UBND tỉnh Tạ Minh Cương và Phó Chủ tịch UBND tỉnh Trầm "
     "Thị Hồng Hà đồng chủ trì hội nghị.", ["Trầm Thị Hồng Hà", "Tạ Minh Cương"]),
    # ";"-items after "có", each a title then a name ("Tổ chức" in a title is no verb)
    ("Chiều 5/3, Ban Thường vụ Tỉnh ủy An Giang tổ chức hội nghị. Dự và chủ trì hội nghị có Phó Bí thư Thường trực "
     "Tỉnh ủy Châu Minh Khang; Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Tổ chức Tỉnh ủy Lâm Quang Hiền.",
     ["Châu Minh Khang", "Lâm Quang Hiền"]),
    # the list one line a person, below the line that opens it
    ("Sáng 12/7, Thường trực HĐND thị xã Bình Minh tổ chức hội nghị giao ban.\n\nChủ trì hội nghị có các đồng chí:\n\n"
     "Lý Thanh Tùng – Phó Bí thư Thường trực Thị ủy;\n\nPhan Thị Mỹ Duyên – Phó Chủ tịch HĐND thị xã.\n\n"
     "Dự hội nghị có ông Hứa Văn Đạt.", ["Lý Thanh Tùng", "Phan Thị Mỹ Duyên"]),
])
def test_chairs_listed_with_titles_first_and_one_a_line(text, expected):
    assert [sorted(m[3]) for m in meetings(doc_of(text, "https://baoangiang.com.vn/a.html", "2018-03-05"))] == [expected]


def test_a_video_link_point_chaired_there_is_a_meeting_of_its_own():
    text = ("Sáng 12/4, UBND tỉnh Ninh Thuận tổ chức Hội nghị trực tuyến triển khai các chương trình mục tiêu quốc gia. "
            "Đồng chí Trịnh Minh Hòa, Phó Chủ tịch UBND tỉnh chủ trì hội nghị tại điểm cầu tỉnh.\n\nTại điểm cầu huyện "
            "Ninh Hải, đồng chí Phan Văn Toản, Chủ tịch UBND huyện chủ trì.")
    assert meetings(doc_of(text, "https://baoninhthuan.com.vn/a.htm", "2022-04-13")) == [
        ("2022-04-12", "tỉnh Ninh Thuận", "ủy ban nhân dân tỉnh", ["Trịnh Minh Hòa"]),
        ("2022-04-12", "huyện Ninh Hải", "", ["Phan Văn Toản"])]


def test_an_abbreviations_stop_ends_no_sentence():
    text = ("Sáng 27-12, UBND TX. Phú Mỹ tổ chức hội nghị tổng kết năm 2019. Ông Hồ Văn Lợi, Chủ tịch UBND TX. Phú Mỹ "
            "chủ trì hội nghị.")
    assert meetings(doc_of(text, "https://baobariavungtau.com.vn/a/", None)) == [
        ("2019-12-27", "thị xã Phú Mỹ", "ủy ban nhân dân thị xã", ["Hồ Văn Lợi"])]


@pytest.mark.parametrize("text,expected", [
    # who chairs together with the first is named after "; cùng chủ trì có" (and before "cùng chủ trì" otherwise)
    ("Ngày 15/12, Ban Chấp hành Tỉnh đoàn Quảng Bình tổ chức hội nghị. Đồng chí Trương Minh Đạt, Bí thư Tỉnh đoàn chủ "
     "trì hội nghị; cùng chủ trì có các đồng chí Phó Bí thư Tỉnh đoàn: Lê Thị Hải Yên, Đinh Quốc Bảo.",
     [["Lê Thị Hải Yên", "Trương Minh Đạt", "Đinh Quốc Bảo"]]),
    ("Ngày 8/1, Đảng ủy phường Nha Trang tổ chức hội nghị. Đồng chí Trần Minh Chương - Bí thư Đảng ủy phường chủ trì "
     "hội nghị; đồng chí Võ Thị Hồng - Phó Bí thư Thường trực Đảng ủy phường cùng chủ trì.",
     [["Trần Minh Chương", "Võ Thị Hồng"]]),
])
def test_chairs_together(text, expected):
    assert [sorted(m[3]) for m in meetings(doc_of(text, "https://baoquangbinh.vn/a.htm", "2022-12-16"))] == expected


def test_co_organisers_listed_after_phoi_hop_voi_and_congresses_named_by_members():
    text = ("Chiều 14/8, Ban Tuyên giáo Tỉnh ủy Quảng Trị phối hợp với Sở Thông tin và Truyền thông, Hội Nhà báo tỉnh tổ "
            "chức hội nghị giao ban báo chí.")
    assert sorted(m[2] for m in meetings(doc_of(text, "https://quangtri.dcs.vn/a.html", "2020-08-15"))) == \
        ["ban tuyên giáo tỉnh ủy", "hội nhà báo tỉnh", "sở thông tin và truyền thông"]
    text = ("Cũng trong tuần qua, Hội LHPN huyện Thăng Bình đã tổ chức thành công Đại hội đại biểu Phụ nữ huyện lần thứ "
            "XIX với 160 đại biểu tham dự.")
    assert meetings(doc_of(text, "https://phunuquangnam.vn/a.html", "2021-03-18")) == \
        [(None, "huyện Thăng Bình", "hội lhpn huyện", [])]
    text = ("Sáng 4/10, Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện Quỳnh Lưu tổ chức hội nghị sơ kết.")
    assert [m[2] for m in meetings(doc_of(text, "https://baonghean.vn/a.html", "2024-10-05"))] == \
        ["ban chỉ đạo các chương trình mục tiêu quốc gia huyện"]


@pytest.mark.parametrize("text,expected", [
    # the session that elects the term's leaders is its first: the term's first year
    ("Sáng 5/7, HĐND tỉnh Cao Bằng khóa XVII, nhiệm kỳ 2021 - 2026 họp để bầu các chức danh lãnh đạo HĐND, UBND tỉnh.",
     "2021-07-05"),
    # not an election of one post at a later session
    ("Chiều 12/6, HĐND tỉnh Sơn La khóa XIV, nhiệm kỳ 2016-2021, đã tổ chức kỳ họp thứ tám để miễn nhiệm và bầu chức "
     "danh Chủ tịch UBND tỉnh.", "--06-12"),
])
def test_a_first_session_known_by_what_it_elects(text, expected):
    assert [m[0] for m in meetings(doc_of(text, "https://nongnghiep.vn/a.html", None))] == [expected]


def test_a_congress_reported_day_by_day_is_one_meeting_from_its_first_day():
    text = ("Sáng 20/7, Đại hội đại biểu Đảng bộ huyện Củ Chi lần thứ XI, nhiệm kỳ 2020 - 2025 chính thức khai mạc. "
            "Trước đó, chiều 19/7, Đại hội đã tiến hành phiên trù bị dưới sự chủ trì của các đồng chí Lê Minh Đạt, "
            "Thành ủy viên, Bí thư Huyện ủy Củ Chi và Phan Văn Lộc, Phó Bí thư Thường trực Huyện ủy. Đại hội làm việc "
            "đến hết ngày 22/7.")
    assert meetings(doc_of(text, "https://www.hcmcpv.org.vn/tin-tuc/a", None)) == [
        ("2020-07-19", "huyện Củ Chi", "đảng bộ huyện", ["Lê Minh Đạt", "Phan Văn Lộc"])]


def test_a_first_plenum_takes_the_congress_terms_year_and_its_opening_session_chairs():
    text = ("Đại hội đại biểu Đảng bộ huyện Mộc Châu lần thứ XXII\n\nTrong 2 ngày 28 và 29/6, Đảng bộ huyện Mộc Châu tổ "
            "chức Đại hội đại biểu lần thứ XXII, nhiệm kỳ 2010 - 2015. Chủ trì phiên khai mạc có các đồng chí: Lò Văn "
            "Hắc, Bí thư Huyện ủy; Mùi Văn Thăng, Phó Bí thư Thường trực Huyện ủy.\n\nChiều 29/6, ngay sau phiên bế mạc, "
            "Ban Chấp hành Đảng bộ huyện khóa XXII họp Hội nghị lần thứ nhất, bầu Ban Thường vụ Huyện ủy.")
    assert meetings(doc_of(text, "http://mocchau.sonla.gov.vn/tin/1", None)) == [
        ("2010-06-28", "huyện Mộc Châu", "đảng bộ huyện", ["Lò Văn Hắc", "Mùi Văn Thăng"]),
        ("2010-06-29", "huyện Mộc Châu", "ban chấp hành đảng bộ huyện", [])]


def test_a_bloc_named_short_after_its_full_name():
    text = ("Ngày 15/7, Đảng bộ Khối các cơ quan tỉnh Bến Tre tổ chức Đại hội đại biểu lần thứ VII, nhiệm kỳ 2020 - 2025."
            "\n\nChiều 16/7, Ban Chấp hành Đảng bộ Khối khóa VII họp phiên thứ nhất, bầu Ban Thường vụ.")
    assert [m[2] for m in meetings(doc_of(text, "https://baodongkhoi.vn/a.html", None))] == \
        ["đảng bộ khối các cơ quan tỉnh", "ban chấp hành đảng bộ khối các cơ quan tỉnh"]
    assert [m[0] for m in meetings(doc_of(text, "https://baodongkhoi.vn/a.html", None))] == ["2020-07-15", "2020-07-16"]


@pytest.mark.parametrize("text,expected", [
    # going on with a session's agenda is the session
    ("LSO-Chiều 7/12, tiếp tục chương trình Kỳ họp thứ 17, HĐND tỉnh Lạng Sơn đã tiến hành lấy phiếu tín nhiệm.",
     [("2023-12-07", "tỉnh Lạng Sơn", "hội đồng nhân dân tỉnh", [])]),
    # a session over the range of days its closing sentence gives is dated by the first
    ("Chiều 12/7, sau 3 ngày làm việc khẩn trương (từ ngày 10 đến 12/7), Kỳ họp thứ 9 HĐND tỉnh Lạng Sơn đã bế mạc.",
     [("2023-07-10", "tỉnh Lạng Sơn", "hội đồng nhân dân tỉnh", [])]),
])
def test_sessions_going_on_and_closing(text, expected):
    assert meetings(doc_of(text, "https://baolangson.vn/a.html", "2023-12-08")) == expected


def test_a_schedule_page_holds_no_meetings():
    text = ("LỊCH LÀM VIỆC CỦA THƯỜNG TRỰC TỈNH ỦY\n(Tuần từ ngày 07/3 đến ngày 13/3/2016)\n\nTHỨ HAI (07/3)\n- Sáng: "
            "Đồng chí Trương Đình Khải, Bí thư Tỉnh ủy chủ trì giao ban Thường trực Tỉnh ủy.\n\nTHỨ TƯ (09/3)\n- Cả "
            "ngày: Đồng chí Trương Đình Khải chủ trì Hội nghị Ban Thường vụ Tỉnh ủy.")
    assert meetings(doc_of(text, "https://quangbinh.dcs.vn/lich-lam-viec/tuan-10.aspx", None)) == []


def test_the_same_day_as_what_the_article_last_dated_and_a_meeting_right_after_another():
    text = ("Sáng 15/5, đồng chí Lưu Hoàng Nhân, Bí thư Tỉnh ủy Hậu Giang đã đi kiểm tra tiến độ dự án đường cao tốc. "
            "Chiều cùng ngày, đồng chí Bí thư Tỉnh ủy chủ trì cuộc họp với lãnh đạo các sở, ngành.")
    assert [m[0] for m in meetings(doc_of(text, "https://www.baohaugiang.com.vn/a.html", "2023-05-16"))] == ["2023-05-15"]
    text = ("Chiều 17/10, Ban Chỉ đạo Trung ương về Phòng, chống thiên tai tổ chức cuộc họp trực tuyến với các tỉnh. "
            "Ngay sau cuộc họp trực tuyến, UBND tỉnh Quảng Trị tiếp tục họp khẩn với các địa phương. Phó Chủ tịch UBND "
            "tỉnh Võ Thị Lanh chủ trì cuộc họp.")
    assert [m[:2] + (m[3],) for m in meetings(doc_of(text, "https://baoquangtri.vn/a.htm", "2020-10-18"))][-1] == \
        ("2020-10-17", "tỉnh Quảng Trị", ["Võ Thị Lanh"])


def test_a_party_cells_meeting():
    """A village's party cell holds a meeting (sinh hoạt chi bộ) in its commune; its secretary written bare
    ("Bí thư Chi bộ") is that cell's; the topic "nội dung sinh hoạt chi bộ" is no meeting."""
    text = ("Chiều 9/6, đồng chí Đỗ Mạnh Hảo, Bí thư Huyện ủy Kiến Xương dự sinh hoạt chi bộ định kỳ tháng 6 tại Chi bộ "
            "thôn Tri Lễ, Đảng bộ xã Vũ Quý. Buổi sinh hoạt do đồng chí Trần Đăng Khôi, Bí thư Chi bộ chủ trì. Huyện "
            "ủy đã ban hành hướng dẫn về nội dung sinh hoạt chi bộ năm 2022.")
    doc = doc_of(text, "https://kienxuong.thaibinh.gov.vn/a", "2022-06-10")
    assert meetings(doc) == [("2022-06-09", "xã Vũ Quý", "chi bộ thôn tri lễ", ["Trần Đăng Khôi"])]
    assert ("Trần Đăng Khôi", "Bí thư Chi bộ thôn Tri Lễ", "xã Vũ Quý") in {
        (p.person, p.title, p.area.label if p.area else "") for p in doc.posts}


def test_a_congress_is_in_its_terms_first_year_even_in_a_later_article():
    text = ("Chiều 22-10, Đại hội đại biểu Đảng bộ tỉnh An Giang lần thứ X (nhiệm kỳ 2015-2020) bế mạc. Đại hội đã bầu "
            "53 người vào Ban Chấp hành khóa mới.")
    assert [m[0] for m in meetings(doc_of(text, "http://plo.vn/a.html", "2017-03-05"))] == ["2015-10-22"]
    # (not the term that ends the year of the article: "tổng kết nhiệm kỳ 2015-2020" at the congress of 2020)
    text = "Ngày 8/5, Đại hội Đảng bộ xã Vĩnh Phú tổng kết nhiệm kỳ 2015 - 2020."
    assert [m[0] for m in meetings(doc_of(text, "https://baoangiang.com.vn/a.html", "2020-05-08"))] == ["2020-05-08"]


def test_the_closing_day_of_a_range_the_sentence_gives_dates_by_the_first():
    text = ("Sau 3 ngày làm việc (từ ngày 15 đến 17-7), chiều 17-7, Đại hội đại biểu Đảng bộ thị xã Tân Châu lần thứ X, "
            "nhiệm kỳ 2010 - 2015 đã bế mạc.")
    assert [m[0] for m in meetings(doc_of(text, "http://www.baoangiang.com.vn/a", "2010-07-17"))] == ["2010-07-15"]


def test_a_verb_of_results_ends_a_body():
    text = ("Ngày 9/1/2026, Đảng ủy phường Chũ tổ chức hội nghị tổng kết năm 2025. Báo cáo cho biết, Đảng bộ hoàn thành "
            "14/15 chỉ tiêu; tổ chức thành công Đại hội Đảng bộ phường lần thứ I.")
    got = {m[2] for m in meetings(doc_of(text, "https://phuongchu.bacninh.gov.vn/tin-tuc/a", None))}
    assert "đảng bộ hoàn thành" not in got and "đảng ủy phường" in got


def test_a_mass_organisations_units_listed_after_a_count_each_hold_one():
    text = ("Ngày 14/3/2023, Hội Nông dân 3 xã Quỳnh Thạch, Quỳnh Bảng và Quỳnh Văn đồng loạt tổ chức Đại hội đại biểu "
            "Hội Nông dân xã nhiệm kỳ 2023 - 2028.")
    assert meetings(doc_of(text, "https://quynhluu.nghean.gov.vn/a.html", None)) == [
        ("2023-03-14", f"xã {x}", "hội nông dân xã", []) for x in ("Quỳnh Thạch", "Quỳnh Bảng", "Quỳnh Văn")]


def test_co_chairs_after_a_chair_named_with_do():
    text = ("Sáng 18/2/2016, Ban Thường trực Ủy ban MTTQ tỉnh Hậu Giang tổ chức Hội nghị hiệp thương lần thứ nhất. Hội "
            "nghị do bà Trần Thị Sương, Chủ tịch Ủy ban MTTQ tỉnh chủ trì; cùng đồng chủ trì có ông Lê Minh Tâm, Phó "
            "Chủ tịch HĐND tỉnh và ông Đào Văn Thái, Phó Chủ tịch UBND tỉnh.")
    assert meetings(doc_of(text, "https://haugiang.gov.vn/a.html", None))[0][3] == \
        ["Lê Minh Tâm", "Trần Thị Sương", "Đào Văn Thái"]


def test_buoi_sang_buoi_chieu_open_meetings_of_the_day_just_told():
    text = ("Ngày 16/6, lãnh đạo UBND tỉnh Kiên Giang đã lần lượt làm việc với hai huyện U Minh Thượng và An Biên.\n\n"
            "Buổi sáng, ông Danh Văn Quế, Chủ tịch UBND tỉnh chủ trì buổi làm việc với huyện U Minh Thượng.\n\n"
            "Buổi chiều, bà Đỗ Thị Mai Sa, Phó Chủ tịch UBND tỉnh chủ trì buổi làm việc với huyện An Biên.")
    got = meetings(doc_of(text, "https://kiengiang.dcs.vn/tin-tuc/a-4471", None))
    assert got == [("--06-16", "huyện U Minh Thượng", "", ["Danh Văn Quế"]),
                   ("--06-16", "huyện An Biên", "", ["Đỗ Thị Mai Sa"])]


def test_a_numbered_items_chair_sentence_is_of_the_items_day():
    text = ("TIN HOẠT ĐỘNG TUẦN CỦA HĐND TỈNH\n"
            "1. Ngày 15/7/2024, Thường trực HĐND tỉnh họp thường kỳ tháng 7. Ông Lữ Văn Trí, Chủ tịch HĐND tỉnh chủ trì "
            "cuộc họp.\n"
            "2. Ngày 16/7/2024, Ban Pháp chế HĐND tỉnh giám sát việc thực hiện chính sách đối với người có công tại thị "
            "xã Giá Rai. Ông Tô Văn Dương, Trưởng Ban Pháp chế HĐND tỉnh chủ trì buổi làm việc với UBND thị xã Giá Rai.\n"
            "3. Ngày 17/7/2024, HĐND huyện Hồng Dân tổ chức kỳ họp thứ 15. Bà Dương Thị Kiều Oanh, Chủ tịch HĐND huyện "
            "chủ trì kỳ họp.")
    got = meetings(doc_of(text, "https://hdnd.baclieu.gov.vn/tin-hoat-dong/a", None))
    assert ("2024-07-16", "thị xã Giá Rai", "", ["Tô Văn Dương"]) in got
    assert ("2024-07-17", "huyện Hồng Dân", "hội đồng nhân dân huyện", ["Dương Thị Kiều Oanh"]) in got
    doc = doc_of(text, "https://hdnd.baclieu.gov.vn/tin-hoat-dong/a", None)
    assert not any(doc.text[s:e].strip() in ("1.", "2.", "3.") for s, e in doc.sentences)


def test_a_chair_whose_first_title_is_the_provinces_chairs_the_district_meeting_just_reported():
    text = ("ĐIỂM TIN CHIỀU 21/3\nCập nhật: 14:32 | 21/03/2017\n\n"
            "* Sáng nay (21/3), HĐND huyện Gio Linh tổ chức kỳ họp thứ 4 (kỳ họp bất thường). Đồng chí Lê Văn Tuấn, Phó "
            "Bí thư Huyện ủy, Chủ tịch HĐND huyện chủ trì kỳ họp.\n\n"
            "* Chiều 20/3, Ban Thường vụ Huyện ủy Vĩnh Linh tổ chức hội nghị sơ kết một năm thực hiện Nghị quyết về kinh "
            "tế vùng gò đồi. Đồng chí Hồ Xuân Thanh, Tỉnh ủy viên, Bí thư Huyện ủy chủ trì hội nghị. Sau một năm, toàn "
            "huyện trồng mới hơn 600 ha rừng.\n\n"
            "* Cũng trong chiều 20/3, đồng chí Nguyễn Quang Thắng, Phó Chủ tịch UBND tỉnh đi kiểm tra công tác phòng cháy "
            "rừng tại các huyện Đakrông và Hướng Hóa.\n\n"
            "* Sáng 21/3, Hội Nông dân tỉnh tổ chức hội nghị giao ban công tác Hội quý I. Bà Trương Thị Ngọc Diễm, Chủ "
            "tịch Hội Nông dân tỉnh chủ trì hội nghị.")
    got = meetings(doc_of(text, "https://www.quangtritv.vn/thoi-su/diem-tin-chieu-21-3-38842.htm", None))
    assert ("2017-03-20", "huyện Vĩnh Linh", "ban thường vụ huyện ủy", ["Hồ Xuân Thanh"]) in got
    assert ("2017-03-21", "tỉnh Quảng Trị", "hội nông dân tỉnh", ["Trương Thị Ngọc Diễm"]) in got


def test_partners_worked_with_over_a_range_of_days_each_on_the_day_the_text_gives():
    text = ("Trong 2 ngày 17 và 18/9/2025, đồng chí Lê Trọng Nghị, Chủ tịch UBND tỉnh Gia Lai đã chủ trì làm việc với "
            "phường Pleiku và phường Quy Nhơn về vận hành chính quyền địa phương 2 cấp.\n\n"
            "Sáng 17/9, tại phường Pleiku, Bí thư Đảng ủy phường báo cáo kết quả thu ngân sách.\n\n"
            "Ngày 18/9, Chủ tịch UBND tỉnh làm việc với phường Quy Nhơn.")
    got = meetings(doc_of(text, "https://gialai.gov.vn/tin-tuc/a.81544.aspx", None))
    assert [(m[0], m[1]) for m in got] == [("2025-09-17", "phường Pleiku"), ("2025-09-18", "phường Quy Nhơn")]


def test_a_meeting_later_in_a_paragraph_whose_day_was_told_is_of_that_day():
    text = ("* Chiều 4/6/2024, Chủ tịch UBND tỉnh Đặng Quốc Thanh cùng lãnh đạo các sở, ngành đi kiểm tra tiến độ giải "
            "phóng mặt bằng dự án đường cao tốc. Sau khi kiểm tra hiện trường, Chủ tịch UBND tỉnh làm việc với lãnh đạo "
            "huyện Cẩm Xuyên.\n\n* Ngày 5/6/2024, Thường trực HĐND tỉnh họp phiên thường kỳ tháng 6.")
    got = meetings(doc_of(text, "https://hatinh.gov.vn/tin-tuc/a-58214.html", None))
    assert ("2024-06-04", "huyện Cẩm Xuyên") in [(m[0], m[1]) for m in got]


def test_a_working_group_called_to_cong_tac_holds_its_session():
    text = ("Chiều 12/9/2016, Tổ công tác của Ban Thường vụ Tỉnh ủy do đồng chí Trần Văn Hợp, Phó Bí thư Thường trực "
            "Tỉnh ủy làm tổ trưởng đã làm việc với Ban Thường vụ Huyện ủy Mường Ảng.")
    got = meetings(doc_of(text, "http://dienbien.dcs.vn/tin-tuc/a-1209.html", None))
    assert [(m[0], m[2]) for m in got] == [("2016-09-12", "tổ công tác của ban thường vụ tỉnh ủy")]


def test_each_body_worked_with_is_a_session_and_chairing_the_sessions_chairs_each():
    text = ("Trong hai ngày 18 và 19/9/2018, Đoàn giám sát của Thường trực HĐND tỉnh do ông Phan Văn Lợi, Chủ tịch HĐND "
            "tỉnh làm trưởng đoàn đã làm việc với UBND huyện Tây Sơn và UBND huyện Hoài Ân về chính sách hỗ trợ sản "
            "xuất. Ông Phan Văn Lợi chủ trì các buổi làm việc.\n\nSáng 19/9, đoàn giám sát làm việc với UBND huyện Hoài "
            "Ân.")
    got = meetings(doc_of(text, "http://hdnd.binhdinh.gov.vn/tin-tuc/2018/09/a", None))
    assert got == [("2018-09-18", "huyện Tây Sơn", "đoàn giám sát của thường trực hội đồng nhân dân tỉnh", ["Phan Văn Lợi"]),
                   ("2018-09-19", "huyện Hoài Ân", "đoàn giám sát của thường trực hội đồng nhân dân tỉnh", ["Phan Văn Lợi"])]


def test_provinces_listed_after_their_councils_each_hold_a_session():
    text = ("Ngày 28/6/2016, Hội đồng Nhân dân các tỉnh Quảng Bình, Thái Bình, Đắk Nông và Bạc Liêu đã khai mạc kỳ họp "
            "thứ nhất, bầu các chức danh chủ chốt.")
    got = meetings(doc_of(text, "https://www.vietnamplus.vn/a/391824.vnp", None))
    assert [m[1] for m in got] == ["tỉnh Quảng Bình", "tỉnh Thái Bình", "tỉnh Đắk Nông", "tỉnh Bạc Liêu"]


def test_a_sentence_opening_with_its_place_gives_a_bare_body_its_area():
    text = ("Sáng 5/6/2019, Tỉnh ủy Bình Phước tổ chức hội nghị công bố quyết định của Bộ Chính trị về công tác cán bộ.\n\n"
            "Chiều cùng ngày, tại Kon Tum, Ban Thường vụ Tỉnh ủy tổ chức hội nghị công bố quyết định chỉ định bà Y Ngọc "
            "Lệ - Trưởng Ban Dân vận Tỉnh ủy Gia Lai - giữ chức Phó Bí thư Tỉnh ủy Kon Tum.")
    got = meetings(doc_of(text, "https://laodong.vn/thoi-su/a-732514.ldo", None))
    assert ("2019-06-05", "tỉnh Kon Tum", "ban thường vụ tỉnh ủy", []) in got


def test_the_reports_of_a_round_up_that_met_at_once_are_of_its_day():
    text = ("(NLĐO) - Ngày 1-7-2025, các phường, đặc khu mới ở TP HCM, Quảng Ninh và An Giang đồng loạt tổ chức hội nghị "
            "đầu tiên của cấp ủy sau sắp xếp.\n\n"
            "Cùng sáng, ông Phan Văn Nghĩa, Bí thư Đảng ủy phường Thủ Dầu Một, chủ trì phiên họp đầu tiên của Ban "
            "Thường vụ Đảng ủy phường.\n\n"
            "Tại Quảng Ninh, Đảng ủy phường Hạ Long tổ chức hội nghị triển khai nhiệm vụ dưới sự chủ trì của ông Đào "
            "Quang Hùng, Bí thư Đảng ủy phường.\n\n"
            "Hội nghị đã thống nhất quy chế làm việc của Ban Chấp hành.")
    got = meetings(doc_of(text, "https://nld.com.vn/thoi-su/a-196250701153012345.htm", None))
    assert ("2025-07-01", "phường Thủ Dầu Một", "ban thường vụ đảng ủy phường", ["Phan Văn Nghĩa"]) in got
    assert ("2025-07-01", "phường Hạ Long", "đảng ủy phường", ["Đào Quang Hùng"]) in got


def test_disaster_command_boards_hold_their_emergency_meetings_at_the_same_time():
    text = ("Tối 25/10/2020, Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn (PCTT&TKCN) tỉnh Quảng Ngãi họp khẩn "
            "để triển khai các biện pháp ứng phó với bão số 9. Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ huy PCTT&TKCN "
            "tỉnh Huỳnh Tấn Long chủ trì cuộc họp.\n\nCùng thời điểm, Ban Chỉ huy PCTT&TKCN huyện Lý Sơn cũng tổ chức "
            "họp khẩn. Đồng chí Phạm Thế Vinh, Chủ tịch UBND huyện, Trưởng Ban Chỉ huy PCTT&TKCN huyện chủ trì.")
    got = meetings(doc_of(text, "https://quangngaitv.vn/thoi-su/202010/a/", None))
    assert got == [("2020-10-25", "tỉnh Quảng Ngãi", "ban chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn tỉnh",
                    ["Huỳnh Tấn Long"]),
                   ("2020-10-25", "huyện Lý Sơn", "ban chỉ huy pctt&tkcn huyện", ["Phạm Thế Vinh"])]


def test_a_steering_committee_written_bare_as_organiser_is_the_one_its_head_was_named_by():
    text = ("- Chiều 14/3/2023, ông Châu Minh Khanh, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo các chương trình mục tiêu "
            "quốc gia tỉnh chủ trì cuộc họp Ban Chỉ đạo để đánh giá tiến độ giải ngân vốn.")
    got = meetings(doc_of(text, "https://baclieu.gov.vn/web/guest/-/a", None))
    assert [m[2] for m in got] == ["ban chỉ đạo các chương trình mục tiêu quốc gia tỉnh"]


def test_a_councils_vote_of_confidence_is_taken_at_its_session_and_a_listed_citys_council_is_a_citys():
    text = ("Ngày 8/12/2023, HĐND TP Hải Phòng khóa XVI lấy phiếu tín nhiệm 30 chức danh. Chủ tịch HĐND thành phố Đồng "
            "Văn Hoàn đạt 58/61 phiếu tín nhiệm cao.")
    assert meetings(doc_of(text, "https://laodong.vn/thoi-su/a-1277812.ldo", None)) == \
        [("2023-12-08", "thành phố Hải Phòng", "hội đồng nhân dân thành phố", [])]
    text = ("Sáng 6/12/2023, HĐND Thanh Hóa, Hải Phòng khai mạc kỳ họp cuối năm.")
    assert [(m[1], m[2]) for m in meetings(doc_of(text, "https://laodong.vn/thoi-su/a-1277812.ldo", None))] == \
        [("tỉnh Thanh Hóa", "hội đồng nhân dân tỉnh"), ("thành phố Hải Phòng", "hội đồng nhân dân thành phố")]


def test_an_association_as_co_organiser():
    text = ("Sáng 22/10/2021, Sở Kế hoạch và Đầu tư phối hợp với Hiệp hội Doanh nghiệp tỉnh Vĩnh Phúc tổ chức buổi đối "
            "thoại với doanh nghiệp.")
    assert sorted(m[2] for m in meetings(doc_of(text, "https://vinhphuc.gov.vn/a.html", None))) == \
        ["hiệp hội doanh nghiệp tỉnh", "sở kế hoạch và đầu tư"]


def test_the_city_a_2025_ward_lies_in_named_after_its_council_is_no_second_session():
    text = ("(NLĐO) - Ngày 18-12-2025, HĐND phường Bàn Cờ, TP HCM khóa I tổ chức kỳ họp thường lệ cuối năm. Bà Lê Thị "
            "Ngọc Bảo, Chủ tịch HĐND phường chủ trì kỳ họp.")
    assert meetings(doc_of(text, "https://nld.com.vn/a-196251218154512345.htm", None)) == \
        [("2025-12-18", "phường Bàn Cờ", "hội đồng nhân dân phường", ["Lê Thị Ngọc Bảo"])]


def test_a_first_plenum_on_a_day_of_its_own_is_held_by_the_committee_the_congress_elected():
    text = ("Đại hội đại biểu Đảng bộ huyện Ba Tơ lần thứ XIX, nhiệm kỳ 2015 – 2020 diễn ra trong 3 ngày, từ ngày 24 đến "
            "26/6/2015.\n\nTại Hội nghị lần thứ nhất ngày 25/6, đồng chí Phạm Thanh Hiền tái đắc cử Bí thư Huyện ủy.")
    got = meetings(doc_of(text, "https://quangngai.gov.vn/a.html", None))
    assert ("2015-06-25", "huyện Ba Tơ", "ban chấp hành đảng bộ huyện", []) in got


def test_a_council_committees_supervision_session_is_a_meeting_it_holds():
    text = ("(NLĐO) - Sáng 23-5-2024, Ban Đô thị HĐND TP HCM tổ chức giám sát việc chỉnh trang đô thị tại quận 3. Bà Đàm "
            "Thị Mỹ Liêu, Trưởng Ban Đô thị HĐND TP chủ trì buổi giám sát.")
    assert meetings(doc_of(text, "https://nld.com.vn/a-196240523112233444.htm", None)) == \
        [("2024-05-23", "thành phố Hồ Chí Minh", "ban đô thị hội đồng nhân dân thành phố", ["Đàm Thị Mỹ Liêu"])]


def test_courts_procuracies_inspectorates_and_military_commands_hold_meetings():
    text = ("Sáng 8/1/2021, Tòa án nhân dân tỉnh Vĩnh Long tổ chức hội nghị triển khai công tác năm 2021. Ngày 9/1/2021, "
            "Thanh tra tỉnh Vĩnh Long tổ chức hội nghị tổng kết. Ngày 10/1/2021, Bộ Chỉ huy Quân sự tỉnh Vĩnh Long tổ "
            "chức hội nghị quân chính.")
    got = [m[2] for m in meetings(doc_of(text, "https://baovinhlong.com.vn/a.html", None))]
    assert got == ["tòa án nhân dân tỉnh", "thanh tra tỉnh", "bộ chỉ huy quân sự tỉnh"]


def test_a_companys_party_committee_holds_its_congress_in_no_unit_with_its_name_whole():
    text = ("Ngày 6/10/2017, Đảng ủy Công ty TNHH MTV Cao su Phú Riềng tổ chức Đại hội đại biểu lần thứ VI. Đồng chí Nông "
            "Văn Thạch, Bí thư Đảng ủy Công ty chủ trì đại hội.")
    got = meetings(doc_of(text, "https://baobinhphuoc.com.vn/a.html", None))
    assert [(m[0], m[1], m[2]) for m in got] == [("2017-10-06", "", "đảng ủy công ty tnhh mtv cao su phú riềng")]


@pytest.mark.parametrize("text,published,expected", [
    ("Chiều 9/1, Ủy ban bầu cử tỉnh Hà Tĩnh tổ chức phiên họp thứ nhất. Đồng chí Lê Văn Sơn, Chủ tịch HĐND tỉnh, Chủ tịch "
     "Ủy ban bầu cử tỉnh chủ trì phiên họp.", "2026-01-10",
     [("2026-01-09", "tỉnh Hà Tĩnh", "ủy ban bầu cử tỉnh", ["Lê Văn Sơn"])]),
    ("Ngày 25/2, Ban bầu cử số 3 xã Cẩm Xuyên họp phiên thứ hai. Ông Trần Văn Bảy, Trưởng Ban bầu cử số 3 chủ trì cuộc "
     "họp.", "2026-02-26", [("2026-02-25", "xã Cẩm Xuyên", "ban bầu cử số 3 xã", ["Trần Văn Bảy"])]),
    # a building named after a body is where it met, not who held it
    ("Sáng 11/2, tại Nhà Quốc hội, Hội đồng bầu cử quốc gia họp phiên thứ sáu. Chủ tịch Hội đồng bầu cử quốc gia Lê "
     "Minh Tâm chủ trì phiên họp.", "2026-02-11",
     [("2026-02-11", "", "hội đồng bầu cử quốc gia", ["Lê Minh Tâm"])]),
])
def test_election_bodies_hold_meetings(text, published, expected):
    assert meetings(doc_of(text, None, published)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Sáng 14/5, Ban Bí thư Trung ương Đảng tổ chức hội nghị trực tuyến toàn quốc. Đồng chí Lê Văn Tâm, Thường trực Ban "
     "Bí thư chủ trì hội nghị. Chủ trì tại điểm cầu Nghệ An có đồng chí Hồ Văn Hai, Phó Bí thư Tỉnh ủy. Tại hội nghị, "
     "Ban Bí thư đã khen thưởng 12 tập thể.",
     [("2019-05-14", "", "ban bí thư trung ương đảng", ["Lê Văn Tâm"]), ("2019-05-14", "tỉnh Nghệ An", "", ["Hồ Văn Hai"])]),
    ("Sáng 15/7, Ban Dân vận Trung ương tổ chức hội nghị trực tuyến. Chủ trì hội nghị tại điểm cầu Bắc Giang là đồng chí "
     "Đào Thị Mai, Trưởng Ban Dân vận Tỉnh ủy. Hội nghị kết nối tới các huyện; tại điểm cầu huyện Lục Nam, đồng chí Vũ "
     "Văn Tư, Bí thư Huyện ủy chủ trì.",
     [("2019-07-15", "", "ban dân vận trung ương", []), ("2019-07-15", "tỉnh Bắc Giang", "", ["Đào Thị Mai"]),
      ("2019-07-15", "huyện Lục Nam", "", ["Vũ Văn Tư"])]),
    ("Sáng 21/11, Bộ Chính trị tổ chức hội nghị toàn quốc. Tại điểm cầu Tỉnh ủy Lâm Đồng, đồng chí Lê Văn Sáu, Bí thư "
     "Tỉnh ủy chủ trì.", [("2019-11-21", "", "bộ chính trị", []), ("2019-11-21", "tỉnh Lâm Đồng", "", ["Lê Văn Sáu"])]),
    # where the host sat is no meeting of its own, nor where a national leader chaired from
    ("Sáng 12/9, UBND tỉnh Đắk Lắk tổ chức hội nghị trực tuyến với các xã. Phó Chủ tịch UBND tỉnh Lê Văn Ba chủ trì hội "
     "nghị tại điểm cầu thành phố Buôn Ma Thuột.", [("2019-09-12", "tỉnh Đắk Lắk", "ủy ban nhân dân tỉnh", ["Lê Văn Ba"])]),
    ("Sáng 20/7, Chính phủ tổ chức hội nghị trực tuyến với các địa phương. Tại điểm cầu Hà Nội, Thủ tướng Chính phủ Lê "
     "Văn Năm chủ trì.", [("2019-07-20", "", "chính phủ", ["Lê Văn Năm"])]),
])
def test_a_local_leader_chairing_at_a_video_link_point_holds_that_points_meeting(text, expected):
    assert meetings(doc_of(text, None, "2019-12-30")) == expected


def test_a_central_delegation_led_by_someone_works_where_it_is_received():
    text = ("Chiều 20/8, Đoàn công tác của Bộ Y tế do Thứ trưởng Bộ Y tế Lê Văn Khải làm trưởng đoàn đã làm việc với UBND "
            "tỉnh. Thứ trưởng Lê Văn Khải và Phó Chủ tịch UBND tỉnh Hồ Thị Phúc đồng chủ trì buổi làm việc.")
    assert meetings(doc_of(text, "https://baoquangngai.vn/a.html", "2021-08-21")) == \
        [("2021-08-20", "tỉnh Quảng Ngãi", "đoàn công tác của bộ y tế", ["Hồ Thị Phúc", "Lê Văn Khải"])]


def test_a_party_group_holds_its_meetings():
    text = ("Chiều 19/7, Ban Cán sự đảng UBND tỉnh họp phiên thường kỳ tháng 7. Đ/c Lê Văn Toản - Bí thư Ban Cán sự đảng "
            "UBND tỉnh, Chủ tịch UBND tỉnh chủ trì phiên họp.")
    assert meetings(doc_of(text, "https://baokontum.com.vn/a.html", "2013-07-20")) == \
        [("2013-07-19", "tỉnh Kon Tum", "ban cán sự đảng ủy ban nhân dân tỉnh", ["Lê Văn Toản"])]


def test_a_caption_that_opens_with_its_label_names_the_chair_and_a_points_chairs_listed_after_a_colon():
    text = ("Ngày 02-11-2020, UBND huyện Vũ Thư tổ chức hội nghị giao ban.\n\nẢnh: Đồng chí Bùi Văn Thành, Phó Bí thư "
            "Huyện ủy, Chủ tịch UBND huyện chủ trì hội nghị giao ban\n\nThu ngân sách đạt 86% dự toán.")
    assert meetings(doc_of(text, "https://vuthu.thaibinh.gov.vn/a", None)) == \
        [("2020-11-02", "huyện Vũ Thư", "ủy ban nhân dân huyện", ["Bùi Văn Thành"])]
    text = ("Chiều 05/3/2021, UBND huyện Nghĩa Hưng tổ chức hội nghị giao ban trực tuyến với 24 xã. Chủ trì tại điểm cầu "
            "huyện: đồng chí La Văn Cảnh, Chủ tịch UBND huyện; các đồng chí Phó Chủ tịch UBND huyện: Hầu Thị Dịu, Giang "
            "Văn Toản.")
    assert meetings(doc_of(text, None, None)) == \
        [("2021-03-05", "huyện Nghĩa Hưng", "ủy ban nhân dân huyện", ["Giang Văn Toản", "Hầu Thị Dịu", "La Văn Cảnh"])]


def test_schedules_listings_and_announcements_are_no_held_meetings():
    schedule = ("Trang chủ  Giới thiệu  Tin tức  Lịch công tác\n\nUBND HUYỆN KRÔNG PA\nLỊCH CÔNG TÁC TUẦN 33\n"
                "THỨ HAI (15/8)\n- 07h30: Đ/c Ksor Y Ba - Chủ tịch UBND huyện chủ trì họp giao ban lãnh đạo UBND huyện.\n"
                "- 14h00: Đ/c Rơ Mah Hai - Phó Chủ tịch UBND huyện chủ trì hội nghị triển khai tiêm vắc xin.")
    assert meetings(doc_of(schedule, "https://krongpa.gialai.gov.vn/lich", "2022-08-13")) == []
    clocked = ("Hoạt động của lãnh đạo huyện\n- 07h30: Đ/c Ksor Y Ba - Chủ tịch UBND huyện chủ trì họp giao ban ngày "
               "15/8/2022.\n- 14h00: Đ/c Rơ Mah Hai - Phó Chủ tịch UBND huyện chủ trì hội nghị ngày 15/8/2022.")
    assert meetings(doc_of(clocked, None, None)) == []
    listing = ("Tin tức - Sự kiện\n\nHĐND xã Vĩnh Hảo họp chuyên đề (12/09/2023)\nNgày 11/9, HĐND xã Vĩnh Hảo tổ chức kỳ "
               "họp chuyên đề. Đồng chí Đinh Văn Bảy, Chủ tịch HĐND xã chủ trì kỳ họp.\n\nSắp diễn ra Đại hội đại biểu các "
               "dân tộc thiểu số huyện lần thứ IV (11/09/2023)\nĐại hội dự kiến tổ chức vào ngày 28/9.\n\nTheo chương trình, chiều "
               "12/9 kỳ họp sẽ dành thời gian cho phiên chất vấn.")
    assert meetings(doc_of(listing, "https://vinhthanh.binhdinh.gov.vn/tin", None)) == \
        [("2023-09-11", "xã Vĩnh Hảo", "hội đồng nhân dân xã", ["Đinh Văn Bảy"])]


def test_a_presidium_listed_after_chu_tri_chairs_and_more_family_names():
    text = ("Ngày 28/6/2022, Huyện đoàn Krông Pắc tổ chức Đại hội đại biểu Đoàn TNCS Hồ Chí Minh huyện lần thứ X. Chủ trì "
            "đại hội có các đồng chí trong Đoàn Chủ tịch: Nguyễn Thị Ba, Bí thư Huyện đoàn; Y Tư Êban, Phó Bí thư Huyện "
            "đoàn; H'Năm Mlô, Ủy viên Ban Thường vụ Huyện đoàn.")
    assert meetings(doc_of(text, None, None)) == \
        [("2022-06-28", "huyện Krông Pắc", "huyện đoàn", ["H'Năm Mlô", "Nguyễn Thị Ba", "Y Tư Êban"])]
    text = ("Ngày 20/6/2017, Hội CCB tỉnh Ninh Thuận tổ chức đại hội. Đoàn Chủ tịch gồm các đồng chí: Đổng Văn Sáu, Chủ "
            "tịch Hội CCB tỉnh; Pinăng Văn Bảy, Ủy viên Ban Thường vụ Hội CCB tỉnh chủ trì đại hội.")
    assert meetings(doc_of(text, None, None))[0][3] == ["Pinăng Văn Bảy", "Đổng Văn Sáu"]


@pytest.mark.parametrize("text,expected", [
    ("Ngày 27/8/2025, các xã Tân Lập và Hạ Hòa, tỉnh Phú Thọ đã tổ chức thành công Đại hội Đảng bộ xã lần thứ I, nhiệm "
     "kỳ 2025-2030.", [("2025-08-27", "xã Hạ Hòa", "đảng bộ xã", []), ("2025-08-27", "xã Tân Lập", "đảng bộ xã", [])]),
    ("Ngày 20/8/2025, thêm 3 đảng bộ cấp xã trên địa bàn phía Nam tỉnh tổ chức đại hội đại biểu lần thứ I.\n* Tại Đại "
     "hội Đảng bộ xã Ninh Hải, đồng chí Lê Văn Hai, Phó Chủ tịch UBND tỉnh dự và chỉ đạo.\n* Đại hội Đảng bộ xã Thuận "
     "Bắc có sự tham dự của đồng chí Lê Văn Ba.",
     [("2025-08-20", "xã Ninh Hải", "đảng bộ xã", []), ("2025-08-20", "xã Thuận Bắc", "đảng bộ xã", [])]),
])
def test_a_round_up_of_units_that_held_congresses_that_day(text, expected):
    assert sorted(meetings(doc_of(text, "https://khanhhoa.dcs.vn/a.html", None))) == expected


def test_chairs_listed_after_cac_ong_ba():
    text = ("Sáng 14/10/2025, Đại hội Đảng bộ tỉnh Vĩnh Long lần thứ I khai mạc. Chủ trì phiên khai mạc có các ông, bà: "
            "Trần Văn Hai, Bí thư Tỉnh ủy; Kim Thị Ba, Phó Bí thư Thường trực Tỉnh ủy.")
    assert meetings(doc_of(text, None, None))[0][3] == ["Kim Thị Ba", "Trần Văn Hai"]


def test_text_wrapped_at_a_fixed_width_with_entities_left_in_reads_as_its_paragraphs():
    text = ("KỲ HỌP THỨ 4 HĐND HUYỆN THANH MIỆN NHIỆM KỲ 2016 - 2021 19/07/2017\n"
            "Trong ngày 18/7/2017, HĐND huyện Thanh Miện nhiệm kỳ 2016 - 2021 tổ chức kỳ\n"
            "họp thứ 4 để xem xét nhiều nội dung quan trọng. Đồng chí Nguyễn Văn Hai, Bí thư\n"
            "Huyện ủy, Chủ tịch HĐND huyện chủ trì kỳ họp. Dự kỳ họp có đồng chí Lê Xuân\n"
            "Tám, Phó Chủ tịch HĐND tỉnh; đồng chí Trần Thị Chín, Trưởng Ban Dân vận Tỉnh\n"
            "ủy và lãnh đạo Văn phòng HĐND&amp;UBND huyện Tam&nbsp;Đường cùng các xã.\n\n"
            "Tại kỳ họp, các đại biểu thảo luận về tình hình kinh tế - xã hội của huyện\n"
            "trong 6 tháng đầu năm và thống nhất các giải pháp cho những tháng cuối năm.")
    doc = doc_of(text, "https://thanhmien.haiduong.gov.vn/a.aspx", None)
    assert meetings(doc) == [("2017-07-18", "huyện Thanh Miện", "hội đồng nhân dân huyện", ["Nguyễn Văn Hai"])]
    posts = {(p.person, key(p.title), p.area.label if p.area else "") for p in doc.posts}
    assert ("Lê Xuân Tám", "phó chủ tịch hội đồng nhân dân tỉnh", "tỉnh Hải Dương") in posts
    assert ("Trần Thị Chín", "trưởng ban dân vận tỉnh ủy", "tỉnh Hải Dương") in posts
    assert "HĐND&UBND" in doc.text and "Tam Đường" in doc.text


def test_a_roster_one_member_a_line_is_not_wrapped_text():
    from vnkg.extract.sentences import _hard_wrapped
    roster = ("Ban Thường vụ Đảng ủy xã gồm 5 đồng chí:\n" + "".join(
        f"{i}. Đồng chí Lê Văn {n} - Phó Chủ tịch Ủy ban nhân dân xã phụ trách nông nghiệp\n"
        for i, n in enumerate(["Hai", "Ba", "Tư", "Năm", "Sáu"], 1)))
    assert not _hard_wrapped(roster)


def test_a_co_organiser_of_another_level_adds_to_the_first_organisers_meeting():
    text = ("Sáng 14/3/2017, UBND huyện Bát Xát phối hợp với Bộ Chỉ huy BĐBP tỉnh Lào Cai tổ chức hội nghị ký kết quy chế "
            "phối hợp. Thượng tá Vàng Seo Hai, Phó Chỉ huy trưởng BĐBP tỉnh và ông Lý Văn Ba, Chủ tịch UBND huyện Bát "
            "Xát đồng chủ trì hội nghị.")
    found = {(d, a, o) for d, a, o, _ in meetings(doc_of(text, "https://baolaocai.vn/a.html", None))}
    assert found == {("2017-03-14", "huyện Bát Xát", "ủy ban nhân dân huyện"),
                     ("2017-03-14", "huyện Bát Xát", "bộ chỉ huy bđbp tỉnh")}
    text = "Sáng 10/9/2018, Bộ CHQS tỉnh Lào Cai tổ chức hội nghị tổng kết. Đại tá Vàng Seo Dìn chủ trì hội nghị."
    assert meetings(doc_of(text, None, None)) == [("2018-09-10", "tỉnh Lào Cai", "bộ chqs tỉnh", ["Vàng Seo Dìn"])]


def test_a_delegations_session_is_where_it_goes():
    text = ("Sáng 14-11-2018, Đoàn giám sát của HĐND thị xã Hương Trà tổ chức buổi giám sát công tác bồi thường tại "
            "phường Tứ Hạ. Ông Trần Hữu Lộc, Phó Chủ tịch HĐND thị xã, Trưởng đoàn chủ trì buổi giám sát.")
    assert meetings(doc_of(text, "https://baothuathienhue.vn/a.html", None)) == \
        [("2018-11-14", "phường Tứ Hạ", "đoàn giám sát của hội đồng nhân dân thị xã", ["Trần Hữu Lộc"])]


def test_talks_are_a_meeting_and_foreign_posts_are_of_no_unit():
    text = ("Sáng 9/11/2023, tại thành phố Đông Hà, Đoàn đại biểu cấp cao tỉnh Quảng Trị và tỉnh Savannakhet (Lào) đã "
            "tiến hành hội đàm thường niên. Đồng chí Lê Văn Hai, Bí thư Tỉnh ủy và ông Sỏm Phết Vông, Tỉnh trưởng tỉnh "
            "Savannakhet đồng chủ trì hội đàm. Dự có ông Park Seong-jun, Tổng Lãnh sự Hàn Quốc tại Đà Nẵng.")
    doc = doc_of(text, "https://baoquangtri.vn/a.html", None)
    assert meetings(doc) == [("2023-11-09", "tỉnh Quảng Trị", "", ["Lê Văn Hai", "Sỏm Phết Vông"])]
    posts = {(p.person, key(p.title), p.area.label if p.area else "") for p in doc.posts}
    assert ("Park Seong-jun", "tổng lãnh sự hàn quốc tại đà nẵng", "") in posts
    assert ("Sỏm Phết Vông", "tỉnh trưởng tỉnh savannakhet", "") in posts
    assert "Hàn Quốc" not in [p.name for p in doc.persons]


def test_a_working_session_between_two_bodies_is_held_with_the_one_below():
    text = ("Ngày 11-3-2021, đồng chí Thạch Văn Hai, Bí thư Tỉnh ủy Bình Dương và đồng chí Cù Thị Ba, Bí thư Thị ủy Bến "
            "Cát đồng chủ trì buổi làm việc giữa Thường trực Tỉnh ủy và Ban Thường vụ Thị ủy Bến Cát.")
    found = meetings(doc_of(text, "https://baobinhduong.vn/a.html", None))
    assert [(d, a.split()[-2:], c) for d, a, _, c in found] == [("2021-03-11", ["Bến", "Cát"], ["Cù Thị Ba", "Thạch Văn Hai"])]


def test_a_supervision_delegation_that_supervised_holds_its_session_where_it_went():
    text = ("Ngày 22.8.2013, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam huyện Diễn Châu do ông Cao Văn Hai - "
            "Phó Chủ tịch Ủy ban MTTQ huyện làm trưởng đoàn đã giám sát việc bình xét hộ nghèo tại xã Diễn Kỷ.")
    found = meetings(doc_of(text, "https://diendchau.nghean.gov.vn/a.html", None))
    assert found == [("2013-08-22", "xã Diễn Kỷ",
                      "đoàn giám sát của ban thường trực ủy ban mặt trận tổ quốc việt nam huyện", [])]


def test_a_schedule_page_ends_at_the_next_heading_in_capitals():
    text = ("LỊCH LÀM VIỆC CỦA THƯỜNG TRỰC HUYỆN ỦY ĐẮK GLEI\nTuần 12 (Từ ngày 20/3/2023 đến ngày 24/3/2023)\n\nThứ Hai, "
            "20/3: 7h30 - Đ/c A Vin, Bí thư Huyện ủy chủ trì họp Thường trực Huyện ủy.\n\nTIN HOẠT ĐỘNG TUẦN QUA\nNgày "
            "17/3, Ban Thường vụ Huyện ủy tổ chức Hội nghị giao ban quý I. Đồng chí A Vin, Bí thư Huyện ủy chủ trì hội nghị.")
    assert meetings(doc_of(text, "https://dakglei.kontum.gov.vn/a.html", None)) == \
        [("2023-03-17", "huyện Đắk Glei", "ban thường vụ huyện ủy", ["A Vin"])]


def test_a_cell_that_held_its_session_and_the_leaders_name_is_no_city():
    text = ("Sáng 20/8/2021, Chi bộ Phòng Tổng hợp thuộc Đảng bộ Văn phòng Tỉnh ủy tổ chức sinh hoạt chuyên đề học tập và "
            "làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Đồng chí Lê Văn Hai, Phó Bí thư Thường trực Tỉnh ủy dự.")
    doc = doc_of(text, "https://baobinhdinh.vn/viewer.aspx?macm=1&macmp=1&mabb=2", None)
    assert [(d, a, o) for d, a, o, _ in meetings(doc)] == \
        [("2021-08-20", "tỉnh Bình Định", "chi bộ phòng tổng hợp")]  # (the province's: its parent is the Tỉnh ủy's)
    assert {p.area.label for p in doc.posts if p.person == "Lê Văn Hai"} == {"tỉnh Bình Định"}


def test_the_states_agencies_in_a_province_hold_meetings():
    text = ("Ngày 6/1/2023, Cục Thuế tỉnh Thái Bình tổ chức hội nghị tổng kết công tác thuế. Ông Lê Văn Hai, Cục trưởng Cục "
            "Thuế tỉnh chủ trì hội nghị. Sáng 8/1/2023, Bảo hiểm xã hội tỉnh Thái Bình tổ chức hội nghị triển khai nhiệm "
            "vụ. Ông Lê Văn Ba, Giám đốc Bảo hiểm xã hội tỉnh chủ trì hội nghị.")
    assert [(d, o) for d, _, o, _ in meetings(doc_of(text, None, None))] == \
        [("2023-01-06", "cục thuế tỉnh"), ("2023-01-08", "bảo hiểm xã hội tỉnh")]


def test_a_residential_groups_party_cell_keeps_its_number_and_not_its_parent():
    doc = doc_of("Tối 17/11, Chi bộ tổ dân phố 42 thuộc Đảng bộ phường Hòa Khê tổ chức sinh hoạt chi bộ định kỳ. "
                 "Đồng chí Lê Văn Hòa, Bí thư Chi bộ khóm 4 chủ trì.", "https://baodanang.vn/a-3174520/", "2021-11-20")
    assert meetings(doc) == [("2021-11-17", "phường Hòa Khê", "chi bộ tổ dân phố 42", ["Lê Văn Hòa"])]
    assert [(p.person, key(p.title)) for p in doc.posts] == [("Lê Văn Hòa", "bí thư chi bộ khóm 4")]


@pytest.mark.parametrize("text", [
    # the lead agency of a task, not a chair
    "Theo ông Lê Văn Hai, Giám đốc Sở Nông nghiệp và Môi trường, Sở sẽ chủ trì, phối hợp với các xã hướng dẫn bà con.",
    "Phó Chủ tịch UBND tỉnh Trần Thị Ba giao Sở Tài chính chủ trì tham mưu phương án bố trí vốn.",
    # a trial's presiding judge
    "Hội đồng xét xử do ông Phan Văn Bốn, Phó Chánh án TAND tỉnh làm chủ tọa phiên tòa.",
    # a ceremony's host
    "Đồng chí Nguyễn Văn Năm, Bí thư Tỉnh ủy chủ trì Lễ mít tinh kỷ niệm 80 năm Cách mạng Tháng Tám.",
    "Buổi lễ ra quân diễn ra dưới sự chủ trì của Thiếu tướng Đỗ Văn Sáu, Giám đốc Công an tỉnh.",
    "Dự buổi lễ khánh thành có đồng chí Hoàng Văn Bảy, Phó Chủ tịch UBND tỉnh.",
    # a sports games, and its name said back
    "Sáng 15-4, UBND quận tổ chức khai mạc Đại hội Thể dục thể thao quận lần thứ VIII. Đại hội diễn ra đến ngày 30-4.",
    # a session ahead, the contacts before it planned
    "Trước kỳ họp, từ ngày 8 - 12/7, các tổ đại biểu HĐND huyện sẽ tiếp xúc cử tri tại 28 xã.",
])
def test_other_senses_of_chairing_ceremonies_games_and_a_session_ahead_are_no_meetings(text):
    assert meetings(doc_of(text, HAU_LOC, "2022-04-16")) == []


def test_an_appointment_ceremony_is_still_held_and_its_buoi_le_named_back():
    doc = doc_of("Chiều 5-12, Sở Nội vụ tổ chức lễ công bố và trao quyết định về công tác cán bộ. Buổi lễ do đồng chí Lê "
                 "Thị Tám, Phó Chủ tịch UBND tỉnh chủ trì.", "https://baogialai.com.vn/a.html", "2022-12-05")
    assert [(d, o, c) for d, _, o, c in meetings(doc)] == [("2022-12-05", "sở nội vụ", ["Lê Thị Tám"])]


@pytest.mark.parametrize("lead", ["Khoảng 5 giờ 30 phút sáng 16-8, một đám cháy bùng phát tại xưởng.",
                                  "(ĐN) - Rạng sáng 16/8, mưa lớn gây sạt lở tại thôn Ná Lùng.",
                                  "(QNO) - Sáng nay 16/8, Chủ tịch UBND tỉnh đi kiểm tra tiến độ dự án."])
def test_the_day_told_by_any_lead_dates_a_meeting_the_same_day_and_a_body_given_a_task_organises_nothing(lead):
    doc = doc_of(lead + " Chiều cùng ngày, ông Võ Văn Tư, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp khẩn với các sở, "
                 "ngành. Tại cuộc họp, ông Võ Văn Tư giao Ban Quản lý các khu công nghiệp tỉnh chủ trì, phối hợp với các "
                 "sở rà soát việc làm. Theo báo cáo tại cuộc họp, từ đêm 15/8 đến chiều 16/8, mưa lớn kéo dài.",
                 "https://baodongnai.com.vn/tin-moi/202208/a-3156782/", None)
    assert meetings(doc) == [("2022-08-16", "tỉnh Đồng Nai", "", ["Võ Văn Tư"])]


def test_a_steering_committee_written_bare_is_the_one_named_in_full_before_it_and_of_its_unit():
    doc = doc_of("Chiều 24/8, Phó Thủ tướng Lê Thị Hai, Phó Trưởng Ban Chỉ đạo quốc gia phòng, chống dịch COVID-19 chủ trì "
                 "cuộc họp của Ban Chỉ đạo để đánh giá tình hình dịch tại tỉnh Bình Dương.",
                 "https://baobinhduong.vn/a-3174520.html", "2021-08-25")
    assert meetings(doc) == [("2021-08-24", "", "ban chỉ đạo quốc gia phòng chống dịch covid 19", ["Lê Thị Hai"])]


def test_a_session_ahead_after_a_sites_tag_and_an_election_steering_committee_named_whole():
    doc = doc_of("(Baonghean) - Chuẩn bị cho kỳ họp thứ 6, Quốc hội khóa XIII, sáng 8/10, Đoàn đại biểu Quốc hội tỉnh Nghệ "
                 "An đã tiếp xúc cử tri tại xã Châu Bình. Chiều 20-5, Ban Chỉ đạo bầu cử huyện Quỳ Hợp họp kiểm tra công "
                 "tác chuẩn bị.", "https://baonghean.vn/a.html", "2013-10-09")
    assert [(d, a, o) for d, a, o, _ in meetings(doc)] == [
        ("2013-10-08", "tỉnh Nghệ An", "đoàn đại biểu quốc hội tỉnh"), ("2013-05-20", "huyện Quỳ Hợp", "ban chỉ đạo bầu cử huyện")]


def test_chaired_by_a_presidium_whose_members_are_listed():
    doc = doc_of("Sáng nay (19/8), Đảng bộ phường Tô Hiệu tổ chức Đại hội đại biểu lần thứ I. Đại hội diễn ra dưới sự chủ trì "
                 "của Đoàn Chủ tịch gồm các đồng chí: Cầm Văn Hai, Bí thư Đảng ủy phường; Lường Thị Ba, Phó Bí thư Thường "
                 "trực Đảng ủy phường.", "https://baosonla.vn/a.html", "2025-08-19")
    assert meetings(doc) == [("2025-08-19", "phường Tô Hiệu", "đảng bộ phường", ["Cầm Văn Hai", "Lường Thị Ba"])]


def test_an_inspectorate_announcing_its_conclusions_holds_a_meeting_and_a_2024_anti_corruption_board_is_whole():
    doc = doc_of("Chiều 26/6, Thanh tra tỉnh tổ chức công bố kết luận thanh tra tại Sở Giáo dục và Đào tạo. Chánh Thanh tra "
                 "tỉnh Hồ Văn Hai chủ trì buổi công bố. Chiều 19/7, Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh tổ "
                 "chức phiên họp thường kỳ.", "https://thuathienhue.gov.vn/a.html", "2019-07-20")
    assert meetings(doc) == [("2019-06-26", "tỉnh Thừa Thiên Huế", "thanh tra tỉnh", ["Hồ Văn Hai"]),
                             ("2019-07-19", "tỉnh Thừa Thiên Huế", "ban chỉ đạo phòng chống tham nhũng tiêu cực tỉnh", [])]


def test_a_headline_dating_a_meeting_by_its_month_is_the_report_dated_to_the_day():
    doc = doc_of("UBND tỉnh họp phiên thường kỳ tháng 8 năm 2023\nCập nhật: 29/08/2023 17:42\nChiều 29/8, UBND tỉnh họp phiên "
                 "thường kỳ tháng 8. Chủ tịch UBND tỉnh Trần Văn Hai chủ trì phiên họp.",
                 "https://vinhphuc.gov.vn/ct/cms/tintuc/View_Detail.aspx?ItemID=18804", None)
    assert meetings(doc) == [("2023-08-29", "tỉnh Vĩnh Phúc", "ủy ban nhân dân tỉnh", ["Trần Văn Hai"])]


def test_a_leaders_day_told_by_the_hour_and_a_weeks_items_led_by_their_weekday():
    doc = doc_of("Bí thư Tỉnh ủy: một ngày, ba cuộc làm việc\nLịch làm việc ngày 22/4 của đồng chí Lê Văn Hai, Bí thư Tỉnh ủy "
                 "cho thấy nhịp điều hành khẩn trương.\n7 giờ 30 phút, tại trụ sở Tỉnh ủy, đồng chí Lê Văn Hai chủ trì hội "
                 "nghị Ban Thường vụ Tỉnh ủy.", "https://baothanhhoa.vn/thoi-su/a-208811.htm", "2024-04-23")
    assert meetings(doc) == [("2024-04-22", "tỉnh Thanh Hóa", "ban thường vụ tỉnh ủy", ["Lê Văn Hai"])]
    doc = doc_of("Tin nổi bật trong tuần\nThứ Năm, ngày 11/4: UBND xã Lũng Cú tổ chức hội nghị tuyên truyền pháp luật.\nThứ "
                 "Sáu, ngày 12/4: Huyện đoàn ra quân làm đường bê tông.\nChiều cùng ngày, Thường trực HĐND huyện họp thống "
                 "nhất nội dung giám sát.", "https://dongvan.hagiang.gov.vn/tin-tuc/2019/04/a", None)
    assert [(d, a) for d, a, _, _ in meetings(doc)] == [("2019-04-11", "xã Lũng Cú"), ("2019-04-12", "huyện Đồng Văn")]


def test_the_national_assemblys_council_and_committees_are_bodies_and_their_teams_hold_sessions():
    doc = doc_of("Chiều 18/8, Đoàn giám sát của Hội đồng Dân tộc do Phó Chủ tịch Hội đồng Dân tộc Hà Thị Hai làm Trưởng đoàn "
                 "đã có buổi làm việc với UBND tỉnh Kon Tum. Sáng 15/8, Ủy ban về các vấn đề xã hội của Quốc hội tổ chức "
                 "phiên họp toàn thể.", "https://quochoi.vn/a-289011/", "2022-08-20")
    assert [(d, a, o) for d, a, o, _ in meetings(doc)] == [
        ("2022-08-18", "tỉnh Kon Tum", "đoàn giám sát của hội đồng dân tộc"),
        ("2022-08-15", "", "ủy ban về các vấn đề xã hội của quốc hội")]


def test_a_months_regular_session_held_early_the_next_month_and_a_day_with_no_year_alongside():
    doc = doc_of("Chính phủ họp phiên thường kỳ tháng 4/2023\nSáng 6/5, Chính phủ họp phiên thường kỳ tháng 4/2023 dưới sự "
                 "chủ trì của Thủ tướng Chính phủ Trần Văn Hai.", "https://chinhphu.vn/a-102230506.htm", "2023-05-06")
    assert meetings(doc) == [("2023-05-06", "", "chính phủ", ["Trần Văn Hai"])]
    doc = doc_of("Sáng 7/7, Ban Thường vụ Tỉnh ủy họp. Bí thư Tỉnh ủy Trần Văn Hai chủ trì.", "https://baothainguyen.vn/a",
                 None)
    assert meetings(doc) == [("--07-07", "tỉnh Thái Nguyên", "ban thường vụ tỉnh ủy", ["Trần Văn Hai"])]


def test_a_council_of_military_service_holds_its_meetings():
    doc = doc_of("Sáng 24/11, Hội đồng NVQS huyện Tiên Yên tổ chức hội nghị triển khai công tác tuyển quân.",
                 "https://baoquangninh.vn/a.html", "2022-11-25")
    assert meetings(doc) == [("2022-11-24", "huyện Tiên Yên", "hội đồng nvqs huyện", [])]


def test_a_digests_bulleted_items_a_unit_holding_a_meeting_and_a_session_with_a_department():
    doc = doc_of("Điểm tin ngày 30/6\n▪ Chiều 30/6, phường Đồng Hới tổ chức Hội nghị công bố các nghị quyết về thành lập "
                 "phường.\n▪ Trước đó, ngày 29/6, Đoàn giám sát của Ban Văn hóa - Xã hội HĐND tỉnh đã làm việc với Sở Giáo "
                 "dục và Đào tạo.", "https://baoquangtri.vn/chinh-tri/diem-tin-194455.htm", "2025-07-01")
    assert [(d, a) for d, a, _, _ in meetings(doc)] == [("2025-06-30", "phường Đồng Hới"), ("2025-06-29", "tỉnh Quảng Trị")]


def test_a_team_of_the_politburo_and_the_secretariat_is_one_organiser_and_works_where_it_is_received():
    doc = doc_of("Ngày 15-5, tại TP Vinh, Đoàn kiểm tra số 7 của Bộ Chính trị, Ban Bí thư do đồng chí Cao Văn Thiệp, Phó "
                 "Trưởng Ban Nội chính Trung ương làm Trưởng đoàn đã làm việc với Ban Thường vụ Tỉnh ủy Nghệ An.",
                 "https://nhandan.vn/a.html", "2018-05-15")
    assert [(m.date, m.area.label, m.organizer) for m in doc.meetings] == [
        ("2018-05-15", "tỉnh Nghệ An", "Đoàn kiểm tra số 7 của Bộ Chính trị, Ban Bí thư")]
    doc = doc_of("Sáng 21/11, Bộ Chính trị, Ban Bí thư tổ chức Hội nghị toàn quốc quán triệt Nghị quyết Trung ương 8.",
                 "https://nhandan.vn/a.html", "2023-11-21")
    assert sorted(m.organizer for m in doc.meetings) == ["Ban Bí thư", "Bộ Chính trị"]


def test_an_online_meeting_with_several_localities_is_one_meeting_of_its_host():
    doc = doc_of("Chiều 14/8, tại trụ sở Chính phủ, Thủ tướng Chính phủ Hoàng Minh Kha chủ trì cuộc họp trực tuyến của "
                 "Thường trực Chính phủ với các tỉnh Long An, Tiền Giang, Đồng Tháp và thành phố Cần Thơ. Chiều 30/7, Phó "
                 "Thủ tướng Phạm Gia Lâm chủ trì cuộc họp trực tuyến của Ban Chỉ đạo quốc gia phòng, chống dịch Covid-19 "
                 "với TP Đà Nẵng và các tỉnh Quảng Nam, Quảng Ngãi.", "https://dantri.com.vn/a.htm", "2021-08-15")
    assert sorted((m.date, m.area, m.organizer, m.chairs) for m in doc.meetings) == [
        ("2021-07-30", None, "Ban Chỉ đạo quốc gia phòng, chống dịch Covid-19", ["Phạm Gia Lâm"]),
        ("2021-08-14", None, "Thường trực Chính phủ", ["Hoàng Minh Kha"])]


def test_a_group_of_deputies_keeps_its_number():
    doc = doc_of("Chiều 16/7, Tổ đại biểu HĐND huyện đơn vị bầu cử số 4 gồm các đại biểu: Võ Tá Hùng - Phó Chủ tịch UBND "
                 "huyện tiếp xúc cử tri xã Cẩm Thịnh.", "https://camxuyen.hatinh.gov.vn/x", "2019-07-17")
    assert [m.organizer for m in doc.meetings] == ["Tổ đại biểu Hội đồng nhân dân huyện đơn vị bầu cử số 4"]


def test_a_meeting_told_by_its_month_and_a_national_assembly_deputies_group_meets_its_provinces_voters():
    doc = doc_of("Trong tháng 8/2020, Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện Tam Đường đã tổ chức hội nghị "
                 "đánh giá tiến độ xây dựng nông thôn mới. Đồng chí Tẩn Văn Sìn, Phó Chủ tịch UBND huyện chủ trì hội nghị.",
                 "https://baolaichau.vn/a.html", "2020-09-02")
    assert [(m.date, m.area.label, m.chairs) for m in doc.meetings] == [("2020-08", "huyện Tam Đường", ["Tẩn Văn Sìn"])]
    # many units' meetings in a month are a summary, no one meeting
    doc = doc_of("Trong tháng 5/2020, các đảng bộ xã, thị trấn trên địa bàn huyện Ngọc Hồi đã tổ chức đại hội đại biểu.",
                 "https://baokontum.com.vn/a.html", "2020-06-02")
    assert [m.date for m in doc.meetings if not m.weak] == []
    doc = doc_of("Sáng 6/10, Tổ đại biểu Quốc hội đơn vị bầu cử số 2 do ông Hà Quang Vinh làm Tổ trưởng tiếp xúc cử tri xã "
                 "Giồng Riềng.", "https://baoangiang.com.vn/a.html", "2025-10-07")
    assert [(m.area.label, m.organizer) for m in doc.meetings] == [
        ("tỉnh An Giang", "Tổ đại biểu Quốc hội đơn vị bầu cử số 2")]


def test_a_meeting_held_by_one_body_with_another_has_both_organisers():
    doc = doc_of("Sáng 5/7, hội nghị tiếp xúc cử tri do Ban Thường trực Ủy ban MTTQ huyện Mường Lát phối hợp với Thường trực "
                 "HĐND huyện tổ chức; đồng chí Phạm Bá Hưng, Chủ tịch Ủy ban MTTQ huyện chủ trì.",
                 "https://baothanhhoa.vn/a.htm", "2017-07-06")
    assert sorted((m.area.label, m.organizer) for m in doc.meetings) == [
        ("huyện Mường Lát", "Ban Thường trực Ủy ban Mặt trận Tổ quốc huyện"),
        ("huyện Mường Lát", "Thường trực Hội đồng nhân dân huyện")]


def test_a_month_headline_in_capitals_is_the_report_of_its_day():
    doc = doc_of("UBND QUẬN HOÀN KIẾM HỌP PHIÊN THƯỜNG KỲ THÁNG 5/2022\nNgày đăng 27/05/2022 | 09:12\n\nChiều ngày 26/5/2022, UBND "
                 "quận Hoàn Kiếm tổ chức phiên họp thường kỳ tháng 5. Đồng chí Trương Minh Khải, Chủ tịch UBND quận chủ trì "
                 "phiên họp.", "https://hoankiem.hanoi.gov.vn/tin-tuc-su-kien/a-1652.html", "2022-05-27")
    assert [(m.date, m.organizer) for m in doc.meetings] == [("2022-05-26", "Ủy ban nhân dân quận")]


def test_a_meeting_told_by_its_month_after_a_lead_in():
    doc = doc_of("Ngày 3/8, xã Phan Sơn tổ chức lễ ra quân. Trước đó, trong tháng 7/2022, Đảng ủy xã Phan Sơn đã tổ chức hội "
                 "nghị chuyên đề về bảo vệ rừng.", "https://baobinhthuan.com.vn/a.html", "2022-08-04")
    assert [(m.date, m.area.label, m.organizer) for m in doc.meetings if m.date and len(m.date) == 7] == [
        ("2022-07", "xã Phan Sơn", "Đảng ủy xã")]


def test_a_councils_session_told_with_its_day_is_the_councils():
    doc = doc_of("Sáng 11/12, tiếp tục chương trình kỳ họp thường lệ cuối năm 2019, HĐND tỉnh khóa XIV dành thời gian cho "
                 "phiên chất vấn và trả lời chất vấn. Đồng chí Cầm Văn Thắng, Chủ tịch HĐND tỉnh chủ trì phiên chất vấn.",
                 "https://baosonla.org.vn/a.html", "2019-12-12")
    assert [(m.date, m.area.label, m.organizer) for m in doc.meetings] == [
        ("2019-12-11", "tỉnh Sơn La", "Hội đồng nhân dân tỉnh")]


def test_preparing_for_a_session_is_no_meeting_of_it_the_voters_meeting_after_it_is():
    doc = doc_of("Chuẩn bị kỳ họp thứ 7, HĐND tỉnh khóa XVII, sáng 26/11, Tổ đại biểu số 12 HĐND tỉnh (đơn vị bầu cử huyện "
                 "Quỳ Châu) đã tiếp xúc cử tri tại xã Châu Hạnh.", "https://nghean24h.vn/a.html", "2018-11-27")
    assert [(m.date, m.organizer) for m in doc.meetings] == [("2018-11-26", "Tổ đại biểu số 12 Hội đồng nhân dân tỉnh")]


def test_a_district_committees_standing_board_holds_a_working_session():
    doc = doc_of("Ngày 11/4/2023, Thường trực Quận ủy Hai Bà Trưng làm việc với Đảng ủy phường Bạch Mai. Đồng chí Hà Văn Quế, "
                 "Bí thư Quận ủy chủ trì buổi làm việc.", "https://haibatrung.hanoi.gov.vn/a.html", "2023-04-12")
    assert [m.organizer for m in doc.meetings] == ["Thường trực Quận ủy"]


def test_chairs_listed_after_the_first_one_and_after_a_standing_boards_name():
    doc = doc_of("Sáng 28/10, HĐND tỉnh Lào Cai tổ chức kỳ họp chuyên đề. Chủ trì kỳ họp có đồng chí Vũ Văn Tiến, Phó Bí thư "
                 "Tỉnh ủy, Chủ tịch HĐND tỉnh và các Phó Chủ tịch HĐND tỉnh: Giàng Thị Lành, Hà Văn Minh. Dự kỳ họp có đồng "
                 "chí Nông Văn Khánh, Phó Chủ tịch UBND tỉnh.", "https://baolaocai.vn/a.html", "2025-10-28")
    assert sorted(c for m in doc.meetings for c in m.chairs) == ["Giàng Thị Lành", "Hà Văn Minh", "Vũ Văn Tiến"]
    doc = doc_of("Ngày 23/12, Ban Chấp hành Đảng bộ huyện Trà Ôn tổ chức Hội nghị lần thứ 18. Chủ trì hội nghị có các đồng "
                 "chí trong Thường trực Huyện ủy: Nguyễn Văn Sang, Bí thư; Võ Hoàng Minh, Phó Bí thư Thường trực; Lê Thị Kim "
                 "Hà, Phó Bí thư, Chủ tịch UBND huyện.", "https://baovinhlong.vn/a.html", "2014-12-24")
    assert sorted(c for m in doc.meetings for c in m.chairs) == ["Lê Thị Kim Hà", "Nguyễn Văn Sang", "Võ Hoàng Minh"]


def test_a_numbered_districts_committee_meeting_is_no_tally_of_many():
    doc = doc_of("Tối 18/3/2025, Ban Thường vụ Quận ủy Quận 4 họp bất thường, cho ý kiến về phương án sắp xếp phường.\n\n"
                 "Chủ trì: đồng chí Khổng Minh Tài, Thành ủy viên, Bí thư Quận ủy.",
                 "https://quan4.hochiminhcity.gov.vn/a", "2025-03-19")
    assert [(m.date, m.organizer, m.chairs) for m in doc.meetings] == [
        ("2025-03-18", "Ban Thường vụ Quận ủy", ["Khổng Minh Tài"])]


def test_a_sites_tag_in_brackets_before_the_day():
    doc = doc_of("(BDO) Sáng 14-3, UBND tỉnh Bình Dương tổ chức buổi gặp gỡ doanh nghiệp Hàn Quốc. Phó Chủ tịch UBND tỉnh "
                 "Lưu Quang Vĩnh chủ trì buổi làm việc.", "https://baobinhduong.vn/a190314.html", "2019-03-15")
    assert [(m.date, m.chairs) for m in doc.meetings] == [("2019-03-14", ["Lưu Quang Vĩnh"])]


def test_a_report_laid_out_as_a_record_with_its_day_on_a_label_line():
    doc = doc_of("THÀNH UỶ CẨM PHẢ: HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ THÀNH PHỐ LẦN THỨ 12\nThời gian: 8h00, ngày 15/01/2018\n"
                 "Địa điểm: Hội trường Thành uỷ Cẩm Phả\nChủ trì: Đ/c Phạm Văn Khải - TUV, Bí thư Thành uỷ; Đ/c Đặng Quang Tú - "
                 "Phó Bí thư Thành uỷ, Chủ tịch UBND TP.\nThành phần: Các đồng chí Uỷ viên BCH Đảng bộ TP; Đ/c Vũ Thị Minh Nga "
                 "- Phó Trưởng Ban Tổ chức Tỉnh uỷ.", "http://campha.gov.vn/tin-tuc/a.html")
    assert [(m.date, m.organizer, sorted(m.chairs)) for m in doc.meetings] == [
        ("2018-01-15", "Ban chấp hành đảng bộ thành phố", ["Phạm Văn Khải", "Đặng Quang Tú"])]
    doc = doc_of("Kỳ họp thứ 41 Ủy ban Kiểm tra Tỉnh ủy\nThời gian | Ngày 10 tháng 5 năm 2024\nChủ trì | Đồng chí Hà Văn Dũng - "
                 "UVBTV Tỉnh ủy, Chủ nhiệm UBKT Tỉnh ủy\nTại kỳ họp, Ủy ban Kiểm tra Tỉnh ủy đã xem xét, kết luận kiểm tra.",
                 "https://yenbai.dcs.vn/a.html", "2024-05-11")
    assert [(m.date, m.chairs) for m in doc.meetings] == [("2024-05-10", ["Hà Văn Dũng"])]


def test_a_sitting_within_a_sessions_agenda_is_held_that_day():
    doc = doc_of("(Baonghean.vn) - Sáng 9/7, trong chương trình Kỳ họp thứ 14, HĐND thành phố Vinh khóa XXI dành trọn buổi "
                 "sáng cho phiên chất vấn.\n\nĐồng chí Hồ Mậu Thành - Chủ tịch HĐND thành phố chủ trì phiên chất vấn.",
                 "https://www.baonghean.vn/a-post224418.html", "2020-07-09")
    assert [(m.date, m.organizer, m.chairs) for m in doc.meetings] == [
        ("2020-07-09", "Hội đồng nhân dân thành phố", ["Hồ Mậu Thành"])]


def test_the_standing_board_of_a_peoples_committee_holds_a_meeting():
    doc = doc_of("Chiều 28/10, Thường trực UBND tỉnh Bắc Giang họp nghe báo cáo tiến độ giải phóng mặt bằng. Đồng chí Lại Thanh "
                 "Bảo, Chủ tịch UBND tỉnh chủ trì.", "https://bacgiang.gov.vn/a.html", "2019-10-29")
    assert [(m.date, m.organizer) for m in doc.meetings] == [("2019-10-28", "Thường trực Ủy ban nhân dân tỉnh")]


def test_a_meeting_told_by_its_weekday_is_that_weeks_day_before_the_article():
    doc = doc_of("(Baoninhbinh) - Sáng thứ Ba, Thường trực Thành ủy Ninh Bình tổ chức giao ban khối Nội chính 5 tháng đầu năm "
                 "2014. Đồng chí Nguyễn Thị Thanh Hà, Phó Bí thư Thường trực Thành ủy chủ trì.",
                 "http://baoninhbinh.org.vn/giao-ban/d20140605", "2014-06-05")  # (a Thursday)
    assert [(m.date, m.area.label, m.organizer) for m in doc.meetings] == [
        ("2014-06-03", "thành phố Ninh Bình", "Thường trực Thành ủy")]
    # ("Thứ hai, …" with no part of the day is an enumeration's "secondly")
    doc = doc_of("Hội nghị có ba nội dung. Thứ hai, Ban Chấp hành Đảng bộ tỉnh cho ý kiến vào dự thảo Báo cáo chính trị.",
                 "https://baothanhhoa.vn/a.html", "2024-07-09")
    assert doc.meetings == ()
