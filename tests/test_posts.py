"""Posts: every title shape is a row (person, title, area)."""
import pytest

from conftest import doc_of
from vnkg.extract.text import key

CAN_LOC = "https://canloc.hatinh.gov.vn/tin-tuc/1"


def rows(doc):
    return sorted((p.person, key(p.title), p.area.label if p.area else "")
                  for p in doc.posts if p.status != "former")


@pytest.mark.parametrize("text,url,expected", [
    ("Bí thư Huyện ủy Can Lộc Trần Minh Đức chủ trì cuộc họp.", None,
     [("Trần Minh Đức", "bí thư huyện ủy", "huyện Can Lộc")]),
    ("Đồng chí Lê Văn Nam, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì.", CAN_LOC,
     [("Lê Văn Nam", "chủ tịch ủy ban nhân dân huyện", "huyện Can Lộc"),
      ("Lê Văn Nam", "phó bí thư huyện ủy", "huyện Can Lộc")]),
    ("Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Lê Văn Nam phát biểu.", CAN_LOC,
     [("Lê Văn Nam", "chủ tịch ủy ban nhân dân huyện", "huyện Can Lộc"),
      ("Lê Văn Nam", "phó bí thư huyện ủy", "huyện Can Lộc")]),
    ("Đồng chí Lê Văn Nam - Bí thư Huyện ủy chủ trì hội nghị.", CAN_LOC,
     [("Lê Văn Nam", "bí thư huyện ủy", "huyện Can Lộc")]),
    ("Hội nghị có ông Lê Văn Nam (Phó Chủ tịch HĐND huyện) dự.", CAN_LOC,
     [("Lê Văn Nam", "phó chủ tịch hội đồng nhân dân huyện", "huyện Can Lộc")]),
    # a bare standing-committee seat belongs to the party committee of the article's level
    ("Dự có đồng chí Hà Thị Lan, UVBTV, Phó Chủ tịch HĐND huyện.", CAN_LOC,
     [("Hà Thị Lan", "phó chủ tịch hội đồng nhân dân huyện", "huyện Can Lộc"),
      ("Hà Thị Lan", "ủy viên ban thường vụ huyện ủy", "huyện Can Lộc")]),
    # a provincial post named in a district article belongs to the province
    ("Đồng chí Võ Văn Hải, TUV, Trưởng ban Tổ chức Tỉnh ủy dự.", CAN_LOC,
     [("Võ Văn Hải", "tỉnh ủy viên", "tỉnh Hà Tĩnh"),
      ("Võ Văn Hải", "trưởng ban tổ chức tỉnh ủy", "tỉnh Hà Tĩnh")]),
    # national posts have no area
    ("Đồng chí Đinh Văn Lâm, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Hà Tĩnh dự.", None,
     [("Đinh Văn Lâm", "bí thư tỉnh ủy", "tỉnh Hà Tĩnh"), ("Đinh Văn Lâm", "ủy viên trung ương đảng", "")]),
    # a title shared by a list after a colon
    ("Dự có các Phó Chủ tịch UBND tỉnh Hà Tĩnh: Trần Văn An, Lê Thị Bé.", None,
     [("Lê Thị Bé", "phó chủ tịch ủy ban nhân dân tỉnh", "tỉnh Hà Tĩnh"),
      ("Trần Văn An", "phó chủ tịch ủy ban nhân dân tỉnh", "tỉnh Hà Tĩnh")]),
    # elected to a post
    ("Đại hội đã bầu đồng chí Cao Thị Mai giữ chức Bí thư Đảng ủy xã Vượng Lộc.", CAN_LOC,
     [("Cao Thị Mai", "bí thư đảng ủy xã", "xã Vượng Lộc")]),
    # a bare leading role joined to the next title is one post
    ("Đồng chí Hà Văn Chiến, Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc dự hội nghị.", CAN_LOC,
     [("Hà Văn Chiến", "bộ trưởng chủ nhiệm ủy ban dân tộc", "")]),
    # a body whose name goes on after "và"
    ("Tham dự có ông Nguyễn Văn Thi, Giám đốc Sở Văn hóa và Thể thao tỉnh Thanh Hóa.", None,
     [("Nguyễn Văn Thi", "giám đốc sở văn hóa và thể thao tỉnh", "tỉnh Thanh Hóa")]),
    # a district the gazetteer no longer has, and its sibling post in the same chain
    ("Ông Phạm Văn Hòa, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Tổ chức Huyện ủy Hoằng Lộc Mới phát biểu.",
     "https://example.org/thanhhoa/1",
     [("Phạm Văn Hòa", "trưởng ban tổ chức huyện ủy", "huyện Hoằng Lộc Mới"),
      ("Phạm Văn Hòa", "ủy viên ban thường vụ huyện ủy", "huyện Hoằng Lộc Mới")]),
    # the level word written again after the committee's name
    ("Đồng chí Nguyễn Văn Tân, Bí thư Thành ủy Thành phố Hồ Chí Minh dự.", None,
     [("Nguyễn Văn Tân", "bí thư thành ủy", "thành phố Hồ Chí Minh")]),
    # a mass organisation of the commune
    ("Bà Phạm Thị Hoa, Chủ tịch Hội Nông dân xã Thạch Kim phát biểu.", None,
     [("Phạm Thị Hoa", "chủ tịch hội nông dân xã", "xã Thạch Kim")]),
])
def test_post_shapes(text, url, expected):
    assert rows(doc_of(text, url)) == sorted(expected)


def test_former_and_acting_posts_are_marked():
    doc = doc_of("Ông Lý Văn Phúc, nguyên Chủ tịch UBND huyện Can Lộc, và ông Tạ Văn Bình, "
                 "Quyền Giám đốc Sở Tài chính tỉnh Hà Tĩnh, cùng dự.")
    status = {(p.person, p.status) for p in doc.posts}
    assert ("Lý Văn Phúc", "former") in status
    assert ("Tạ Văn Bình", "acting") in status


def test_kỳ_anh_is_a_district_or_a_town_by_its_level_word():
    town = doc_of("Đồng chí Lê Văn Tuấn, Bí thư Thị ủy Kỳ Anh dự hội nghị.")
    district = doc_of("Đồng chí Lê Văn Tuấn, Bí thư Huyện ủy Kỳ Anh dự hội nghị.")
    assert town.posts[0].area.label == "thị xã Kỳ Anh"
    assert district.posts[0].area.label == "huyện Kỳ Anh"
    assert town.posts[0].area.code != district.posts[0].area.code


def test_post_offsets_point_at_the_title():
    doc = doc_of("Đồng chí Lê Văn Nam, Phó Bí thư Huyện ủy Can Lộc chủ trì.")
    (post,) = doc.posts
    assert doc.text[post.span.start:post.span.end] == "Phó Bí thư Huyện ủy Can Lộc"


def test_commune_missing_from_the_gazetteer_is_kept_by_name():
    doc = doc_of("Ông Hồ Văn Thành, Bí thư Đảng ủy xã Quỳnh Xuân Mới dự họp.",
                 url="https://quynhluu.nghean.gov.vn/tin/1")
    (post,) = doc.posts
    assert (post.title, post.area.label) == ("Bí thư Đảng ủy xã", "xã Quỳnh Xuân Mới")
    assert doc.text[post.span.start:post.span.end].endswith("Quỳnh Xuân Mới")


def test_only_a_short_first_line_is_a_headline_for_retirement():
    text = ("HĐND tỉnh đã bầu bổ sung Ủy viên UBND tỉnh Phú Yên là ông Lê Văn Minh, Giám đốc Sở Tư pháp tỉnh. "
            "Thủ tướng cũng phê chuẩn miễn nhiệm ông Chế Văn Hải để nghỉ hưu theo chế độ, một trường hợp "
            "khác được giải quyết theo quy định của pháp luật hiện hành về cán bộ, công chức.")
    statuses = {p.title: p.status for p in doc_of(text).posts if p.person == "Lê Văn Minh"}
    assert statuses == {"Ủy viên Ủy ban nhân dân tỉnh": "current", "Giám đốc Sở Tư pháp tỉnh": "current"}


def test_a_post_someone_is_dismissed_from_is_former():
    doc = doc_of("Kỳ họp đã miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh Kon Tum của ông Lại Văn Hưng.")
    assert [(p.person, p.title, p.status) for p in doc.posts] == \
        [("Lại Văn Hưng", "Phó Chủ tịch Ủy ban nhân dân tỉnh", "former")]


def test_a_list_introduced_as_former_holds_former_posts():
    doc = doc_of("Nguyên 3 cán bộ cấp xã gồm: Chủ tịch UBND xã Hải An- Lê Văn Bình (SN 1968); Phó Bí thư Đảng ủy "
                 "xã Hải An- Trần Thị Cúc (SN 1970).", url="https://haihau.namdinh.gov.vn/x")
    assert {(p.person, p.status) for p in doc.posts} == {("Lê Văn Bình", "former"), ("Trần Thị Cúc", "former")}


@pytest.mark.parametrize("text,url,expected", [
    # a title ends at a complete committee or a level word with its place, whatever follows
    ("Bí thư Huyện ủy Can Lộc Trần Minh Đức triển khai nhiệm vụ.", None,
     [("Trần Minh Đức", "bí thư huyện ủy", "huyện Can Lộc")]),
    ("Ông Lê Văn Tư, Phó Bí thư Thường trực Tỉnh ủy và đồng chí Y Quang Niê, Phó Chủ tịch UBND tỉnh dự.",
     "https://baodaklak.vn/x", [("Lê Văn Tư", "phó bí thư thường trực tỉnh ủy", "tỉnh Đắk Lắk"),
                                ("Y Quang Niê", "phó chủ tịch ủy ban nhân dân tỉnh", "tỉnh Đắk Lắk")]),
    # A, title; Title B, ...: a title that runs into a name is that name's
    ("Dự có Phó Bí thư Thường trực Tỉnh ủy Trần Văn Hai, Chủ tịch UBND tỉnh Võ Văn Ba.", "https://baohatinh.vn/x",
     [("Trần Văn Hai", "phó bí thư thường trực tỉnh ủy", "tỉnh Hà Tĩnh"),
      ("Võ Văn Ba", "chủ tịch ủy ban nhân dân tỉnh", "tỉnh Hà Tĩnh")]),
    ("Bí thư Tỉnh ủy – Nguyễn Văn Một, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh – Lê Văn Hai chủ trì.",
     "https://baolongan.vn/x", [("Lê Văn Hai", "chủ tịch ủy ban nhân dân tỉnh", "tỉnh Long An"),
                                ("Lê Văn Hai", "phó bí thư tỉnh ủy", "tỉnh Long An"),
                                ("Nguyễn Văn Một", "bí thư tỉnh ủy", "tỉnh Long An")]),
    # a plural title shared by the names after it
    ("Các Phó Chủ tịch HĐND tỉnh Trần Văn Vinh và Nguyễn Văn Thanh chủ trì kỳ họp.", "https://baoquangnam.vn/x",
     [("Nguyễn Văn Thanh", "phó chủ tịch hội đồng nhân dân tỉnh", "tỉnh Quảng Nam"),
      ("Trần Văn Vinh", "phó chủ tịch hội đồng nhân dân tỉnh", "tỉnh Quảng Nam")]),
    # a bare party role is of the committee at the level of the title beside it
    ("Đồng chí Nguyễn Thị Tình, Phó Bí thư, Chủ tịch UBND xã Sơn Tây Hạ phát biểu.", None,
     [("Nguyễn Thị Tình", "chủ tịch ủy ban nhân dân xã", "xã Sơn Tây Hạ"),
      ("Nguyễn Thị Tình", "phó bí thư đảng ủy xã", "xã Sơn Tây Hạ")]),
    # names of bodies with a comma, an acronym in brackets, a number
    ("Ông Hoàng Văn Phương, Trưởng Ban Chỉ đạo phòng, chống thiên tai tỉnh Tuyên Quang dự.", None,
     [("Hoàng Văn Phương", "trưởng ban chỉ đạo phòng chống thiên tai tỉnh", "tỉnh Tuyên Quang")]),
    # national posts have no area
    ("Tổng Bí thư Tô Văn Lâm dự hội nghị tại Hà Nội.", None, [("Tô Văn Lâm", "tổng bí thư", "")]),
])
def test_titles_end_at_hard_ends_and_lists_pair_names_with_titles(text, url, expected):
    assert rows(doc_of(text, url)) == sorted(expected)


# Shapes met on real unseen articles (the wild audit); names and sentences are invented.
@pytest.mark.parametrize("text,url,expected", [
    # two-syllable names: a title that runs to the next name is that name's, not the one before
    ("Tổng Bí thư Tô Hải, Chủ tịch nước Lương Tâm gửi lẵng hoa.", None,
     [("Lương Tâm", "chủ tịch nước", ""), ("Tô Hải", "tổng bí thư", "")]),
    ("Dự có các đồng chí: Nguyễn Hồng Phúc, Phó Trưởng ban Tuyên giáo Trung ương; Bộ trưởng Bộ Tư pháp Lê Thành Vũ.",
     None, [("Lê Thành Vũ", "bộ trưởng bộ tư pháp", ""),
            ("Nguyễn Hồng Phúc", "phó trưởng ban tuyên giáo trung ương", "")]),
    # the object of another person's verb keeps its own title
    ("Thủ tướng Lý Văn Hào tiếp Bộ trưởng Bộ Tài chính Đặng Quốc Tài.", None,
     [("Lý Văn Hào", "thủ tướng", ""), ("Đặng Quốc Tài", "bộ trưởng bộ tài chính", "")]),
    # an aside in brackets after the name, a rank among the titles, a term inside the chain
    ("Đồng chí Bùi Quang Hiếu (1977), Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy Tuyên Quang dự.",
     None, [("Bùi Quang Hiếu", "trưởng ban tổ chức tỉnh ủy", "tỉnh Tuyên Quang"),
            ("Bùi Quang Hiếu", "ủy viên ban thường vụ tỉnh ủy", "tỉnh Tuyên Quang")]),
    ("Bà Hà Thị Mơ (37 tuổi), Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Tuyên Quang phát biểu.", None,
     [("Hà Thị Mơ", "chủ tịch hội liên hiệp phụ nữ tỉnh", "tỉnh Tuyên Quang")]),
    ("Dự có ông Lò Văn Em, Ủy viên Trung ương Đảng, Thượng tướng, Thứ trưởng Bộ Quốc phòng.", None,
     [("Lò Văn Em", "thứ trưởng bộ quốc phòng", ""), ("Lò Văn Em", "ủy viên trung ương đảng", "")]),
    ("Dự có đồng chí Trương Văn Huy, Bí thư Tỉnh ủy Ninh Bình, nhiệm kỳ 2020-2025, Trưởng Đoàn đại biểu Quốc hội "
     "tỉnh.", None, [("Trương Văn Huy", "bí thư tỉnh ủy", "tỉnh Ninh Bình"),
                     ("Trương Văn Huy", "trưởng đoàn đại biểu quốc hội tỉnh", "tỉnh Ninh Bình")]),
    ("Ông Nguyễn Cao Phúc - Ủy viên Ủy ban Trung ương MTTQ Việt Nam khóa VIII, Trưởng Ban Dân vận Tỉnh ủy Ninh Bình "
     "phát biểu.", None,
     [("Nguyễn Cao Phúc", "trưởng ban dân vận tỉnh ủy", "tỉnh Ninh Bình"),
      ("Nguyễn Cao Phúc", "ủy viên ủy ban trung ương mặt trận tổ quốc việt nam", "")]),
    # election verbs with "chức danh / chức vụ", and "hiện là"
    ("Đồng chí Lương Văn Khải tái cử chức danh Bí thư Huyện ủy Con Cuông.", None,
     [("Lương Văn Khải", "bí thư huyện ủy", "huyện Con Cuông")]),
    ("Bà Đinh Thị Mận đắc cử chức danh Chủ tịch Hội Nông dân huyện Con Cuông.", None,
     [("Đinh Thị Mận", "chủ tịch hội nông dân huyện", "huyện Con Cuông")]),
    ("Ông Lò Văn Dũng hiện là Giám đốc Sở Tài chính tỉnh Nghệ An.", None,
     [("Lò Văn Dũng", "giám đốc sở tài chính tỉnh", "tỉnh Nghệ An")]),
    # the unit the title's own sentence names, not the article's subject
    ("Dự có ông Kiều Văn Hạnh, Phó Bí thư Huyện ủy, Phó Chủ tịch HĐND huyện Thường Tín.", CAN_LOC,
     [("Kiều Văn Hạnh", "phó bí thư huyện ủy", "huyện Thường Tín"),
      ("Kiều Văn Hạnh", "phó chủ tịch hội đồng nhân dân huyện", "huyện Thường Tín")]),
    ("HĐND tỉnh Ninh Thuận đã bầu ông Nguyễn Chí Dân, Bí thư Tỉnh ủy, làm Chủ tịch HĐND tỉnh.",
     "https://baohatinh.vn/x/1", [("Nguyễn Chí Dân", "bí thư tỉnh ủy", "tỉnh Ninh Thuận"),
                                  ("Nguyễn Chí Dân", "chủ tịch hội đồng nhân dân tỉnh", "tỉnh Ninh Thuận")]),
    # ... but a place inside a person's name is no unit
    ("Dự có ông Võ Văn Vu, Huyện ủy viên; ông Đặng Thanh Xuân, Chủ tịch UBND xã.", CAN_LOC,
     [("Võ Văn Vu", "huyện ủy viên", "huyện Can Lộc")]),
])
def test_wild_shapes(text, url, expected):
    found = rows(doc_of(text, url))
    for row in expected:
        assert row in found
    people = {p for p, _, _ in expected}
    assert all(r in expected for r in found if r[0] in people and r[0] != "Đặng Thanh Xuân"), found


@pytest.mark.parametrize("text,expected", [
    ("Dự có ông Lò Văn Vượng, Bộ trưởng Bộ Ngoại giao.", ("Lò Văn Vượng", "bộ trưởng bộ ngoại giao", "")),
    ("Dự có bà Lò Thị Mai, Phó Chủ nhiệm Ủy ban về các vấn đề xã hội của Quốc hội.",
     ("Lò Thị Mai", "phó chủ nhiệm ủy ban về các vấn đề xã hội của quốc hội", "")),
    ("Dự có bà Cao Thị Lan, Ủy viên Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội, Ủy viên Ban Thường vụ "
     "Tỉnh ủy Nghệ An.", ("Cao Thị Lan", "ủy viên ủy ban khoa học công nghệ và môi trường của quốc hội", "")),
    ("Dự có ông Hà Văn Nam, Chủ tịch Ban Chấp hành Trung ương Hội Nông dân Việt Nam.",
     ("Hà Văn Nam", "chủ tịch ban chấp hành trung ương hội nông dân việt nam", "")),
    ("Dự có Đại tướng Võ Văn Giáp, Chủ tịch danh dự Hội Cựu chiến binh Việt Nam.",
     ("Võ Văn Giáp", "chủ tịch danh dự hội cựu chiến binh việt nam", "")),
    ("Dự có bà Hà Thị Nguyệt, Phó Bí thư Thường trực Đảng ủy MTTQ, các đoàn thể Trung ương.",
     ("Hà Thị Nguyệt", "phó bí thư thường trực đảng ủy mặt trận tổ quốc các đoàn thể trung ương", "")),
])
def test_body_names_with_commas_and_stop_words_are_whole(text, expected):
    """data/fixed_names.txt: names that run through commas, "và" and stop words ("giao", "về", "dự")."""
    assert expected in rows(doc_of(text, CAN_LOC))


def test_the_head_of_a_delegation_is_no_post():
    text = "Sáng 2/1, đoàn công tác của tỉnh Tuyên Quang do đồng chí Lò Văn Hải, Chủ tịch UBND tỉnh làm Trưởng đoàn đã thăm."
    found = rows(doc_of(text, None))
    assert ("Lò Văn Hải", "chủ tịch ủy ban nhân dân tỉnh", "tỉnh Tuyên Quang") in found
    assert not [r for r in found if r[1].startswith("trưởng đoàn")]


def test_a_term_between_the_delegation_and_its_level_stays_out_of_the_title():
    text = "Dự có ông Dương Văn Tâm – Phó Bí thư Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội khóa XIV tỉnh Yên Bái."
    assert ("Dương Văn Tâm", "trưởng đoàn đại biểu quốc hội tỉnh", "tỉnh Yên Bái") in rows(doc_of(text, None))


def test_a_bare_standing_committee_seat_before_a_youth_union_title_is_the_union_s():
    text = "Hội nghị bầu bổ sung đồng chí Bùi Quang Hiếu, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Trung ương Đoàn."
    found = rows(doc_of(text, CAN_LOC))
    assert ("Bùi Quang Hiếu", "ủy viên ban thường vụ trung ương đoàn", "") in found
    assert not [r for r in found if "huyện ủy" in r[1]]


def test_former_reads_over_the_chain_and_once_held_posts_are_former():
    text = ("HĐND tỉnh miễn nhiệm chức vụ đối với ông Lò Văn Phúc, nguyên Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch "
            "UBND tỉnh Gia Lai. Ông Hà Văn Tám, từng làm Giám đốc Sở Xây dựng tỉnh Gia Lai, dự kỳ họp.")
    assert rows(doc_of(text, None)) == []


def test_a_title_shared_by_a_list_and_by_names_with_their_own_posts_in_brackets():
    text = ("Các Phó Bí thư Tỉnh ủy Tuyên Quang gồm có: bà Lò Thị Sen (Phó Bí thư Thường trực), ông Hà Văn Tùng (Chủ "
            "tịch UBND tỉnh). Các ông Lò Văn An (Ủy viên Ban Thường vụ Tỉnh ủy) và Mè Văn Chung (Trưởng ban Tổ chức "
            "Tỉnh ủy) được bầu làm Phó Bí thư Tỉnh ủy.")
    found = rows(doc_of(text, None))
    for who in ("Hà Văn Tùng", "Lò Văn An", "Mè Văn Chung"):
        assert (who, "phó bí thư tỉnh ủy", "tỉnh Tuyên Quang") in found
    assert ("Lò Thị Sen", "phó bí thư thường trực tỉnh ủy", "tỉnh Tuyên Quang") in found
    assert ("Lò Thị Sen", "phó bí thư tỉnh ủy", "tỉnh Tuyên Quang") not in found


def test_abbreviations_with_a_dot_and_compound_department_names():
    text = ("Dự có ông Lê Văn Tư, UV.BTV Huyện ủy, Chủ nhiệm UBKT Huyện ủy Hòa Vang; bà Lê Thị Năm, Giám đốc Sở "
            "VH-TT-DL tỉnh Bình Dương.")
    found = rows(doc_of(text, None))
    assert ("Lê Văn Tư", "ủy viên ban thường vụ huyện ủy", "huyện Hòa Vang") in found
    assert ("Lê Văn Tư", "chủ nhiệm ủy ban kiểm tra huyện ủy", "huyện Hòa Vang") in found
    assert ("Lê Thị Năm", "giám đốc sở văn hóa thể thao và du lịch tỉnh", "tỉnh Bình Dương") in found


def test_a_post_after_is_right_after_the_name_or_its_titles():
    text = ("Ông Trịnh Việt Hào – Bí thư Tỉnh ủy Thái Nguyên là Ủy viên dự khuyết Trung ương Đảng. "
            "Ông Lê Văn An là người con của quê hương.")
    found = rows(doc_of(text, None))
    assert ("Trịnh Việt Hào", "ủy viên dự khuyết trung ương đảng", "") in found
    assert not [r for r in found if r[0] == "Lê Văn An"]


def test_two_roles_of_one_body_taken_in_turn():
    text = "Ngày 14/8/2021, ông Phạm Đức Ân và ông Lương Minh Trí được bầu giữ chức Bí thư và Phó Bí thư Thành ủy Đà Nẵng."
    found = rows(doc_of(text, None))
    assert ("Phạm Đức Ân", "bí thư thành ủy", "thành phố Đà Nẵng") in found
    assert ("Lương Minh Trí", "phó bí thư thành ủy", "thành phố Đà Nẵng") in found
    assert len(found) == 2


def test_table_cells_and_national_courts():
    text = "|Bộ trưởng Bộ Ngoại giao Lê Hoài Tâm |Bộ trưởng Bộ Tư pháp Lê Văn Sơn.\nDự có ông Nguyễn Hòa Bốn, Chánh án TAND Tối cao."
    found = rows(doc_of(text, "https://baobariavungtau.com.vn/x"))
    assert ("Lê Hoài Tâm", "bộ trưởng bộ ngoại giao", "") in found
    assert ("Nguyễn Hòa Bốn", "chánh án tand tối cao", "") in found


def test_a_paragraph_about_another_province_in_a_round_up():
    text = ("Sáng 20/10, Đại hội Đảng bộ thành phố Hải Phòng bế mạc. Ông Lê Văn Thanh tái đắc cử Bí thư Thành ủy.\n"
            "Chiều 22/10, Đại hội Đảng bộ tỉnh An Giang bế mạc. Đại hội bầu 53 người vào Ban Chấp hành. "
            "Bà Võ Thị Ánh Hạ tái đắc cử Bí thư Tỉnh ủy.")
    found = rows(doc_of(text, "https://haiphong.gov.vn/x"))
    assert ("Võ Thị Ánh Hạ", "bí thư tỉnh ủy", "tỉnh An Giang") in found
    assert ("Lê Văn Thanh", "bí thư thành ủy", "thành phố Hải Phòng") in found


def test_a_list_headed_by_a_title_of_the_new_term():
    text = "Các Phó Bí thư Tỉnh ủy khóa mới gồm: Bà Lê Thị Hậu (tái cử), ông Nguyễn Cảnh Tài (tái cử), bà Hà Thu Mai."
    found = rows(doc_of(text, "https://baolangson.vn/x"))
    for who in ("Lê Thị Hậu", "Nguyễn Cảnh Tài", "Hà Thu Mai"):
        assert (who, "phó bí thư tỉnh ủy", "tỉnh Lạng Sơn") in found


def test_a_deputy_named_bare_in_a_list_is_of_the_body_its_head_was_named_with():
    text = ("Đồng chí Võ Thị Thu Hường được bầu giữ chức Chủ tịch Hội Nông dân huyện Yên Thành; các Phó Chủ tịch "
            "gồm: Phạm Văn Tú, Hồ Sỹ Dũng.")
    found = rows(doc_of(text, None))
    for who in ("Phạm Văn Tú", "Hồ Sỹ Dũng"):
        assert (who, "phó chủ tịch hội nông dân huyện", "huyện Yên Thành") in found


def test_a_colon_list_of_bare_names_ends_at_a_semicolon_but_items_with_titles_go_on():
    text = ("Cùng dự có các đồng chí Phó Bí thư Tỉnh ủy Hà Giang: Lý Thị Lan, Trần Đức Quý; đồng chí Đoàn Quang Huy, "
            "Trưởng ban Tổ chức Tỉnh ủy. Các Phó Bí thư Tỉnh ủy Gia Lai gồm: ông Rơ Châm Bút, Chủ tịch HĐND tỉnh; "
            "ông Trương Văn Khải, Chủ tịch UBND tỉnh.")
    found = rows(doc_of(text, None))
    assert ("Trần Đức Quý", "phó bí thư tỉnh ủy", "tỉnh Hà Giang") in found
    assert ("Đoàn Quang Huy", "phó bí thư tỉnh ủy", "tỉnh Hà Giang") not in found
    assert ("Trương Văn Khải", "phó bí thư tỉnh ủy", "tỉnh Gia Lai") in found


def test_a_special_zone_party_committee_is_named_with_its_level_word():
    text = ("Ngày 15/8/2025, hội nghị do đồng chí Trương Văn Chính, Phó Bí thư Đảng ủy, Chủ tịch UBND đặc khu Lý Sơn "
            "chủ trì.")
    assert ("Trương Văn Chính", "phó bí thư đảng ủy đặc khu", "đặc khu Lý Sơn") in rows(doc_of(text, None))


@pytest.mark.parametrize("text,expected", [
    ("Thứ trưởng Bộ Nội vụ Vũ Đăng Minh chủ trì hội nghị; cùng chủ trì có Thứ trưởng Phan Thị Lan.",
     ("Phan Thị Lan", "thứ trưởng bộ nội vụ", "")),
    ("Các Phó Chủ tịch UBND tỉnh Trà Vinh gồm: bà Sơn Thị Mỹ Hạnh; ông Lê Minh Chánh; ông Đoàn Văn Sáu.",
     ("Đoàn Văn Sáu", "phó chủ tịch ủy ban nhân dân tỉnh", "tỉnh Trà Vinh")),
    ("Đồng chí Huỳnh Chí Tâm được bầu giữ chức Bí thư Huyện ủy Hòa Bình; các đồng chí Đoàn Văn Lực, Chủ tịch UBND "
     "huyện và Trương Thị Ngân được bầu giữ chức Phó Bí thư Huyện ủy.",
     ("Đoàn Văn Lực", "phó bí thư huyện ủy", "huyện Hòa Bình")),
    ("Chủ trì hội nghị có đ/c Trương Hoàng Phúc, UVTW Đảng, Bí thư Tỉnh uỷ Bạc Liêu.",
     ("Trương Hoàng Phúc", "ủy viên trung ương đảng", "")),
    ("Dự có đồng chí Nguyễn Thế Anh, Quận ủy viên, Trưởng ban Tổ chức Quận ủy Lê Chân.",
     ("Nguyễn Thế Anh", "quận ủy viên", "quận Lê Chân")),
    ("Dự họp có ông Kiên Sóc Phi - UVBTV Huyện uỷ, Phó CT UBND huyện Cầu Ngang.",
     ("Kiên Sóc Phi", "phó chủ tịch ủy ban nhân dân huyện", "huyện Cầu Ngang")),
])
def test_peers_lists_and_abbreviated_titles(text, expected):
    assert expected in rows(doc_of(text, None))


def test_a_bare_city_committee_in_a_centrally_run_city_is_that_city_s():
    text = ("HĐND TP.HCM bầu bổ sung Ủy viên UBND TP\nNgày 29-12, HĐND TP.HCM khóa X tổ chức kỳ họp thứ 14. Dự kỳ họp "
            "có Phó Chủ tịch UBND TP Dương Anh Khoa; Bí thư Thành ủy TP Thủ Đức Lê Hoàng Vũ.")
    found = rows(doc_of(text, None))
    assert ("Dương Anh Khoa", "phó chủ tịch ủy ban nhân dân thành phố", "thành phố Hồ Chí Minh") in found
    assert ("Lê Hoàng Vũ", "bí thư thành ủy", "thành phố Thủ Đức") in found


def test_a_department_and_the_body_it_belongs_to_are_one_post():
    text = ("Dự có ông Nguyễn Đức Trọng, Phó Vụ trưởng Vụ Địa phương I, Ban Tổ chức Trung ương; bà Lê Thị Ba, Trưởng "
            "Ban Công tác Phụ nữ, Ủy ban MTTQ Việt Nam tỉnh Hòa Bình; ông Trần Quang Hưng, Thứ trưởng Bộ Nông nghiệp "
            "và Phát triển nông thôn.")
    found = rows(doc_of(text, None))
    assert ("Nguyễn Đức Trọng", "phó vụ trưởng vụ địa phương i ban tổ chức trung ương", "") in found
    assert ("Lê Thị Ba", "trưởng ban công tác phụ nữ ủy ban mặt trận tổ quốc việt nam tỉnh", "tỉnh Hòa Bình") in found
    assert ("Trần Quang Hưng", "thứ trưởng bộ nông nghiệp và phát triển nông thôn", "") in found


def test_a_seat_on_the_committee_someone_is_elected_into():
    text = ("Hội nghị đã bầu bổ sung đồng chí Nguyễn Thế An, Quận ủy viên, Trưởng ban Tổ chức Quận ủy vào Ban Thường vụ "
            "Quận ủy Lê Chân. Hội nghị bầu 15 đồng chí vào Ban Thường vụ.")
    found = rows(doc_of(text, None))
    assert ("Nguyễn Thế An", "ủy viên ban thường vụ quận ủy", "quận Lê Chân") in found
    assert len([r for r in found if r[1].startswith("ủy viên ban thường vụ")]) == 1


def test_a_pronoun_s_titles_belong_to_the_person_just_named():
    text = ("Ông Nguyễn Văn Hải được giới thiệu ứng cử. Ông là Ủy viên Bộ Chính trị, Trưởng đoàn ĐBQH thành phố Hà Nội. "
            "Bà là người con của quê hương.")
    found = rows(doc_of(text, None))
    assert ("Nguyễn Văn Hải", "ủy viên bộ chính trị", "") in found
    assert ("Nguyễn Văn Hải", "trưởng đoàn đại biểu quốc hội thành phố", "thành phố Hà Nội") in found


def test_deputies_of_a_department_and_two_whole_titles_in_turn():
    text = ("Ông Đặng Huy Hòe được bổ nhiệm giữ chức Giám đốc Sở Nông nghiệp và Môi trường. Các Phó Giám đốc Sở: Nguyễn "
            "Minh Sơn, Lê Quang Khải. Đồng chí Trịnh Thị Hoa và đồng chí Vũ Mạnh Cường lần lượt giữ chức Giám đốc Sở Tư "
            "pháp và Giám đốc Sở Xây dựng tỉnh Ninh Bình.")
    found = rows(doc_of(text, "https://baoninhbinh.org.vn/x"))
    assert ("Lê Quang Khải", "phó giám đốc sở nông nghiệp và môi trường", "tỉnh Ninh Bình") in found
    assert ("Trịnh Thị Hoa", "giám đốc sở tư pháp", "tỉnh Ninh Bình") in found
    assert ("Vũ Mạnh Cường", "giám đốc sở xây dựng tỉnh", "tỉnh Ninh Bình") in found


def test_committees_listed_under_their_council():
    text = ("Trưởng các ban HĐND tỉnh Thanh Hóa gồm: Trưởng Ban Kinh tế - Ngân sách Cao Văn Lợi; Trưởng Ban Pháp chế Đỗ "
            "Thị Kim Yến.")
    found = rows(doc_of(text, None))
    assert ("Đỗ Thị Kim Yến", "trưởng ban pháp chế hội đồng nhân dân tỉnh", "tỉnh Thanh Hóa") in found
    assert ("Cao Văn Lợi", "trưởng ban kinh tế ngân sách hội đồng nhân dân tỉnh", "tỉnh Thanh Hóa") in found


@pytest.mark.parametrize("text,expected", [
    # a heading ending in ":" and its items one a line (after a bullet or an honorific): each item holds the post
    ("Đại hội bầu Ban Thường vụ Thành ủy Huế.\n\nCác Ủy viên Ban thường vụ Thành ủy Huế khóa XVII, nhiệm kỳ "
     "2025-2030 gồm các ông, bà:\n\n- Ông Trần Văn Bảy (SN 1974, quê TP Huế)\n\n- Bà Lê Thị Hoa (SN 1970, quê TP Huế)\n\n"
     "Ban Thường vụ Thành ủy Huế có 15 người.",
     {("Trần Văn Bảy", "ủy viên ban thường vụ thành ủy", "thành phố Huế"),
      ("Lê Thị Hoa", "ủy viên ban thường vụ thành ủy", "thành phố Huế")}),
    ("Đại hội Đảng bộ phường Bãi Cháy bầu Ban Thường vụ.\n\nCác đồng chí Ủy viên Ban Thường vụ Đảng ủy phường:\n\n"
     "Đồng chí Đỗ Văn Tùng - Phó Chủ tịch UBND phường.\n\nĐồng chí Vũ Thị Ngát - Chủ tịch Ủy ban MTTQ phường.",
     {("Đỗ Văn Tùng", "ủy viên ban thường vụ đảng ủy phường", "phường Bãi Cháy"),
      ("Đỗ Văn Tùng", "phó chủ tịch ủy ban nhân dân phường", "phường Bãi Cháy"),
      ("Vũ Thị Ngát", "ủy viên ban thường vụ đảng ủy phường", "phường Bãi Cháy"),
      ("Vũ Thị Ngát", "chủ tịch ủy ban mặt trận tổ quốc phường", "phường Bãi Cháy")}),
    # a heading that names no post gives none
    ("Đại hội Đảng bộ phường Bãi Cháy.\n\nDự đại hội có:\n\nĐồng chí Đỗ Văn Tùng - Phó Chủ tịch UBND phường.\n\n"
     "Đồng chí Vũ Thị Ngát - Chủ tịch Ủy ban MTTQ phường.",
     {("Đỗ Văn Tùng", "phó chủ tịch ủy ban nhân dân phường", "phường Bãi Cháy"),
      ("Vũ Thị Ngát", "chủ tịch ủy ban mặt trận tổ quốc phường", "phường Bãi Cháy")}),
])
def test_a_heading_title_for_a_list_one_item_a_line(text, expected):
    from vnkg.extract.lexicon import load
    doc = doc_of(text, "https://baoquangninh.vn/tin/1" if "Bãi Cháy" in text else "https://huengaynay.vn/a",
                 "2025-10-04")
    got = {(p.person, key(load().expand(p.title)), p.area.label if p.area else "") for p in doc.posts}
    assert got == {(n, key(load().expand(t)), a) for n, t, a in expected}


def test_a_province_title_in_an_article_about_a_city_is_the_province_its_paragraph_names():
    """Hải Phòng is a city: its party committee is a Thành ủy, so "Tỉnh ủy" in a round-up about it is the
    province the paragraph names first (not a hometown named in passing), else the one named before it."""
    text = ("Đại hội Đảng bộ TP Hải Phòng bầu Bí thư Thành ủy\n\nÔng Trần Văn Hải được bầu giữ chức Bí thư Thành ủy "
            "Hải Phòng.\n\nCùng ngày, Đại hội Đảng bộ tỉnh Bà Rịa-Vũng Tàu bế mạc. Ông Lê Văn Tâm, quê quán huyện Cần "
            "Đước, Long An, được bầu làm Bí thư Tỉnh ủy. Bà Ngô Thị Lan và ông Phạm Văn Kha (Chủ tịch UBND tỉnh) tái "
            "đắc cử Phó Bí thư Tỉnh ủy.\n\nCùng ngày, tại Thừa Thiên - Huế, ông Đỗ Văn Lưu tái đắc cử Bí thư Tỉnh ủy."
            "\n\nÔng Hồ Văn Cao, Chủ tịch UBND tỉnh được bầu giữ chức Phó bí thư Tỉnh ủy.")
    doc = doc_of(text, "https://baohaiphong.vn/a.html", "2015-10-20")
    got = {(p.person, p.title, p.area.name if p.area else None) for p in doc.posts}
    assert ("Phạm Văn Kha", "Phó Bí thư Tỉnh ủy", "Bà Rịa - Vũng Tàu") in got
    assert ("Ngô Thị Lan", "Phó Bí thư Tỉnh ủy", "Bà Rịa - Vũng Tàu") in got
    assert ("Hồ Văn Cao", "Phó Bí thư Tỉnh ủy", "Thừa Thiên Huế") in got
    assert ("Trần Văn Hải", "Bí thư Thành ủy", "Hải Phòng") in got


def test_a_bare_dang_uy_in_a_district_article_is_the_commune_its_sentence_names():
    """A district's party committee is a Huyện ủy: a bare "Đảng ủy" there is a commune's."""
    text = ("Ban Chấp hành Đảng bộ huyện Mai Châu thành lập các Đảng bộ xã sau sáp nhập.\n\n"
            "- Đảng bộ xã Bao La: Trên cơ sở hợp nhất Đảng bộ xã Bao La (cũ) và Đảng bộ xã Piềng Vế; đồng chí Hà Văn "
            "Hoàn, Chủ tịch UBND xã Bao La (cũ) giữ chức vụ Bí thư Đảng ủy.")
    doc = doc_of(text, "http://maichau.hoabinh.gov.vn/tin/1", "2020-02-01")
    got = {(p.person, p.title, p.area.label if p.area else None) for p in doc.posts}
    assert ("Hà Văn Hoàn", "Bí thư Đảng ủy xã", "xã Bao La") in got


def _posts_of(text, url, published):
    from vnkg.extract.lexicon import load
    doc = doc_of(text, url, published)
    return {(p.person, key(load().expand(p.title)), p.area.label if p.area else "") for p in doc.posts
            if p.status != "former"}


def test_a_committee_roster_one_member_a_line():
    """"Danh sách Ban Thường vụ Tỉnh ủy X:" then "- Ông A - <titles>": each member holds a seat on it (its
    secretaries are named by their own titles); an honorific in the same run opens any name ("- Bà Chang Thị
    Xuân"); the boards merged in 2025 are one name each ("Ban Tuyên giáo và Dân vận")."""
    text = ("Chiều 26/9, Ban Chấp hành Đảng bộ tỉnh Lai Châu họp phiên thứ nhất.\n\nDanh sách Ban Thường vụ Tỉnh ủy "
            "Lai Châu khóa XV:\n\n- Ông Giàng A Tủa - Bí thư Tỉnh ủy\n- Bà Chang Thị Xuân - Trưởng Ban Tuyên giáo và "
            "Dân vận Tỉnh ủy\n- Ông Tao Văn Chiến - Chủ tịch Ủy ban MTTQ Việt Nam tỉnh\n\nĐại hội diễn ra 3 ngày.")
    got = _posts_of(text, "https://vnexpress.net/a-1.html", "2025-09-27")
    assert ("Giàng A Tủa", "bí thư tỉnh ủy", "tỉnh Lai Châu") in got
    assert ("Giàng A Tủa", "ủy viên ban thường vụ tỉnh ủy", "tỉnh Lai Châu") not in got
    assert ("Chang Thị Xuân", "trưởng ban tuyên giáo và dân vận tỉnh ủy", "tỉnh Lai Châu") in got
    assert ("Chang Thị Xuân", "ủy viên ban thường vụ tỉnh ủy", "tỉnh Lai Châu") in got
    assert ("Tao Văn Chiến", "ủy viên ban thường vụ tỉnh ủy", "tỉnh Lai Châu") in got


def test_a_numbered_roster_after_a_paragraph_heading():
    text = ("Đại hội công bố quyết định chỉ định Ban Chấp hành Đảng bộ xã Đồng Văn gồm 25 đồng chí. Ban Thường vụ Đảng "
            "ủy xã gồm 3 đồng chí:\n\n1. Đồng chí Vàng Mí Sính - Bí thư Đảng ủy, Chủ tịch HĐND xã Đồng Văn\n"
            "2. Đồng chí Nguyễn Văn Hưng - Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã Đồng Văn\n"
            "3. Đồng chí Hoàng Văn Duy - Trưởng Công an xã Đồng Văn\n\nĐại hội bế mạc.")
    got = _posts_of(text, "https://baohagiang.vn/a.html", "2025-08-10")
    assert ("Nguyễn Văn Hưng", "ủy viên ban thường vụ đảng ủy xã", "xã Đồng Văn") in got
    assert ("Hoàng Văn Duy", "ủy viên ban thường vụ đảng ủy xã", "xã Đồng Văn") in got
    assert ("Hoàng Văn Duy", "trưởng công an xã", "xã Đồng Văn") in got


@pytest.mark.parametrize("table,expected", [
    # no header: the cell after the name
    ("1 | Lý Văn Páo | Bí thư Huyện ủy\n2 | Nông Thị Hiền | Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện",
     {("Lý Văn Páo", "bí thư huyện ủy"), ("Nông Thị Hiền", "phó bí thư thường trực huyện ủy"),
      ("Nông Thị Hiền", "chủ tịch hội đồng nhân dân huyện")}),
    # a header saying which column is the old post and which the new one
    ("Họ và tên | Chức vụ cũ | Chức vụ mới\nĐinh Công Hoan | Phó Trưởng phòng Nội vụ huyện | Trưởng phòng Nội vụ huyện",
     {("Đinh Công Hoan", "trưởng phòng nội vụ huyện")}),
    # a title column before the name, vote columns after it
    ("Chức danh | Họ và tên | Số phiếu | Tỷ lệ\nChủ tịch HĐND huyện | Vũ Thị Thanh Nhàn | 33/33 | 100%",
     {("Vũ Thị Thanh Nhàn", "chủ tịch hội đồng nhân dân huyện")}),
])
def test_titles_in_a_table_as_its_header_says(table, expected):
    text = f"Chiều 12/8, Ban Chấp hành Đảng bộ huyện Bảo Lâm họp phiên thứ nhất.\n\nKết quả:\n\n{table}\n\n(Nguồn: Huyện ủy)"
    got = {(n, t) for n, t, a in _posts_of(text, "https://baocaobang.vn/a.html", "2020-08-13") if a == "huyện Bảo Lâm"}
    assert got == expected


def test_a_list_section_labelled_by_its_unit():
    """"Phường Ba Đình:" over "- Bí thư Đảng ủy, Chủ tịch HĐND phường: ông A": the section's ward, every title
    before the colon."""
    text = ("Sáng 1/7, Ban Thường vụ Thành ủy Hà Nội công bố các quyết định về cán bộ.\n\nPhường Hoàn Kiếm:\n"
            "- Bí thư Đảng ủy, Chủ tịch HĐND phường: ông Phí Văn Thịnh, nguyên Bí thư Quận ủy Hoàn Kiếm (cũ)\n"
            "- Chủ tịch UBND phường: bà Trịnh Thu Nga\n\nPhường Ba Đình:\n- Bí thư Đảng ủy: ông Vương Quốc Khánh\n"
            "- Chủ tịch UBND phường: ông Kiều Văn Toản")
    got = _posts_of(text, "https://hanoionline.vn/a.htm", "2025-07-01")
    assert {("Phí Văn Thịnh", "bí thư đảng ủy phường", "phường Hoàn Kiếm"),
            ("Phí Văn Thịnh", "chủ tịch hội đồng nhân dân phường", "phường Hoàn Kiếm"),
            ("Trịnh Thu Nga", "chủ tịch ủy ban nhân dân phường", "phường Hoàn Kiếm"),
            ("Vương Quốc Khánh", "bí thư đảng ủy phường", "phường Ba Đình"),
            ("Kiều Văn Toản", "chủ tịch ủy ban nhân dân phường", "phường Ba Đình")} <= got


def test_retiring_is_said_of_those_who_retire():
    """A headline about retirements makes former only the posts of those it names; a title followed by "nghỉ
    hưu" is former; the officials handing over the decisions keep theirs."""
    text = ("Trao quyết định nghỉ hưu trước tuổi cho 6 lãnh đạo sở, ngành\n\nChiều 28/2, UBND tỉnh Quảng Ngãi tổ chức "
            "lễ trao quyết định. Dự buổi lễ có ông Lê Văn Tới, Trưởng Ban Tổ chức Tỉnh ủy.\n\nĐáng nói, ông Trần Văn "
            "Thạnh - Giám đốc Sở Khoa học và Công nghệ nghỉ hưu khi mới 57 tuổi; bà Lưu Thị Ngọc - Phó Giám đốc Sở Y tế "
            "cũng nghỉ hưu đợt này.")
    got = _posts_of(text, "https://baoquangngai.vn/a.html", "2025-03-01")
    assert ("Lê Văn Tới", "trưởng ban tổ chức tỉnh ủy", "tỉnh Quảng Ngãi") in got
    assert not {n for n, _, _ in got} & {"Trần Văn Thạnh", "Lưu Thị Ngọc"}


def test_a_list_after_a_comma_and_gom_and_a_list_of_candidates():
    text = ("HĐND tỉnh cũng bầu 2 Phó Chủ tịch UBND tỉnh, gồm:\n- Ông Đinh Văn Điềm, 147/149 phiếu;\n"
            "- Bà Lương Thị Hòa, 146/149 phiếu.\n\nQuốc hội biểu quyết danh sách bầu 2 Phó Chủ tịch Quốc hội, gồm: bà "
            "Tòng Thị Hoa, ông Đỗ Bá Tâm.")
    got = _posts_of(text, "https://baoninhbinh.org.vn/a.html", "2025-07-01")
    assert {("Đinh Văn Điềm", "phó chủ tịch ủy ban nhân dân tỉnh", "tỉnh Ninh Bình"),
            ("Lương Thị Hòa", "phó chủ tịch ủy ban nhân dân tỉnh", "tỉnh Ninh Bình")} <= got
    assert not {n for n, _, _ in got} & {"Tòng Thị Hoa", "Đỗ Bá Tâm"}


def test_central_bodies_have_no_area_and_titles_end_before_a_verb():
    text = ("Sáng 18/12, tại Hà Nội, Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam họp. Cùng chủ trì có các Phó Chủ tịch "
            "Tổng Liên đoàn: Thái Thị Bích Hà, Phan Văn Hưng. Bà Đinh Thị Phương Loan, Ủy viên Thường trực Hội đồng Dân "
            "tộc dự. Anh Trần Minh Khải, Bí thư Thành đoàn Cần Thơ chia sẻ kinh nghiệm hỗ trợ thanh niên khởi nghiệp.")
    got = _posts_of(text, "https://laodong.vn/a.ldo", "2023-12-19")
    assert ("Phan Văn Hưng", "phó chủ tịch tổng liên đoàn", "") in got
    assert ("Đinh Thị Phương Loan", "ủy viên thường trực hội đồng dân tộc", "") in got
    assert ("Trần Minh Khải", "bí thư thành đoàn", "thành phố Cần Thơ") in got


def test_a_place_inside_a_persons_name_gives_no_area():
    """"ông Đặng Thanh Xuân" names no quận Thanh Xuân: a district title in his sentence is not that district's."""
    text = ("Ngày 20/4, tại xã Thanh Điền, HĐND xã đã tổ chức kỳ họp. Tham dự kỳ họp có ông Võ Văn Vu - Huyện ủy viên, "
            "Bí thư Đảng ủy xã; ông Đặng Thanh Xuân - Chủ tịch UBND xã.")
    got = _posts_of(text, "https://example.vn/a.html", "2024-04-21")
    assert not any(a == "quận Thanh Xuân" for _, _, a in got)


@pytest.mark.parametrize("text,url,published,expected", [
    # a party committee written as its capitals
    ("Ông Đinh Văn Thạo, Bí thư HU; bà Lê Thị Nga, Ủy viên BTV TU, Trưởng ban Dân vận TU dự hội nghị.",
     "http://duytien.hanam.gov.vn/a", "2015-06-02",
     {("Đinh Văn Thạo", "bí thư huyện ủy", "thị xã Duy Tiên"), ("Lê Thị Nga", "trưởng ban dân vận tỉnh ủy", "tỉnh Hà Nam"),
      ("Lê Thị Nga", "ủy viên ban thường vụ tỉnh ủy", "tỉnh Hà Nam")}),
    # a district the data no longer have, on its own portal
    ("Ngày 28 tháng 6 năm 2016, HĐND huyện Mỹ Lộc khóa XIX tiến hành kỳ họp thứ nhất. Ông Phạm Đức Tuyến, Bí thư "
     "Huyện ủy được bầu giữ chức Chủ tịch HĐND huyện.", "http://myloc.namdinh.gov.vn/a", None,
     {("Phạm Đức Tuyến", "bí thư huyện ủy", "huyện Mỹ Lộc"), ("Phạm Đức Tuyến", "chủ tịch hội đồng nhân dân huyện",
                                                               "huyện Mỹ Lộc")}),
    # a town raised to a city since: "thị xã Lai Châu" of 2012 is the city the data know (and no commune)
    ("Ngày 14-6, HĐND thị xã Lai Châu tổ chức kỳ họp. Ông Tao Văn Thưởng, Chủ tịch HĐND thị xã chủ tọa kỳ họp.",
     "http://laichau.gov.vn/a", "2012-06-15", {("Tao Văn Thưởng", "chủ tịch hội đồng nhân dân thị xã", "thành phố Lai Châu")}),
])
def test_old_articles_units_and_abbreviations(text, url, published, expected):
    assert _posts_of(text, url, published) == expected


def test_two_council_committees_named_with_the_council_once():
    text = ("Kỳ họp cũng bầu ông Phạm Hữu Nghĩa làm Trưởng Ban Pháp chế và bà Trịnh Thị Kiều làm Trưởng Ban Kinh tế - "
            "Xã hội HĐND huyện Bù Đăng. Ông Bùi Thanh Tùng, Chủ tịch Ủy ban bầu cử huyện dự.")
    got = _posts_of(text, "https://baobinhphuoc.com.vn/a.html", "2021-06-25")
    assert ("Phạm Hữu Nghĩa", "trưởng ban pháp chế hội đồng nhân dân huyện", "huyện Bù Đăng") in got
    assert ("Bùi Thanh Tùng", "chủ tịch ủy ban bầu cử huyện", "huyện Bù Đăng") in got


def test_a_military_regions_number_is_part_of_its_name():
    got = _posts_of("Đồng chí Nguyễn Ngọc Hải, Phó Tư lệnh Quân khu 4 dự hội nghị.", "https://baohatinh.vn/a", "2025-08-19")
    assert got == {("Nguyễn Ngọc Hải", "phó tư lệnh quân khu 4", "")}


def test_lists_of_elected_without_a_colon_and_the_council_passed_back():
    text = ("HĐND tỉnh Khánh Hòa bầu 4 Phó Chủ tịch UBND tỉnh gồm các ông Tôn Thất Minh, Hàn Văn Sáu và bà Trần Thị Lệ "
            "Hằng. HĐND tỉnh cũng bầu Trưởng các Ban: ông Nguyễn Tấn Lực, Trưởng Ban Kinh tế - Ngân sách; bà Ngô Thị "
            "Hạnh, Trưởng Ban Pháp chế HĐND tỉnh. Đoàn Chủ tịch Đại hội gồm các ông Lê Văn Sơn, Phạm Văn Hồng.")
    got = _posts_of(text, "https://baokhanhhoa.vn/a.html", "2026-03-20")
    assert {("Tôn Thất Minh", "phó chủ tịch ủy ban nhân dân tỉnh", "tỉnh Khánh Hòa"),
            ("Trần Thị Lệ Hằng", "phó chủ tịch ủy ban nhân dân tỉnh", "tỉnh Khánh Hòa"),
            ("Nguyễn Tấn Lực", "trưởng ban kinh tế ngân sách hội đồng nhân dân tỉnh", "tỉnh Khánh Hòa")} <= got
    assert not {n for n, _, _ in got} & {"Lê Văn Sơn", "Phạm Văn Hồng"}  # a congress's presidium holds no post


def test_a_list_of_retirees_and_a_duty_after_a_title():
    """The heading of a list says what befalls those listed: retirees hold their posts no more. "phụ trách …" after
    a whole title is a duty (but a bare title's body may come after it)."""
    text = ("Sáng 25/2, UBND tỉnh Đồng Nai tổ chức buổi gặp mặt.\n\nCác cán bộ nhận quyết định nghỉ hưu trước tuổi gồm:\n"
            "- Ông Lương Minh Trọng, Giám đốc Sở Y tế;\n- Bà Phạm Thị Kim Loan, Phó Giám đốc Sở Xây dựng.\n\n"
            "Cùng ngày, Chủ tịch UBND tỉnh giao bà Trần Thị Ngọc Anh, Phó Giám đốc Sở Nội vụ phụ trách Sở trong giai "
            "đoạn chuyển tiếp.\n\n1. Quyết định nghỉ hưu đối với đồng chí Tòng Văn Phiên, Bí thư Huyện ủy.\n\n"
            "2. Quyết định giao đồng chí Lường Thị Hiền, Phó Giám đốc Sở Tài chính, phụ trách Sở.")
    got = _posts_of(text, "https://dongnai.gov.vn/a.aspx", "2025-02-25")
    assert {p for p in got if p[0] != "Tòng Văn Phiên"} == {
        ("Trần Thị Ngọc Anh", "phó giám đốc sở nội vụ", "tỉnh Đồng Nai"),
        ("Lường Thị Hiền", "phó giám đốc sở tài chính", "tỉnh Đồng Nai")}
    text = "Đồng chí Hoàng Đức Thành, Phó Trưởng Đoàn chuyên trách phụ trách Đoàn ĐBQH tỉnh Quảng Trị chủ trì."
    assert _posts_of(text, None, "2023-12-18") == {
        ("Hoàng Đức Thành", "phó trưởng đoàn chuyên trách phụ trách đoàn đại biểu quốc hội tỉnh", "tỉnh Quảng Trị")}


def test_a_presidium_holds_no_post_and_agency_committees_are_named_with_their_agency():
    text = ("Đoàn Chủ tịch Đại hội gồm các đồng chí: Đại tá Hoàng Trung Kiến, Bí thư Đảng ủy, Giám đốc Công an tỉnh Lạng "
            "Sơn; Đại tá Nông Văn Huân, Phó Bí thư Đảng ủy, Phó Giám đốc Công an tỉnh.\n\nĐồng chí Huỳnh Thị Bé Tư tái cử "
            "Bí thư Đảng ủy Khối các cơ quan tỉnh Bến Tre; các đồng chí Đoàn Văn Hậu, Ngô Thanh Phụng được bầu giữ chức "
            "Phó Bí thư.")
    got = _posts_of(text, None, "2020-07-16")
    assert ("Nông Văn Huân", "phó bí thư đảng ủy công an tỉnh", "tỉnh Lạng Sơn") in got
    assert ("Ngô Thanh Phụng", "phó bí thư đảng ủy khối các cơ quan tỉnh", "tỉnh Bến Tre") in got
    assert not any(t.startswith("chủ tịch") or t == "phó bí thư tỉnh ủy" for _, t, _ in got)


def test_national_roles_written_bare_and_in_full_and_national_departments():
    text = ("Thủ tướng Chính phủ Đặng Quốc Vĩnh làm việc với tỉnh Điện Biên. Thủ tướng Đặng Quốc Vĩnh đề nghị tỉnh đẩy "
            "nhanh tiến độ. Dự có ông Phạm Quốc Việt, Phó Cục trưởng Cục Cảnh sát hình sự và ông Trần Văn Miền, Cục "
            "trưởng Cục Thuế tỉnh. UBND tỉnh bổ nhiệm ông Lê Hồng Sơn giữ chức Giám đốc Sở Nội vụ kể từ ngày 15/3. "
            "Ông Vũ Đình Quảng, Trưởng Ban Chỉ đạo quốc gia phòng, chống dịch Covid-19 dự họp.")
    got = _posts_of(text, "https://baodienbienphu.info.vn/a.html", "2022-05-15")
    assert ("Đặng Quốc Vĩnh", "thủ tướng chính phủ", "") in got
    assert ("Đặng Quốc Vĩnh", "thủ tướng", "") not in got
    assert ("Phạm Quốc Việt", "phó cục trưởng cục cảnh sát hình sự", "") in got
    assert ("Trần Văn Miền", "cục trưởng cục thuế tỉnh", "tỉnh Điện Biên") in got
    assert ("Lê Hồng Sơn", "giám đốc sở nội vụ", "tỉnh Điện Biên") in got
    assert ("Vũ Đình Quảng", "trưởng ban chỉ đạo quốc gia phòng chống dịch covid 19", "") in got


def test_a_special_zones_committee_written_bare_is_the_zone_the_sentence_names():
    text = ("Cùng ngày, các xã, phường, đặc khu của tỉnh đồng loạt công bố quyết định về nhân sự. Tại đặc khu Phú Quốc, "
            "ông Bùi Quang Hà được chỉ định giữ chức bí thư Đảng ủy đặc khu.")
    assert ("Bùi Quang Hà", "bí thư đảng ủy đặc khu", "đặc khu Phú Quốc") in _posts_of(
        text, "https://tuoitre.vn/an-giang-moi-20250701121530845.htm", None)


def test_a_deputys_seat_is_no_post():
    text = "Dự buổi tiếp xúc có bà Siu Hà Mai, Đại biểu Quốc hội, Phó Chủ tịch Hội LHPN tỉnh Gia Lai."
    assert _posts_of(text, "https://baogialai.com.vn/a.html", "2023-06-05") == {
        ("Siu Hà Mai", "phó chủ tịch hội lhpn tỉnh", "tỉnh Gia Lai")}


def test_a_verb_of_speech_ends_a_title():
    text = "Ông Nguyễn Đăng Quyết, Giám đốc Sở Công Thương cam kết bảo đảm nguồn hàng thiết yếu cho vùng lũ."
    assert _posts_of(text, "https://baoquangtri.vn/a.htm", "2020-10-18") == {
        ("Nguyễn Đăng Quyết", "giám đốc sở công thương", "tỉnh Quảng Trị")}


def test_a_title_spoken_to_or_for_is_someone_elses_and_national_committees_have_no_area():
    text = ("Báo cáo với Thủ tướng, Chủ tịch UBND tỉnh Trần Hữu Phúc cho biết tăng trưởng đạt 6,2%. Thừa ủy quyền của "
            "Thủ tướng, Bộ trưởng Bộ Tài nguyên và Môi trường Mạc Thị Huyền Sang trình bày tờ trình. Ông Kha Văn Tiến, "
            "Phó Chủ nhiệm Ủy ban về các vấn đề xã hội dự họp tại Hà Nội.")
    got = _posts_of(text, "https://baophuyen.vn/a.html", "2023-05-14")
    assert ("Trần Hữu Phúc", "thủ tướng", "") not in got and ("Mạc Thị Huyền Sang", "thủ tướng", "") not in got
    assert ("Kha Văn Tiến", "phó chủ nhiệm ủy ban về các vấn đề xã hội", "") in got


def test_a_steering_committees_head_written_bare_and_a_weekday_is_no_name():
    text = ("Thứ Năm, 12/05/2022 08:30\n\nSáng 11/5, Ban Chỉ đạo phòng, chống dịch Covid-19 huyện Sóc Sơn họp. Đồng chí "
            "Nguyễn Thành Lương, Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo chủ trì cuộc họp.")
    doc = doc_of(text, "https://baomoi.com/a.epi", None)
    assert "Thứ Năm" not in [p.name for p in doc.persons]
    assert ("Nguyễn Thành Lương", "trưởng ban chỉ đạo phòng chống dịch covid 19", "huyện Sóc Sơn") in \
        _posts_of(text, "https://baomoi.com/a.epi", None)


def test_a_party_role_and_a_bare_level_word_is_the_levels_party_committee():
    text = ("Tại buổi làm việc, đồng chí Trần Văn Ân, Bí thư huyện Hòa Vang phát biểu. Ông Lê Minh Khuê, Phó Bí thư "
            "xã Hòa Phong, cùng dự. Bà Phan Thị Hoài, Bí thư tỉnh Lâm Đồng, đến thăm.")
    got = _posts_of(text, "https://baodanang.vn/a.html", "2019-03-02")
    assert ("Trần Văn Ân", "bí thư huyện ủy", "huyện Hòa Vang") in got
    assert ("Lê Minh Khuê", "phó bí thư đảng ủy xã", "xã Hòa Phong") in got
    assert ("Phan Thị Hoài", "bí thư tỉnh ủy", "tỉnh Lâm Đồng") in got


def test_a_post_followed_by_cu_is_one_of_before():
    text = ("Ông Trần Văn Hùng, Bí thư Quận ủy quận 6 cũ làm Bí thư phường Bình Tây\n"
            "Ngày 8-8, Đảng bộ phường Bình Tây tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030.")
    got = _posts_of(text, "https://plo.vn/a-post864000.html", "2025-08-08")
    assert ("Trần Văn Hùng", "bí thư đảng ủy phường", "phường Bình Tây") in got
    assert not any(t == "bí thư quận ủy" for _, t, _ in got)


def test_an_inspection_committees_head_written_bare_is_the_committee_named_before():
    text = ("Chiều 20/10, Ban Chấp hành Đảng bộ thành phố Hải Phòng khóa XVI bầu ra Ủy ban kiểm tra Thành ủy gồm 9 "
            "người, bầu ông Đỗ Văn Hiền làm Chủ nhiệm Ủy ban Kiểm tra. Bà Lê Thị Na làm Phó Chủ nhiệm UBKT.")
    got = _posts_of(text, "https://vietnamnet.vn/hai-phong-a.html", "2020-10-21")
    assert ("Đỗ Văn Hiền", "chủ nhiệm ủy ban kiểm tra thành ủy", "thành phố Hải Phòng") in got
    assert ("Lê Thị Na", "phó chủ nhiệm ủy ban kiểm tra thành ủy", "thành phố Hải Phòng") in got


def test_qh_is_quoc_hoi_in_a_title():
    text = "Dự lễ có Trung tướng Huỳnh Văn Tâm, Ủy viên T.Ư Đảng, Phó Chủ tịch QH; đại diện lãnh đạo các bộ, ngành."
    assert ("Huỳnh Văn Tâm", "phó chủ tịch quốc hội", "") in _posts_of(text, "https://cand.com.vn/a.html", None)


def test_the_items_of_a_list_opened_by_cac_phuong_are_all_wards():
    """"Chủ tịch UBND các phường Hoa Lư, Nam Định, Phủ Lý" (2025): Nam Định is a ward there, not the province
    merged away, so it names no province for the posts of the sentence."""
    text = ("Chiều 30/7, UBND tỉnh Ninh Bình họp phiên thường kỳ. Dự phiên họp có các Phó Chủ tịch UBND tỉnh: Trần "
            "Thị Mơ, Vũ Văn Lâm; lãnh đạo các sở, ngành và Chủ tịch UBND các phường Hoa Lư, Nam Định, Phủ Lý.")
    got = _posts_of(text, "https://ninhbinh.gov.vn/tin-tuc/a.html", "2025-07-31")
    assert ("Trần Thị Mơ", "phó chủ tịch ủy ban nhân dân tỉnh", "tỉnh Ninh Bình") in got
    assert ("Vũ Văn Lâm", "phó chủ tịch ủy ban nhân dân tỉnh", "tỉnh Ninh Bình") in got


def test_a_deputy_secretary_made_chairman_keeps_the_party_post_and_a_zones_bare_seat_is_its_committees():
    text = ("Sáng 1/7/2025, HĐND đặc khu Lý Sơn tiến hành kỳ họp thứ nhất. Thường trực HĐND tỉnh chỉ định đồng chí Đỗ "
            "Văn Sang, Ủy viên Ban Thường vụ Đảng ủy, giữ chức Phó Chủ tịch HĐND đặc khu. Chủ tịch UBND tỉnh chỉ định "
            "đồng chí Huỳnh Văn Lộc, Phó Bí thư Đảng ủy đặc khu, giữ chức Chủ tịch UBND đặc khu Lý Sơn.")
    got = _posts_of(text, "https://lyson.quangngai.gov.vn/tin-tuc/a.html", "2025-07-01")
    assert ("Đỗ Văn Sang", "ủy viên ban thường vụ đảng ủy đặc khu", "đặc khu Lý Sơn") in got
    assert ("Huỳnh Văn Lộc", "phó bí thư đảng ủy đặc khu", "đặc khu Lý Sơn") in got
    assert ("Huỳnh Văn Lộc", "chủ tịch ủy ban nhân dân đặc khu", "đặc khu Lý Sơn") in got


def test_a_wards_department_of_2025_runs_through_its_comma():
    text = "Đồng chí Trần Quốc Hưng, Trưởng phòng Kinh tế, Hạ tầng và Đô thị phường trình bày báo cáo tại hội nghị."
    assert ("Trần Quốc Hưng", "trưởng phòng kinh tế hạ tầng và đô thị phường", "phường Phố Hiến") in _posts_of(
        text, "https://phohien.hungyen.gov.vn/tin-tuc/a.html", "2025-10-02")


def test_an_association_or_department_written_bare_is_the_one_named_before():
    text = ("Đại hội đã bầu Ban Chấp hành Hội Cựu chiến binh tỉnh khóa VII gồm 23 đồng chí. Đại tá Lại Văn Khiêm được "
            "tín nhiệm bầu lại giữ chức Chủ tịch Hội. Đồng chí Nguyễn Văn Hảo tiếp tục được bầu giữ chức Bí thư Đảng ủy "
            "Sở Y tế; đồng chí Hoàng Thị Thư được bầu làm Phó Bí thư Đảng ủy Sở.")
    got = _posts_of(text, "https://baothaibinh.com.vn/a.html", "2022-06-10")
    assert ("Lại Văn Khiêm", "chủ tịch hội cựu chiến binh tỉnh", "tỉnh Thái Bình") in got
    assert ("Hoàng Thị Thư", "phó bí thư đảng ủy sở y tế", "tỉnh Thái Bình") in got


def test_a_bare_party_role_after_an_agencys_list_heading_and_a_post_put_forward_is_not_held():
    text = ("Dự hội nghị có các Phó Giám đốc Công an tỉnh: Thượng tá Trần Hữu Nghị, Phó Bí thư Đảng ủy; Đại tá Võ Thị "
            "Thủy, Ủy viên Ban Thường vụ Đảng ủy Công an tỉnh. Ban Thường vụ Tỉnh ủy điều động đồng chí Lâm Quốc Bảo, "
            "Phó Trưởng Ban Dân vận Tỉnh ủy đến nhận công tác tại LĐLĐ tỉnh và giới thiệu để bầu giữ chức Chủ tịch "
            "LĐLĐ tỉnh.")
    got = _posts_of(text, "https://baolongan.vn/a.html", "2019-06-12")
    assert ("Trần Hữu Nghị", "phó bí thư đảng ủy công an tỉnh", "tỉnh Long An") in got
    assert not any(who == "Lâm Quốc Bảo" and t.startswith("chủ tịch") for who, t, _ in got)


def test_names_joined_before_an_elected_title_share_it():
    text = ("Đại hội đã bầu Ban Chấp hành Huyện đoàn khóa X gồm 23 đồng chí. Anh Lê Văn Định tái đắc cử Bí thư Huyện "
            "đoàn; chị Ka Phương và anh Trịnh Xuân Thái được bầu giữ chức Phó Bí thư Huyện đoàn khóa X.")
    got = _posts_of(text, "http://tinhdoanlamdong.org.vn/tin-tuc/2017/06/23/dai-hoi-doan-huyen-bao-lam-lan-thu-x", None)
    assert ("Ka Phương", "phó bí thư huyện đoàn", "huyện Bảo Lâm") in got
    assert ("Trịnh Xuân Thái", "phó bí thư huyện đoàn", "huyện Bảo Lâm") in got


def test_a_bare_deputy_after_a_union_secretary_a_member_of_a_bare_dang_uy_and_thay_ending_a_title():
    text = ("Ngày 20/3/2022, Đại hội Đoàn xã Ngọc Tố lần thứ XII bầu Ban Chấp hành Đoàn xã gồm 15 đồng chí. Tại phiên "
            "họp thứ nhất, anh Sơn Minh Tài tái cử Bí thư Đoàn xã; chị Kim Thị Ngọc Hà được bầu làm Phó Bí thư. Tham "
            "dự có ông Phạm Minh Triều, Đảng ủy viên, Trưởng Công an xã Ngọc Tố. Ông Lê Đức Minh, Phó Chủ tịch UBND xã "
            "thay ông Trần Văn Bảy nghỉ hưu.")
    got = _posts_of(text, "https://mytu.soctrang.gov.vn/a.html", "2022-03-21")
    assert ("Kim Thị Ngọc Hà", "phó bí thư đoàn xã", "xã Ngọc Tố") in got
    assert ("Phạm Minh Triều", "đảng ủy viên", "xã Ngọc Tố") in got
    assert ("Lê Đức Minh", "phó chủ tịch ủy ban nhân dân xã", "xã Ngọc Tố") in got


def test_promotions_joined_names_and_a_centrally_run_city_named_in_the_sentence():
    text = ("HĐND tỉnh Lâm Đồng bầu ông Huỳnh Đức Mạnh, Phó chủ tịch UBND tỉnh, giữ chức chủ tịch nhiệm kỳ 2011-2016.\n\n"
            "Ban Chấp hành Đảng bộ tỉnh Hà Giang bầu ông Đặng Quang Thành tái đắc cử bí thư Tỉnh ủy. Ông Thào Mí Dũng, "
            "Chủ tịch UBND tỉnh, và bà Hoàng Thị Dung được bầu làm phó bí thư.\n\nÔng Trần Ngọc Tú, Thứ trưởng Công "
            "Thương, được điều động giữ chức Bí thư Tỉnh ủy Nghệ An.")
    got = _posts_of(text, "https://vnexpress.net/a-3022815.html", "2014-07-18")
    assert ("Huỳnh Đức Mạnh", "chủ tịch ủy ban nhân dân tỉnh", "tỉnh Lâm Đồng") in got
    assert ("Thào Mí Dũng", "phó bí thư tỉnh ủy", "tỉnh Hà Giang") in got
    assert not any(who == "Công Thương" for who, _, _ in got)
    text = ("Cùng ngày, Ban Thường vụ Thành ủy Đà Nẵng cũng tiến hành kiểm điểm dưới sự chủ trì của Bí thư Thành ủy "
            "Trương Quang Vĩnh.")
    assert ("Trương Quang Vĩnh", "bí thư thành ủy", "thành phố Đà Nẵng") in _posts_of(
        text, "https://baohaiphong.vn/a.html", "2012-12-15")


def test_a_companys_or_a_universitys_post_is_of_no_administrative_unit():
    text = ("Tại hội nghị, ông Lê Anh Dũng, Tổng Giám đốc Công ty CP Đầu tư Hải Âu, bà Đinh Thị Khánh, Phó Hiệu trưởng "
            "Trường Đại học Quy Nhơn và ông Hà Văn Quế, Giám đốc Hợp tác xã Hoa Xuân, phát biểu. Ông Trần Văn Lộc, Viện "
            "trưởng Viện Kiểm sát nhân dân tỉnh dự.")
    got = _posts_of(text, "https://baobinhdinh.vn/a.htm", "2019-10-12")
    assert ("Lê Anh Dũng", "tổng giám đốc công ty cp đầu tư hải âu", "") in got
    assert ("Đinh Thị Khánh", "phó hiệu trưởng trường đại học quy nhơn", "") in got
    assert ("Trần Văn Lộc", "viện trưởng viện kiểm sát nhân dân tỉnh", "tỉnh Bình Định") in got


def test_an_abbots_post_is_the_pagodas_and_the_next_title_still_follows():
    text = ("Hòa thượng Lâm Sa Rết, trụ trì chùa Prêk Tà Nôl, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước thị xã Vĩnh Châu "
            "cảm ơn đoàn. Ông Danh Sơn, Giám đốc Công ty TNHH Thủy sản Phú An bày tỏ vui mừng khi được mùa.")
    got = _posts_of(text, "https://baosoctrang.org.vn/a.htm", "2019-04-10")
    assert ("Lâm Sa Rết", "trụ trì chùa prêk tà nôl", "") in got
    assert ("Lâm Sa Rết", "phó chủ tịch hội đoàn kết sư sãi yêu nước thị xã", "thị xã Vĩnh Châu") in got
    assert ("Danh Sơn", "giám đốc công ty tnhh thủy sản phú an", "") in got


def test_a_bare_party_committee_before_the_head_of_a_university_a_company_or_a_zone_board_is_theirs():
    text = ("Đồng chí Ma Văn Tình, Bí thư Đảng ủy, Giám đốc Đại học Thái Nguyên chủ trì. Ông Lê Văn Bảy, Bí thư Chi bộ, "
            "Giám đốc Công ty TNHH MTV Thủy lợi Đắk Lắk phát biểu. Ông Trần Thạch, Bí thư Đoàn Trường Đại học Cần Thơ dự.")
    got = _posts_of(text, "https://baothainguyen.vn/a.htm", "2016-12-24")
    assert ("Ma Văn Tình", "bí thư đảng ủy đại học thái nguyên", "") in got
    assert ("Lê Văn Bảy", "bí thư chi bộ công ty tnhh mtv thủy lợi đắk lắk", "") in got
    assert ("Trần Thạch", "bí thư đoàn trường đại học cần thơ", "") in got


def test_an_economic_zones_board_is_its_provinces():
    text = ("Bí thư Đảng ủy, Trưởng Ban Quản lý Khu kinh tế Hải Phòng Bùi Thị Thanh Nhã chủ trì. Phó Trưởng ban Quản lý "
            "Khu kinh tế Dung Quất Lê Văn Phước dự.")
    got = _posts_of(text, "https://baohaiphong.vn/a.htm", "2026-01-10")
    assert ("Bùi Thị Thanh Nhã", "trưởng ban quản lý khu kinh tế", "thành phố Hải Phòng") in got
    assert ("Bùi Thị Thanh Nhã", "bí thư đảng ủy ban quản lý khu kinh tế", "thành phố Hải Phòng") in got
    assert ("Lê Văn Phước", "phó trưởng ban quản lý khu kinh tế dung quất", "thành phố Hải Phòng") in got


def test_verbs_of_explaining_end_a_title():
    text = ("Ông Ngô Quang Vĩ, Giám đốc Sở Tài chính phân tích nguyên nhân nợ đọng. Bà Lê Thị Mận, Phó Giám đốc Sở Xây "
            "dựng giải thích thêm.")
    got = _posts_of(text, "https://baothaibinh.com.vn/a.htm", "2013-07-20")
    assert ("Ngô Quang Vĩ", "giám đốc sở tài chính", "tỉnh Thái Bình") in got
    assert ("Lê Thị Mận", "phó giám đốc sở xây dựng", "tỉnh Thái Bình") in got


def test_deputy_general_directors_and_state_groups_written_short_are_of_no_unit():
    text = ("Ông Đặng Văn Hiền, Phó Tổng Giám đốc Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam dự. Ông Phạm Hồng Dũng, "
            "Phó Tổng Giám đốc EVN và bà Lê Thị Hạ, Phó Tổng Biên tập Báo Quảng Ninh phát biểu. Phó Chánh án TAND tỉnh "
            "Đoàn Minh Hiếu trao đổi.")
    got = _posts_of(text, "https://baoquangninh.vn/a.htm", "2019-03-10")
    assert ("Đặng Văn Hiền", "phó tổng giám đốc tập đoàn công nghiệp than khoáng sản việt nam", "") in got
    assert ("Phạm Hồng Dũng", "phó tổng giám đốc tập đoàn điện lực việt nam", "") in got
    assert ("Lê Thị Hạ", "phó tổng biên tập báo", "tỉnh Quảng Ninh") in got
    assert ("Đoàn Minh Hiếu", "phó chánh án tòa án nhân dân tỉnh", "tỉnh Quảng Ninh") in got


def test_a_steering_committees_phong_chong_before_a_name_is_one_title():
    text = ("Chủ tịch UBND tỉnh, Trưởng ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh Võ Tấn Lực chủ trì cuộc họp.")
    got = _posts_of(text, "https://baodongnai.com.vn/a.htm", "2021-08-05")
    assert got == {("Võ Tấn Lực", "chủ tịch ủy ban nhân dân tỉnh", "tỉnh Đồng Nai"),
                   ("Võ Tấn Lực", "trưởng ban chỉ đạo phòng chống dịch covid 19 tỉnh", "tỉnh Đồng Nai")}


def test_a_steering_committees_topic_right_after_its_name_keeps_its_commas():
    text = ("Ngày 15/11, Ban Chỉ đạo xóa nhà tạm, nhà dột nát huyện Mù Cang Chải đã họp; Chủ tịch UBND huyện, Trưởng Ban "
            "Chỉ đạo xóa nhà tạm, nhà dột nát huyện Lò Văn Thẩm chủ trì cuộc họp. Đồng chí Hà Quang Khánh - Bí thư Tỉnh "
            "ủy, Trưởng Ban Chỉ đạo thực hiện xóa nhà tạm, nhà dột nát trên địa bàn tỉnh dự.")
    got = _posts_of(text, "https://baoyenbai.com.vn/12/342156/a.aspx", "2024-11-20")
    assert ("Lò Văn Thẩm", "trưởng ban chỉ đạo xóa nhà tạm nhà dột nát huyện", "huyện Mù Cang Chải") in got
    assert ("Hà Quang Khánh", "trưởng ban chỉ đạo thực hiện xóa nhà tạm nhà dột nát trên địa bàn tỉnh", "tỉnh Yên Bái") in got


def test_a_bare_title_in_a_bridge_points_clause_is_that_points_units():
    text = ("Tại điểm cầu thành phố Vinh, đồng chí Trần Quốc Khải - Bí thư Thành ủy Vinh chủ trì; tại điểm cầu huyện "
            "Tương Dương, đồng chí Lữ Văn Bính - Bí thư Huyện ủy chủ trì. Từ điểm cầu huyện Si Ma Cai, đồng chí Vàng Seo "
            "Chính, Chủ tịch UBND huyện kiến nghị hỗ trợ giống.")
    got = _posts_of(text, "https://baonghean.vn/a.htm", "2022-03-10")
    assert ("Lữ Văn Bính", "bí thư huyện ủy", "huyện Tương Dương") in got
    assert ("Vàng Seo Chính", "chủ tịch ủy ban nhân dân huyện", "huyện Si Ma Cai") in got


def test_a_portals_leaders_name_on_one_line_and_titles_on_the_next():
    text = ("DANH SÁCH LÃNH ĐẠO PHƯỜNG\nĐảng ủy phường\nĐỗ Quang Hà\nBí thư Đảng ủy, Chủ tịch HĐND phường\nTẩn Thị Mây\n"
            "Phó Bí thư Thường trực Đảng ủy phường\nCác cơ quan chuyên môn\nSùng Thị Pàng - Trưởng phòng Văn hóa - Xã "
            "hội\n© Cổng thông tin điện tử phường Sa Pa")
    got = _posts_of(text, "https://phuongsapa.laocai.gov.vn/gioi-thieu/lanh-dao-phuong", "2025-10-15")
    assert ("Đỗ Quang Hà", "bí thư đảng ủy phường", "phường Sa Pa") in got
    assert ("Đỗ Quang Hà", "chủ tịch hội đồng nhân dân phường", "phường Sa Pa") in got
    assert ("Tẩn Thị Mây", "phó bí thư thường trực đảng ủy phường", "phường Sa Pa") in got
    # an office ("phòng") after the districts' end is the ward's
    assert ("Sùng Thị Pàng", "trưởng phòng văn hóa xã hội", "phường Sa Pa") in got


def test_a_title_before_va_and_the_next_name_is_the_name_befores():
    text = ("Các đồng chí Trương Đình Lực, Ủy viên Ban Thường vụ Tỉnh ủy; Võ Công Khoát, Tỉnh ủy viên và Hồ Thị Lệ Hà, "
            "Tỉnh ủy viên được bầu giữ chức Phó Chủ tịch UBND tỉnh.")
    got = _posts_of(text, "https://baoquangbinh.vn/a.htm", "2016-06-30")
    assert ("Võ Công Khoát", "tỉnh ủy viên", "tỉnh Quảng Bình") in got
    assert ("Hồ Thị Lệ Hà", "tỉnh ủy viên", "tỉnh Quảng Bình") in got


def test_a_plural_title_then_gom_cac_ong_and_a_colon_is_shared_by_the_names():
    text = "Ba phó chủ tịch UBND tỉnh được bầu gồm các ông: Trần Phước Luận, Đinh Ngọc Mạnh và Trương Quốc Hiệu."
    got = _posts_of(text, "https://baoquangngai.vn/a.htm", "2021-06-24")
    assert {who for who, t, _ in got if t == "phó chủ tịch ủy ban nhân dân tỉnh"} == {
        "Trần Phước Luận", "Đinh Ngọc Mạnh", "Trương Quốc Hiệu"}


def test_a_ministrys_comma_inside_a_title_before_a_name():
    got = _posts_of("Cùng dự có Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Châu Minh Nhất; lãnh đạo các bộ.",
                    "https://baokiengiang.vn/a.htm", "2021-03-01")
    assert got == {("Châu Minh Nhất", "bộ trưởng bộ văn hóa thể thao và du lịch", "")}


def test_ministers_listed_after_their_ministries_names():
    text = ("Cùng dự có Bộ trưởng các bộ: Tài nguyên và Môi trường Lưu Đức Hạ, Giao thông vận tải Vương Đình Lợi và Kế "
            "hoạch và Đầu tư Tống Việt Hải; Thứ trưởng Bộ Công Thương Đặng Văn Mận.")
    got = _posts_of(text, "https://baoquangtri.vn/a.htm", "2023-04-08")
    assert got == {("Lưu Đức Hạ", "bộ trưởng bộ tài nguyên và môi trường", ""),
                   ("Vương Đình Lợi", "bộ trưởng bộ giao thông vận tải", ""),
                   ("Tống Việt Hải", "bộ trưởng bộ kế hoạch và đầu tư", ""),
                   ("Đặng Văn Mận", "thứ trưởng bộ công thương", "")}


def test_a_bare_chairs_role_in_a_list_under_a_section_heading_naming_a_body():
    text = ("CƠ CẤU TỔ CHỨC BỘ MÁY XÃ MỎ VÀNG\nII. HỘI ĐỒNG NHÂN DÂN XÃ\n- Phó Chủ tịch: Đặng Thị Sáu\nĐiện thoại: "
            "0372.xxx.908\nIII. ỦY BAN NHÂN DÂN XÃ\n- Chủ tịch: Giàng A Cử\n- Phó Chủ tịch: Bàn Văn Quế (phụ trách khối "
            "kinh tế)\nIV. ỦY BAN MTTQ VÀ CÁC ĐOÀN THỂ\n- Chủ tịch: Đặng Văn Kiên")
    got = _posts_of(text, "https://movang.vanyen.yenbai.gov.vn/gioi-thieu/co-cau-to-chuc", "2021-03-16")
    assert got == {("Đặng Thị Sáu", "phó chủ tịch hội đồng nhân dân xã", "xã Mỏ Vàng"),
                   ("Giàng A Cử", "chủ tịch ủy ban nhân dân xã", "xã Mỏ Vàng"),
                   ("Bàn Văn Quế", "phó chủ tịch ủy ban nhân dân xã", "xã Mỏ Vàng")}


def test_courts_procuracies_and_departments_deputies_and_committees():
    text = ("Ngày 14/10, Cục THADS tỉnh Thái Bình tổ chức hội nghị. Đồng chí Bùi Thị Thanh Hà - Cục trưởng Cục THADS tỉnh "
            "chủ trì Hội nghị. Đồng chí Vũ Đình Khải - Phó Cục trưởng trình bày báo cáo.")
    got = _posts_of(text, "https://baothaibinh.com.vn/a.htm", "2016-10-17")
    assert ("Vũ Đình Khải", "phó cục trưởng cục thads tỉnh", "tỉnh Thái Bình") in got
    text = ("Dự có đồng chí Nguyễn Hoàng Bá, Phó Chủ tịch UBND TP. Đồng chí Phạm Minh Triệu, Bí thư Đảng ủy, Viện trưởng "
            "VKSND TP chủ trì hội nghị.")
    got = _posts_of(text, "https://baocantho.com.vn/a.htm", "2025-12-20")
    assert ("Nguyễn Hoàng Bá", "phó chủ tịch ủy ban nhân dân thành phố", "thành phố Cần Thơ") in got
    assert ("Phạm Minh Triệu", "bí thư đảng ủy viện kiểm sát nhân dân thành phố", "thành phố Cần Thơ") in got


def test_a_sub_department_chi_cuc_is_its_provinces():
    got = _posts_of("Đồng chí Vương Thị Nhã, Chi cục trưởng Chi cục Thủy lợi Hà Nội dự.", "https://hanoimoi.vn/a.htm",
                    "2024-09-12")
    assert got == {("Vương Thị Nhã", "chi cục trưởng chi cục thủy lợi", "thành phố Hà Nội")}


def test_an_items_unit_label_in_running_text_is_its_titles_area():
    text = ("Ở các xã còn lại, kết quả bầu như sau: xã Huổi Lèng: ông Vừ A Chư (Chủ tịch HĐND), ông Lầu A Pao (Chủ tịch "
            "UBND); xã Pa Ham: ông Hạng A Tú (Chủ tịch HĐND), bà Cứ Thị Du (Chủ tịch UBND).")
    got = _posts_of(text, "https://baodienbienphu.info.vn/tin-tuc/chinh-tri/146285/muong-cha-a", "2016-06-28")
    assert got == {("Vừ A Chư", "chủ tịch hội đồng nhân dân", "xã Huổi Lèng"),
                   ("Lầu A Pao", "chủ tịch ủy ban nhân dân", "xã Huổi Lèng"),
                   ("Hạng A Tú", "chủ tịch hội đồng nhân dân", "xã Pa Ham"),
                   ("Cứ Thị Du", "chủ tịch ủy ban nhân dân", "xã Pa Ham")}


def test_a_table_with_titles_in_its_header_and_each_rows_unit_in_a_cell():
    text = ("Danh sách Chủ tịch HĐND, Chủ tịch UBND các xã nhiệm kỳ 2021 - 2026:\n\nXã, thị trấn | Chủ tịch HĐND | Chủ tịch "
            "UBND\nThị trấn Phước An | Nguyễn Văn Tâm | Trần Đình Luân\nXã Ea Kly | Phan Văn Đạt | Y Ngông Êban\n\nTT | Xã | "
            "Chủ tịch HĐND | Phó Chủ tịch UBND\n1 | Vụ Bổn | Hà Văn Sinh | Nguyễn Xuân Thái")
    got = _posts_of(text, "https://baodaklak.vn/channel/3481/202106/a.html", "2021-06-26")
    assert ("Nguyễn Văn Tâm", "chủ tịch hội đồng nhân dân thị trấn", "thị trấn Phước An") in got
    assert ("Y Ngông Êban", "chủ tịch ủy ban nhân dân xã", "xã Ea Kly") in got
    assert ("Nguyễn Xuân Thái", "phó chủ tịch ủy ban nhân dân xã", "xã Vụ Bổn") in got


def test_a_national_assembly_committee_whose_name_has_a_comma_is_the_nations():
    text = ("Chiều 21-3, đoàn công tác do ông Trịnh Xuân Lực, Phó Chủ nhiệm Ủy ban Tài chính, Ngân sách làm trưởng đoàn đã "
            "làm việc với UBND tỉnh.")
    got = _posts_of(text, "https://baobinhduong.vn/a.htm", "2023-03-22")
    assert got == {("Trịnh Xuân Lực", "phó chủ nhiệm ủy ban tài chính ngân sách", "")}


def test_a_biographys_field_of_posts_is_the_items_persons():
    text = ("Báo trân trọng giới thiệu tiểu sử tóm tắt những người ứng cử.\n\n1. Bà Vừ Thị Mý\n- Ngày sinh: 12/3/1982\n- "
            "Quê quán: xã Sơn Vĩ, huyện Mèo Vạc\n- Nghề nghiệp, chức vụ hiện nay: Huyện ủy viên, Phó Chủ tịch UBND huyện "
            "Mèo Vạc\n\n2. Ông Sùng Mí Chư\n- Dân tộc: Mông\n- Nghề nghiệp, chức vụ hiện nay: Chủ tịch Hội Nông dân huyện "
            "Đồng Văn")
    got = _posts_of(text, "http://baohagiang.vn/chinh-tri/201604/a-652341/", "2016-04-20")
    assert got == {("Vừ Thị Mý", "huyện ủy viên", "huyện Mèo Vạc"),
                   ("Vừ Thị Mý", "phó chủ tịch ủy ban nhân dân huyện", "huyện Mèo Vạc"),
                   ("Sùng Mí Chư", "chủ tịch hội nông dân huyện", "huyện Đồng Văn")}


def test_a_steering_committee_of_the_national_programmes_or_of_poverty_keeps_its_topic():
    text = ("Đồng chí Ma Thị Tuyến, Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo các chương trình MTQG huyện chủ trì. Ông Lý "
            "Seo Chứa, Chủ tịch UBND xã, Trưởng Ban Chỉ đạo giảm nghèo bền vững xã dự.")
    got = {(who, t) for who, t, _ in _posts_of(text, "https://baobackan.vn/a.htm", "2022-10-10")}
    assert ("Ma Thị Tuyến", "trưởng ban chỉ đạo các chương trình mtqg huyện") in got
    assert ("Lý Seo Chứa", "trưởng ban chỉ đạo giảm nghèo bền vững xã") in got


def test_schools_named_after_people_and_central_hospitals_named_by_their_city():
    text = ("Ông Hoàng Văn Cưởng, Hiệu trưởng Trường THPT Ngô Sĩ Liên phát biểu. Ông Hồ Đăng Khôi, Giám đốc Bệnh viện Trung "
            "ương Huế dự.")
    got = _posts_of(text, "https://baobacgiang.vn/a.htm", "2023-05-27")
    assert got == {("Hoàng Văn Cưởng", "hiệu trưởng trường thpt ngô sĩ liên", ""),
                   ("Hồ Đăng Khôi", "giám đốc bệnh viện trung ương huế", "")}


def test_clergy_posts_of_a_diocese_or_a_parish_are_of_no_unit_and_dharma_names_are_names():
    text = ("Dự có Giám mục Nguyễn Văn Tỉnh, Giám mục chính tòa Giáo phận Vinh; Linh mục Vũ Đình Hảo, Chánh xứ Giáo xứ "
            "Tôn Đạo. Hòa thượng Thích Huệ Phúc, Trưởng Ban Trị sự GHPGVN tỉnh phát biểu.")
    got = _posts_of(text, "https://baonghean.vn/a.htm", "2022-12-24")
    assert ("Nguyễn Văn Tỉnh", "giám mục chính tòa giáo phận vinh", "") in got
    assert ("Vũ Đình Hảo", "chánh xứ giáo xứ tôn đạo", "") in got
    assert any(who == "Thích Huệ Phúc" for who, _, _ in got)


def test_a_minister_with_no_ministry_said_holds_no_post_of_that_word_alone():
    got = _posts_of("Bộ trưởng Lều Văn Kiệm, Chủ tịch Hội đồng điều phối vùng Tây Nguyên chủ trì.",
                    "https://baogialai.com.vn/a.htm", "2023-06-18")
    assert got == {("Lều Văn Kiệm", "chủ tịch hội đồng điều phối vùng tây nguyên", "")}


def test_management_boards_chi_cuc_and_tram_heads_and_gioi_thieu_ending_a_title():
    text = ("Tại hội nghị, ông Ngô Thanh Tú, Giám đốc Sở Kế hoạch và Đầu tư giới thiệu danh mục dự án; ông Lâm Hải Đông, "
            "Trưởng Ban Quản lý các khu công nghiệp tỉnh, và bà Quàng Thị Hiên, Chi cục trưởng Chi cục Chăn nuôi và Thú y "
            "tỉnh, phát biểu.")
    got = _posts_of(text, "https://baobinhduong.vn/a.html", "2016-11-09")
    assert ("Ngô Thanh Tú", "giám đốc sở kế hoạch và đầu tư", "tỉnh Bình Dương") in got
    assert ("Lâm Hải Đông", "trưởng ban quản lý các khu công nghiệp tỉnh", "tỉnh Bình Dương") in got
    assert ("Quàng Thị Hiên", "chi cục trưởng chi cục chăn nuôi và thú y tỉnh", "tỉnh Bình Dương") in got


def test_the_build_report_does_not_list_a_companys_post_among_titles_it_could_not_place():
    from vnkg.extract.diagnostics import diagnose
    text = "Tại hội nghị, ông Lê Anh Dũng, Tổng Giám đốc Công ty CP Đầu tư Hải Âu và ông Trần Bình, Huyện ủy viên phát biểu."
    doc = doc_of(text, None, "2019-10-12")
    assert diagnose(doc)["untyped_titles"] == ["Huyện ủy viên"]


def test_a_council_head_appointed_deputy_party_secretary_keeps_the_council_post():
    text = ("Ngày 20/8/2025, Ban Thường vụ Tỉnh ủy công bố quyết định chỉ định Ban Chấp hành Đảng bộ xã Tơ Tung gồm 19 "
            "đồng chí; đồng chí Đinh Văn Ngơ, Chủ tịch UBND xã giữ chức Phó Bí thư Đảng ủy xã.")
    got = {(who, t) for who, t, _ in _posts_of(text, "https://gialai.gov.vn/a.html", "2025-08-20")}
    assert ("Đinh Văn Ngơ", "chủ tịch ủy ban nhân dân xã") in got
    assert ("Đinh Văn Ngơ", "phó bí thư đảng ủy xã") in got


def test_a_blocs_committee_written_bare_is_the_one_named_before_and_thua_nhan_ends_a_title():
    text = ("Chiều 10/7/2019, Đảng ủy Khối các cơ quan tỉnh Quảng Ninh tổ chức hội nghị sơ kết. Đồng chí Lương Thế Bình, "
            "Bí thư Đảng ủy Khối chủ trì hội nghị. Đồng chí Lý Thanh Hà, Phó Giám đốc Sở thừa nhận việc chuyển đổi còn "
            "chậm.")
    got = _posts_of(text, "https://baoquangninh.vn/a.html", "2019-07-11")
    assert ("Lương Thế Bình", "bí thư đảng ủy khối các cơ quan tỉnh", "tỉnh Quảng Ninh") in got
    assert not any("thừa" in t for _, t, _ in got)


def test_a_party_group_written_bare_is_the_one_of_the_body_headed_in_the_same_breath():
    text = ("Dự đại hội có đồng chí Lương Văn Khải, Ủy viên Trung ương Đảng, Bí thư Đảng đoàn, Chủ tịch Ban Chấp hành "
            "Trung ương Hội Nông dân Việt Nam; bà Hà Thị Lụa, Bí thư Đảng đoàn, Chủ tịch HĐND tỉnh; ông Vi Văn Tám, "
            "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Bí thư Ban cán sự đảng.")
    got = _posts_of(text, "https://baolangson.vn/a.html", "2018-06-12")
    assert ("Lương Văn Khải", "bí thư đảng đoàn hội nông dân việt nam", "") in got
    assert ("Hà Thị Lụa", "bí thư đảng đoàn hội đồng nhân dân tỉnh", "tỉnh Lạng Sơn") in got
    assert ("Vi Văn Tám", "bí thư ban cán sự đảng ủy ban nhân dân tỉnh", "tỉnh Lạng Sơn") in got


def test_a_council_committee_or_a_boards_office_keeps_the_body_after_its_comma():
    text = ("Bà Cao Thị Mận, Trưởng ban Văn hóa - Xã hội, HĐND tỉnh Điện Biên được giới thiệu bầu giữ chức Phó Chủ "
            "tịch HĐND tỉnh. Đồng chí Hoàng Văn Kỳ, trưởng phòng Lý luận chính trị, Ban tuyên giáo tỉnh ủy tỉnh Nam Định "
            "truyền đạt nghị quyết.")
    got = {(who, key(t).replace(",", ""), a) for who, t, a in _posts_of(text, None, "2021-07-20")}
    assert ("Cao Thị Mận", "trưởng ban văn hóa xã hội hội đồng nhân dân tỉnh", "tỉnh Điện Biên") in got
    assert ("Hoàng Văn Kỳ", "trưởng phòng lý luận chính trị ban tuyên giáo tỉnh ủy", "tỉnh Nam Định") in got


def test_a_place_name_glued_to_the_term_after_it_is_the_place():
    from vnkg.extract.text import nfc
    assert nfc("UBND tỉnh Quảng Bìnhnhiệm kỳ 2021 - 2026, HĐND huyện Tuyên Hóakhóa XX, trách nhiệm kỳ này") == \
        "UBND tỉnh Quảng Bình nhiệm kỳ 2021 - 2026, HĐND huyện Tuyên Hóa khóa XX, trách nhiệm kỳ này"
    text = "Ông Trần Đức Lâm được bầu làm Chủ tịch UBND tỉnh Quảng Bìnhnhiệm kỳ 2021 - 2026."
    got = _posts_of(text, None, "2021-06-30")
    assert ("Trần Đức Lâm", "chủ tịch ủy ban nhân dân tỉnh", "tỉnh Quảng Bình") in got


def test_the_names_of_a_plural_list_share_the_brackets_that_close_it():
    text = ("Tham dự có các ông Đinh Văn Hai, Phan Thanh Ba (Phó Chủ tịch UBND tỉnh), bà Võ Thị Tư (Phó Chủ tịch HĐND "
            "tỉnh) và lãnh đạo các sở. Dự có ông Lê Văn Năm, ông Trần Văn Sáu (Giám đốc Sở Y tế).")
    got = _posts_of(text, "https://baokontum.com.vn/a.html", "2013-07-20")
    assert ("Đinh Văn Hai", "phó chủ tịch ủy ban nhân dân tỉnh", "tỉnh Kon Tum") in got
    assert ("Phan Thanh Ba", "phó chủ tịch ủy ban nhân dân tỉnh", "tỉnh Kon Tum") in got
    assert not any(who == "Lê Văn Năm" for who, _, _ in got)  # (no plural: his post is not said)


def test_a_leaders_role_written_bare_is_of_the_body_said_with_it_or_no_post():
    text = ("Ngày 20/6, Đại hội đại biểu MTTQ Việt Nam huyện Krông Bông lần thứ VI bế mạc.\n"
            "Tại hội nghị lần thứ nhất, Ủy ban MTTQ Việt Nam huyện khóa mới đã hiệp thương cử bà Lê Thị Ba tiếp tục giữ "
            "chức Chủ tịch; ông Trần Văn Tư giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện.\nỦy ban MTTQ Việt Nam huyện "
            "khóa mới đã hiệp thương cử Ban Thường trực gồm 2 vị:\n• Ông Y Năm Byă – Chủ tịch\n• Bà H'Sáu Niê – Phó Chủ "
            "tịch\nHội nghị đã bầu ông Lê Văn Bảy làm Trưởng ban.")
    got = _posts_of(text, "https://baodaklak.vn/krong-bong/a.html", "2024-06-20")
    for who in ("Lê Thị Ba", "Y Năm Byă"):
        assert (who, "chủ tịch ủy ban mặt trận tổ quốc việt nam huyện", "huyện Krông Bông") in got
    for who in ("Trần Văn Tư", "H'Sáu Niê"):
        assert (who, "phó chủ tịch ủy ban mặt trận tổ quốc việt nam huyện", "huyện Krông Bông") in got
    assert not any(who == "Lê Văn Bảy" for who, _, _ in got)  # a head of no board said
    assert not any(t in ("chủ tịch", "phó chủ tịch") for _, t, _ in got)


def test_a_steering_committee_in_lower_case_and_a_union_of_the_industrial_zones_are_whole():
    text = ("Dự có đồng chí Lê Văn Hai, Trưởng Ban chỉ đạo Trung ương về tổng kết Nghị quyết 32; bà Dương Thị Ba, Chủ "
            "tịch Công đoàn các KCN tỉnh.")
    got = _posts_of(text, "https://baobacgiang.vn/a.html", "2023-06-24")
    assert ("Lê Văn Hai", "trưởng ban chỉ đạo trung ương về tổng kết nghị quyết 32", "") in got  # (its topic its name)
    assert ("Dương Thị Ba", "chủ tịch công đoàn các khu công nghiệp tỉnh", "tỉnh Bắc Giang") in got or \
        ("Dương Thị Ba", "chủ tịch công đoàn các kcn tỉnh", "tỉnh Bắc Giang") in got


def test_a_post_held_now_after_a_former_one_and_department_names_with_va():
    text = ("Trách nhiệm thuộc về ông Cao Văn Hai, nguyên Chủ tịch UBND xã giai đoạn 2011 - 2016, nay là Phó Bí thư Đảng "
            "ủy xã Diễn Kỷ. Bà Ka Ba, nguyên Phó Chủ tịch UBND xã (nay là Chủ tịch Hội Liên hiệp Phụ nữ xã Hòa Ninh) nhận "
            "khuyết điểm. Tại cuộc họp, Trưởng phòng Kinh tế và Hạ tầng huyện Võ Thị Kim Tư báo cáo. UBND huyện giao ông "
            "Lê Văn Năm, Phó Trưởng phòng Tài nguyên và Môi trường phụ trách, điều hành hoạt động của phòng. Bà Lê Thị "
            "Sáu, Giám đốc Sở Nội vụ và Đại tá Lê Văn Bảy, Giám đốc Công an tỉnh dự.")
    got = {(who, t) for who, t, _ in _posts_of(text, "https://baonghean.vn/a.html", "2021-03-02")}
    assert ("Cao Văn Hai", "phó bí thư đảng ủy xã") in got and ("Cao Văn Hai", "chủ tịch ủy ban nhân dân xã") not in got
    assert ("Ka Ba", "chủ tịch hội liên hiệp phụ nữ xã") in got
    assert ("Võ Thị Kim Tư", "trưởng phòng kinh tế và hạ tầng huyện") in got
    assert ("Lê Văn Năm", "phó trưởng phòng tài nguyên và môi trường") in got
    assert {t for who, t in got if who == "Lê Văn Bảy"} == {"giám đốc công an tỉnh"}


def test_the_party_committee_of_an_armed_forces_command_is_named_by_the_force():
    text = ("Đại tá Lê Văn Hai, Bí thư Đảng ủy, Chính ủy BĐBP tỉnh chủ trì. Dự có Đại tá Lê Văn Ba, Phó Bí thư Đảng ủy, "
            "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh; Đại tá Lê Văn Tư, Phó Bí thư Thường trực Đảng ủy, Chính ủy Bộ CHQS "
            "tỉnh; Thượng tá Lê Văn Năm, Phó Bí thư Đảng ủy, Giám đốc Công an tỉnh.")
    got = _posts_of(text, "https://baoquangtri.vn/a.html", "2021-07-02")
    assert ("Lê Văn Hai", "bí thư đảng ủy bộ đội biên phòng tỉnh", "tỉnh Quảng Trị") in got  # (BĐBP spelled out)
    assert ("Lê Văn Ba", "phó bí thư đảng ủy quân sự tỉnh", "tỉnh Quảng Trị") in got
    assert ("Lê Văn Tư", "phó bí thư thường trực đảng ủy quân sự tỉnh", "tỉnh Quảng Trị") in got
    assert ("Lê Văn Năm", "phó bí thư đảng ủy công an tỉnh", "tỉnh Quảng Trị") in got


def test_a_bare_standing_seat_takes_the_committee_its_sibling_writes_and_heads_of_many_units_are_no_ones_post():
    text = ("Cùng dự có đồng chí Lê Quốc Hai, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Quận ủy; Bí thư Đảng ủy 15 "
            "phường. Dự có bà Trần Thị Ba, Phó Trưởng Ban Kinh tế - Xã hội HĐND huyện; Chủ tịch, Phó Chủ tịch HĐND 8 xã "
            "trên địa bàn. Dự có Chủ tịch UBND thị xã - Khâu Văn Tư.")
    got = {(who, t) for who, t, _ in _posts_of(text, "https://quan5.hochiminhcity.gov.vn/a.html", "2022-07-12")}
    assert ("Lê Quốc Hai", "ủy viên ban thường vụ quận ủy") in got
    assert {t for who, t in got if who == "Lê Quốc Hai"} == {"ủy viên ban thường vụ quận ủy", "trưởng ban tổ chức quận ủy"}
    assert {t for who, t in got if who == "Trần Thị Ba"} == {"phó trưởng ban kinh tế xã hội hội đồng nhân dân huyện"}
    assert ("Khâu Văn Tư", "chủ tịch ủy ban nhân dân thị xã") in got


def test_members_elected_to_a_standing_committee_listed_in_a_sentence_hold_a_seat():
    text = ("Chiều 16-10-2015, Ban Chấp hành Đảng bộ tỉnh Đắk Lắk khóa XVI tổ chức Hội nghị lần thứ nhất. Hội nghị đã bầu "
            "Ban Thường vụ Tỉnh ủy gồm 15 đồng chí, trong đó có các đồng chí: Lê Đình Hai, Giám đốc Sở Kế hoạch và Đầu "
            "tư; Y Ngọc Niê, Bí thư Huyện ủy Krông Búk và Nguyễn Quốc Tư, Phó Bí thư Tỉnh ủy.")
    got = {(who, t) for who, t, _ in _posts_of(text, "https://baodaklak.vn/a.html", None)}
    assert ("Lê Đình Hai", "ủy viên ban thường vụ tỉnh ủy") in got
    assert ("Y Ngọc Niê", "ủy viên ban thường vụ tỉnh ủy") in got
    assert ("Nguyễn Quốc Tư", "ủy viên ban thường vụ tỉnh ủy") not in got  # (its deputy secretary: his own title)


def test_a_courts_or_procuracys_title_is_written_as_the_article_writes_it_and_both_spellings_are_one_post(tmp_path):
    import json

    from click.testing import CliRunner

    from vnkg.cli import main

    short = doc_of("Dự có ông Đỗ Văn Lực, Chánh án TAND tỉnh Bắc Giang và bà Mai Thị Hoa, Viện trưởng VKSND tỉnh.",
                   "https://baobacgiang.vn/a.html", "2024-06-06")
    assert rows(short) == [("Mai Thị Hoa", "viện trưởng vksnd tỉnh", "tỉnh Bắc Giang"),
                           ("Đỗ Văn Lực", "chánh án tand tỉnh", "tỉnh Bắc Giang")]
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(json.dumps({"id": i, "url": "https://baobacgiang.vn/a.html", "published": day,
                                            "text": f"Dự có ông Đỗ Văn Lực, Chánh án {court} tỉnh Bắc Giang."},
                                           ensure_ascii=False)
                                for i, day, court in (("a", "2024-06-06", "TAND"),
                                                      ("b", "2024-07-06", "Tòa án nhân dân"))), encoding="utf-8")
    store = str(tmp_path / "store")
    assert CliRunner().invoke(main, ["build", str(corpus), "--store", store]).exit_code == 0
    out = CliRunner().invoke(main, ["ask", "posts", "--person", "Đỗ Văn Lực", "--store", store, "--format", "json"])
    posts = json.loads(out.output)
    assert len(posts) == 1 and posts[0]["articles"] == 2 and posts[0]["first_seen"] == "2024-06-06"


def test_each_title_after_giu_chuc_and_a_comma_is_taken_but_not_one_that_runs_to_the_next_name():
    got = rows(doc_of("Đồng chí Lê Thị Ba được chỉ định giữ chức Bí thư Đảng ủy, Chủ tịch HĐND phường Ngọc Hà. Ông Lê Văn "
                      "Tư được bầu giữ chức Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Trần Văn Năm chúc mừng.",
                      "https://baobacgiang.vn/a.html", "2020-10-20"))
    assert [r[:2] for r in got if r[0] == "Lê Thị Ba"] == [("Lê Thị Ba", "bí thư đảng ủy phường"),
                                                          ("Lê Thị Ba", "chủ tịch hội đồng nhân dân phường")]
    assert [r[:2] for r in got if r[0] == "Lê Văn Tư"] == [("Lê Văn Tư", "bí thư tỉnh ủy")]
    assert ("Trần Văn Năm", "chủ tịch ủy ban nhân dân tỉnh", "tỉnh Bắc Giang") in got


def test_a_steering_committee_named_about_a_topic_runs_through_the_topics_commas_to_the_verb():
    got = rows(doc_of("Sáng 4/3, Tổng Bí thư Vũ Văn Năm, Trưởng Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, "
                      "đổi mới sáng tạo và chuyển đổi số chủ trì phiên họp. Ông Lê Văn Tư, Trưởng Ban Chỉ đạo về phòng, "
                      "chống thiên tai, Chủ tịch UBND tỉnh Quảng Nam dự.", "https://dangcongsan.vn/a.html", "2025-03-05"))
    assert ("Vũ Văn Năm", "trưởng ban chỉ đạo trung ương về phát triển khoa học công nghệ đổi mới sáng tạo và chuyển đổi "
            "số", "") in got
    assert [r[1] for r in got if r[0] == "Lê Văn Tư"] == ["chủ tịch ủy ban nhân dân tỉnh",
                                                         "trưởng ban chỉ đạo về phòng chống thiên tai"]


@pytest.mark.parametrize("text", ["Các Phó Chủ tịch UBND tỉnh được bầu gồm: Hoàng Văn Hai, Mai Thị Ba.",
                                  "Các Phó Chủ tịch UBND tỉnh được bầu gồm ông Hoàng Văn Hai và bà Mai Thị Ba."])
def test_a_title_heading_a_list_of_those_elected_is_each_ones(text):
    got = rows(doc_of(text, "https://baohungyen.vn/a.html", "2026-03-05"))
    assert got == [("Hoàng Văn Hai", "phó chủ tịch ủy ban nhân dân tỉnh", "tỉnh Hưng Yên"),
                   ("Mai Thị Ba", "phó chủ tịch ủy ban nhân dân tỉnh", "tỉnh Hưng Yên")]


def test_a_ministrys_department_is_national_and_its_name_holds_words_in_lower_case():
    got = rows(doc_of("Dự có bà Lò Thị Ba, Cục trưởng Cục Việc làm; ông Vương Văn Tư, Vụ trưởng Vụ Thị trường trong nước; "
                      "ông Hà Văn Năm, Cục trưởng Cục Cảnh sát quản lý hành chính về trật tự xã hội; ông Đinh Văn Sáu, Phó Vụ "
                      "trưởng Vụ Dân tộc; ông Lê Văn Bảy, Cục trưởng Cục Thuế tỉnh. Ông Trần Văn Tám, nguyên Phó Tổng cục "
                      "trưởng Tổng cục Chính trị giữ chức vụ Giám đốc Công an tỉnh.", "https://baokontum.com.vn/a.html",
                      "2022-03-05"))
    assert got == [("Hà Văn Năm", "cục trưởng cục cảnh sát quản lý hành chính về trật tự xã hội", ""),
                   ("Lê Văn Bảy", "cục trưởng cục thuế tỉnh", "tỉnh Kon Tum"),
                   ("Lò Thị Ba", "cục trưởng cục việc làm", ""),
                   ("Trần Văn Tám", "giám đốc công an tỉnh", "tỉnh Kon Tum"),
                   ("Vương Văn Tư", "vụ trưởng vụ thị trường trong nước", ""),
                   ("Đinh Văn Sáu", "phó vụ trưởng vụ dân tộc", "")]


def test_the_post_held_before_an_appointment_is_no_current_post_and_a_unit_gone_by_the_articles_date_holds_none():
    got = rows(doc_of("Chủ tịch UBND tỉnh ký quyết định bổ nhiệm ông Ngô Văn Tư giữ chức Giám đốc Sở Nội vụ. Trước khi được bổ "
                      "nhiệm, ông Ngô Văn Tư là Phó Chánh Văn phòng UBND tỉnh.", "https://baobacninh.vn/a.html", "2019-06-18"))
    assert got == [("Ngô Văn Tư", "giám đốc sở nội vụ", "tỉnh Bắc Ninh")]
    got = rows(doc_of("Khai mạc kỳ họp HĐND tỉnh Quảng Ngãi\n22/08/2025\nHĐND tỉnh đã bầu ông A Năm, Giám đốc Sở Dân tộc và "
                      "Tôn giáo, giữ chức Ủy viên UBND tỉnh; miễn nhiệm đối với ông Lê Văn Sáu, nguyên Giám đốc Sở Xây dựng "
                      "tỉnh Kon Tum.", "https://baoquangngai.vn/thoi-su/202508/a.html", None))
    assert {a for who, _, a in got if who == "A Năm"} == {"tỉnh Quảng Ngãi"}


def test_appointments_at_a_congress_a_bare_party_role_before_a_state_post_and_a_list_heading_with_a_bracket():
    got = rows(doc_of("Đặc khu Vân Đồn: đồng chí Tô Văn Hai được chỉ định làm Bí thư Đảng ủy đặc khu; đồng chí Bàn Văn Ba làm "
                      "Phó Bí thư, Chủ tịch UBND đặc khu. Các đồng chí Trương Văn Tư, Ksor H'Năm được chỉ định là Ủy viên Ban "
                      "Thường vụ Đảng ủy đặc khu.\nBáo giới thiệu các Ủy viên Ban Thường vụ Tỉnh ủy (không kể Bí thư, Phó Bí "
                      "thư):\n1. Đồng chí Phan Văn Sáu - Trưởng Ban Tổ chức Tỉnh ủy.",
                      "https://www.quangninh.dcs.vn/tin-tuc/dai-hoi-dac-khu-van-don-5417.html", "2025-08-06"))
    assert got == [("Bàn Văn Ba", "chủ tịch ủy ban nhân dân đặc khu", "đặc khu Vân Đồn"),
                   ("Bàn Văn Ba", "phó bí thư đảng ủy đặc khu", "đặc khu Vân Đồn"),
                   ("Ksor H'Năm", "ủy viên ban thường vụ đảng ủy đặc khu", "đặc khu Vân Đồn"),
                   ("Phan Văn Sáu", "trưởng ban tổ chức tỉnh ủy", "tỉnh Quảng Ninh"),
                   ("Phan Văn Sáu", "ủy viên ban thường vụ tỉnh ủy", "tỉnh Quảng Ninh"),
                   ("Trương Văn Tư", "ủy viên ban thường vụ đảng ủy đặc khu", "đặc khu Vân Đồn"),
                   ("Tô Văn Hai", "bí thư đảng ủy đặc khu", "đặc khu Vân Đồn")]


def test_a_post_held_when_a_fault_was_made_is_no_current_post_and_a_numbered_commune_is_no_name():
    got = rows(doc_of("Bộ Chính trị cảnh cáo ông Thái Văn Hai - Bí thư Tỉnh ủy Tiền Giang - vì vi phạm trong thời gian giữ chức "
                      "Chủ tịch UBND tỉnh Khánh Hòa. Ban Bí thư khiển trách ông Vũ Văn Ba, ủy viên Ban Thường vụ Tỉnh ủy, do "
                      "có trách nhiệm khi còn giữ chức phó chủ tịch UBND tỉnh. Đồng chí Võ Tá Tư - Đảng ủy viên, Chủ tịch UBND "
                      "xã Sơn Kim 1 đã buông lỏng quản lý.", "https://baohatinh.vn/a/186754.htm", "2019-09-05"))
    assert got == [("Thái Văn Hai", "bí thư tỉnh ủy", "tỉnh Tiền Giang"),
                   ("Võ Tá Tư", "chủ tịch ủy ban nhân dân xã", "xã Sơn Kim 1"),
                   ("Võ Tá Tư", "đảng ủy viên", "xã Sơn Kim 1"),
                   ("Vũ Văn Ba", "ủy viên ban thường vụ tỉnh ủy", "tỉnh Hà Tĩnh")]


def test_a_count_of_council_committee_heads_heads_their_list():
    got = rows(doc_of("Bốn Trưởng ban của HĐND tỉnh được bầu gồm: ông Chu Văn Hai - Trưởng Ban Kinh tế - Ngân sách; bà Ma "
                      "Thị Ba - Trưởng Ban Pháp chế.", "https://baothainguyen.vn/chinh-tri/202106/a-289011/", None))
    assert got == [("Chu Văn Hai", "trưởng ban kinh tế ngân sách hội đồng nhân dân tỉnh", "tỉnh Thái Nguyên"),
                   ("Ma Thị Ba", "trưởng ban pháp chế hội đồng nhân dân tỉnh", "tỉnh Thái Nguyên")]


def test_a_project_management_boards_name_runs_to_its_level_and_who_leads_a_delegation_is_no_title():
    got = rows(doc_of("Ông Nguyễn Văn Hai, Giám đốc Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh cho "
                      "biết. Đoàn do ông Phan Văn Ba, Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam dẫn đầu.",
                      "https://baoquangnam.vn/a-289011/", "2022-08-20"))
    assert got == [("Nguyễn Văn Hai", "giám đốc ban quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh",
                    "tỉnh Quảng Nam"),
                   ("Phan Văn Ba", "phó chủ tịch tổng liên đoàn lao động việt nam", "")]


@pytest.mark.parametrize("text,expected", [
    ("Chủ tịch UBND P.Bến Nghé Lê Văn Hai báo cáo.", ("Lê Văn Hai", "chủ tịch ủy ban nhân dân phường", "phường Bến Nghé")),
    ("Bí thư Quận ủy Q.1 Tạ Thị Ba chủ trì.", ("Tạ Thị Ba", "bí thư quận ủy", "quận 1")),
    ("Bà Mạch Thị Tư, Phó Chủ tịch UBND Q.Bình Thạnh dự.",
     ("Mạch Thị Tư", "phó chủ tịch ủy ban nhân dân quận", "quận Bình Thạnh")),
])
def test_the_southern_papers_abbreviated_levels(text, expected):
    assert expected in rows(doc_of("TP.HCM: " + text, "https://plo.vn/a-289011.html", "2019-06-19"))


def test_a_sentences_closing_p_is_no_ward():
    text = ("Chủ tịch HĐND tỉnh chủ trì phiên họp.\n\nThứ Ba (2/12): Đồng chí Ma Văn Năm dự Kỳ họp của HĐND xã Tân Trào. Bà "
            "Hà Thị Sáu, Chủ tịch HĐND xã chủ trì kỳ họp.")
    got = rows(doc_of(text, "https://baotuyenquang.com.vn/a.html", "2025-12-05"))
    assert ("Hà Thị Sáu", "chủ tịch hội đồng nhân dân xã", "xã Tân Trào") in got


def test_a_province_named_bare_in_the_sentence_gives_no_district_post_its_capital():
    got = rows(doc_of("Dự hội nghị có đồng chí Nguyễn Thị Ba, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Tuyên giáo Huyện ủy; "
                      "đại diện Ban Thường vụ Tỉnh đoàn Hải Dương.", "https://gialoc.haiduong.gov.vn/a.html", "2024-12-19"))
    assert {a for _, _, a in got} == {"huyện Gia Lộc"}


def test_a_border_posts_officers_and_a_council_of_military_service():
    got = rows(doc_of("Thiếu tá Đèo Văn Hai, Đồn trưởng Đồn Biên phòng Ka Lăng cho biết. Trung tá Phàn Văn Ba, Chính trị viên "
                      "Đồn Biên phòng Y Tý thông tin thêm.", "https://baolaichau.vn/a-289011.html", "2022-11-25"))
    assert got == [("Phàn Văn Ba", "chính trị viên đồn biên phòng y tý", ""),
                   ("Đèo Văn Hai", "đồn trưởng đồn biên phòng ka lăng", "")]


def test_a_post_held_now_wins_over_the_same_post_held_before_and_a_post_given_on_a_mergers_eve_is_the_new_units():
    doc = doc_of("Chiều 30/6, tỉnh Thái Nguyên công bố nghị quyết hợp nhất tỉnh. Đồng chí Vi Thành Luân, Bí thư Tỉnh ủy "
                 "Thái Nguyên (cũ) được chỉ định giữ chức Bí thư Tỉnh ủy Thái Nguyên. Đồng chí Mạc Văn Tư, Bí thư Tỉnh ủy "
                 "Bắc Kạn, được chỉ định giữ chức Phó Bí thư Thường trực Tỉnh ủy.", "https://baothainguyen.vn/a.html",
                 "2025-06-30")
    assert ("Vi Thành Luân", "bí thư tỉnh ủy", "tỉnh Thái Nguyên") in rows(doc)
    assert ("Mạc Văn Tư", "phó bí thư thường trực tỉnh ủy", "tỉnh Thái Nguyên") in rows(doc)
    # a year before any merger, the same sentence keeps the unit its own title names
    doc = doc_of("Đồng chí Mạc Văn Tư, Bí thư Tỉnh ủy Bắc Kạn, được chỉ định giữ chức Phó Bí thư Thường trực Tỉnh ủy.",
                 "https://baothainguyen.vn/a.html", "2024-06-30")
    assert ("Mạc Văn Tư", "phó bí thư thường trực tỉnh ủy", "tỉnh Bắc Kạn") in rows(doc)


def test_a_lines_unit_label_gives_its_bare_party_roles_their_committee():
    doc = doc_of("Báo Hà Tĩnh giới thiệu danh sách:\n\nXã Can Lộc: Bí thư – đồng chí Lý Văn Phúc (nguyên Bí thư Huyện ủy "
                 "Can Lộc); Phó Bí thư Thường trực – đồng chí Hồ Thị Lài (nguyên Phó Bí thư Thường trực Huyện ủy Can Lộc)."
                 "\n\nXã Đồng Lộc: Bí thư – đồng chí Lê Văn Khang (nguyên Phó Chủ tịch HĐND huyện Can Lộc); Phó Bí thư – "
                 "đồng chí Trịnh Thị Mơ.", "https://baohatinh.vn/a.html", "2025-06-29")
    assert rows(doc) == [("Hồ Thị Lài", "phó bí thư thường trực đảng ủy xã", "xã Can Lộc"),
                         ("Lê Văn Khang", "bí thư đảng ủy xã", "xã Đồng Lộc"),
                         ("Lý Văn Phúc", "bí thư đảng ủy xã", "xã Can Lộc"),
                         ("Trịnh Thị Mơ", "phó bí thư đảng ủy xã", "xã Đồng Lộc")]


def test_what_a_place_is_like_stands_between_its_level_and_its_name():
    doc = doc_of("Ông Lò Văn Sâm, nguyên Bí thư, Chủ tịch huyện đảo Bạch Long Vĩ, nay là Bí thư huyện rẻo cao Mường Tè. "
                 "Bà Lò Thị Xuân, Chủ tịch UBND xã biên giới Mù Cả dự họp.", "https://baolaichau.vn/a.html", "2019-05-02")
    assert rows(doc) == [("Lò Thị Xuân", "chủ tịch ủy ban nhân dân xã", "xã Mù Cả"),
                         ("Lò Văn Sâm", "bí thư huyện ủy", "huyện Mường Tè")]
    assert {(p.title, p.area.label) for p in doc.posts if p.status == "former"} == \
        {("Bí thư Huyện ủy", "huyện Bạch Long Vĩ"), ("Chủ tịch huyện", "huyện Bạch Long Vĩ")}


def test_a_plural_heading_then_is_gives_its_role_to_each_name_and_a_quans_party_roles_are_the_quan_uys():
    doc = doc_of("Bà Đoàn Thị Mai tái đắc cử Bí thư Quận ủy Bình Thạnh. Hai phó bí thư là ông Mai Văn Lộc (Phó Bí thư "
                 "Thường trực Quận ủy) và ông Lê Hoàng Tài (Chủ tịch UBND quận). Kỳ họp HĐND quận cũng bầu hai phó chủ tịch "
                 "HĐND là ông Lý Văn Hưng và bà Nguyễn Thị Kim Huê.", "https://nld.com.vn/a.htm", "2020-07-24")
    assert rows(doc) == [("Lê Hoàng Tài", "chủ tịch ủy ban nhân dân quận", "quận Bình Thạnh"),
                         ("Lê Hoàng Tài", "phó bí thư quận ủy", "quận Bình Thạnh"),
                         ("Lý Văn Hưng", "phó chủ tịch hội đồng nhân dân", "quận Bình Thạnh"),
                         ("Mai Văn Lộc", "phó bí thư thường trực quận ủy", "quận Bình Thạnh"),
                         ("Nguyễn Thị Kim Huê", "phó chủ tịch hội đồng nhân dân", "quận Bình Thạnh"),
                         ("Đoàn Thị Mai", "bí thư quận ủy", "quận Bình Thạnh")]
    # those a decision lets go keep no post
    doc = doc_of("Thủ tướng phê chuẩn miễn nhiệm 2 Ủy viên UBND tỉnh Bình Định là ông Chế Văn Lâm, nguyên Giám đốc Công an "
                 "tỉnh và ông Bùi Văn Đạt, nguyên Giám đốc Sở Nội vụ.", "https://baobinhdinh.vn/a.htm", "2020-07-24")
    assert rows(doc) == []


def test_national_bodies_posts_are_of_no_unit_and_prevent_is_no_districts_office():
    doc = doc_of("Chiều 12/7, Bộ trưởng Lê Văn Nam làm việc với UBND huyện Mù Cang Chải. Cùng dự có ông Hà Công Tú, Tổng cục "
                 "trưởng Tổng cục Phòng chống thiên tai; ông Lò Văn Hà, Phó Trưởng ban Thường trực Ban Chỉ đạo Tây Bắc; ông "
                 "Phạm Gia Lâm, Trưởng Ban Chỉ đạo quốc gia phòng, chống dịch Covid-19; ông Đào Ngọc Hải, Phó Chủ nhiệm Ủy "
                 "ban Văn hóa và Xã hội; ông Lê Văn Tâm, Trưởng phòng Nội vụ huyện.", "https://baoyenbai.com.vn/a.html",
                 "2022-07-13")
    assert {(p.person, p.area.label if p.area else "") for p in doc.posts} == {
        ("Hà Công Tú", ""), ("Lò Văn Hà", ""), ("Phạm Gia Lâm", ""), ("Đào Ngọc Hải", ""),
        ("Lê Văn Tâm", "huyện Mù Cang Chải")}  # (a bare "Bộ trưởng", its ministry unsaid, is no post)


def test_compensation_bodies_names_run_through_their_commas_and_an_airports_name_holds_no_area():
    doc = doc_of("Chiều 14/8, Ban Chỉ đạo bồi thường, hỗ trợ, tái định cư dự án Cảng hàng không quốc tế Long Thành tổ "
                 "chức họp. Ông Trần Quang Vĩnh, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo bồi thường, hỗ trợ, tái định "
                 "cư dự án Cảng hàng không quốc tế Long Thành chủ trì. Ông Phan Minh Trọng, Chủ tịch Hội đồng bồi thường, "
                 "hỗ trợ và tái định cư huyện Gò Dầu dự; ông Tạ Quang Vũ, Trưởng Ban Quản lý các KCN tỉnh dự.",
                 "https://baodongnai.com.vn/a.html", "2018-08-15")
    assert rows(doc) == [
        ("Phan Minh Trọng", "chủ tịch hội đồng bồi thường hỗ trợ và tái định cư huyện", "huyện Gò Dầu"),
        ("Trần Quang Vĩnh", "phó chủ tịch ủy ban nhân dân tỉnh", "tỉnh Đồng Nai"),
        ("Trần Quang Vĩnh", "trưởng ban chỉ đạo bồi thường hỗ trợ tái định cư dự án cảng hàng không quốc tế long "
                            "thành", "tỉnh Đồng Nai"),
        ("Tạ Quang Vũ", "trưởng ban quản lý các kcn tỉnh", "tỉnh Đồng Nai")]
    assert [(m.area.label, m.organizer) for m in doc.meetings] == [
        ("tỉnh Đồng Nai", "Ban Chỉ đạo bồi thường, hỗ trợ, tái định cư dự án Cảng hàng không quốc tế Long Thành")]


def test_an_age_between_a_name_and_its_titles_is_an_aside():
    doc = doc_of("Sáng nay, ông Danh Tấn Lợi, 52 tuổi, Bí thư Đảng ủy xã Giồng Riềng, đã có mặt ở Trung tâm phục vụ hành "
                 "chính công xã.", "https://vnexpress.net/a-4921587.html", "2025-08-05")
    assert rows(doc) == [("Danh Tấn Lợi", "bí thư đảng ủy xã", "xã Giồng Riềng")]


def test_a_body_head_of_a_ministers_rank_is_one_post_and_a_programmes_committee_keeps_its_name_and_period():
    doc = doc_of("Cùng dự có Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc Ma Văn Khang; ông Trần Văn Sơn, Bộ trưởng, Chủ nhiệm Văn "
                 "phòng Chính phủ; Phó Thủ tướng Vũ Đức Tình, Trưởng Ban Chỉ đạo Trung ương các chương trình mục tiêu quốc "
                 "gia giai đoạn 2016 - 2020.", "https://baochinhphu.vn/a.vgp", "2017-03-26")
    assert rows(doc) == [
        ("Ma Văn Khang", "bộ trưởng chủ nhiệm ủy ban dân tộc", ""),
        ("Trần Văn Sơn", "bộ trưởng chủ nhiệm văn phòng chính phủ", ""),
        ("Vũ Đức Tình", "phó thủ tướng", ""),
        ("Vũ Đức Tình", "trưởng ban chỉ đạo trung ương các chương trình mục tiêu quốc gia giai đoạn 2016 2020", "")]


def test_a_post_of_no_level_right_after_a_local_one_is_at_that_ones_unit():
    doc = doc_of("Đẩy nhanh bồi thường dự án ở huyện Long Thành\nSáng 14/8, đồng chí Trần Quang Vĩnh, Phó Chủ tịch UBND tỉnh, "
                 "Trưởng Ban Chỉ đạo phòng, chống dịch COVID-19 đã làm việc với UBND huyện Long Thành. Chủ tịch UBND huyện "
                 "Long Thành Lâm Hữu Phước báo cáo.", "https://dongnai.gov.vn/a.html", "2020-08-15")
    assert ("Trần Quang Vĩnh", "trưởng ban chỉ đạo phòng chống dịch covid 19", "tỉnh Đồng Nai") in rows(doc)


def test_the_armys_and_the_navys_units_and_their_commanders():
    doc = doc_of("Thượng tá Ngô Xuân Tùng, Trung đoàn trưởng Trung đoàn 48 cam kết. Đại tá Nguyễn Đức Hải, Phó Tư lệnh Vùng 4 "
                 "Hải quân dự. Đồng chí Triệu Văn Sơn, Chủ tịch UBND huyện Vị Xuyên, Chủ tịch Hội đồng chủ trì hội nghị. Ban "
                 "CHQS phường do Thiếu tá Trần Văn Tú làm Chỉ huy trưởng duy trì 4 tổ tuần tra.",
                 "https://baohagiang.vn/a.htm", "2020-05-05")
    assert ("Ngô Xuân Tùng", "trung đoàn trưởng trung đoàn 48", "") in rows(doc)
    assert ("Nguyễn Đức Hải", "phó tư lệnh vùng 4 hải quân", "") in rows(doc)
    assert not any(t == "chủ tịch hội" for _, t, _ in rows(doc))  # ("Hội đồng chủ trì": no co-chair verb in a name)
    assert not any(t.startswith("chỉ huy trưởng duy trì") for _, t, _ in rows(doc))


def test_a_standing_deputys_bare_role_and_a_list_that_still_has_more_deputies():
    doc = doc_of("Ủy ban MTTQ Việt Nam tỉnh khóa I đã hiệp thương cử Ban Thường trực gồm 11 vị. Đồng chí Ma Thị Hằng, Phó Bí "
                 "thư Tỉnh ủy, được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Vương Ngọc Hiền, Ủy viên "
                 "Ban Thường vụ Tỉnh ủy, giữ chức Phó Chủ tịch Thường trực.\nCác Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa I "
                 "còn có: đồng chí Sùng Thị Mỷ, Chủ tịch Hội LHPN tỉnh; đồng chí Nông Văn Hướng, Chủ tịch Hội Nông dân tỉnh.",
                 "https://baotuyenquang.com.vn/a.htm", "2025-08-20")
    assert ("Vương Ngọc Hiền", "phó chủ tịch thường trực ủy ban mặt trận tổ quốc việt nam tỉnh", "tỉnh Tuyên Quang") \
        in rows(doc)
    assert ("Sùng Thị Mỷ", "phó chủ tịch ủy ban mặt trận tổ quốc việt nam tỉnh", "tỉnh Tuyên Quang") in rows(doc)
    assert not any(t == "phó chủ tịch thường trực tỉnh ủy" for _, t, _ in rows(doc))


def test_an_honorific_word_inside_a_places_name_is_the_names():
    doc = doc_of("Chủ tịch UBND huyện Kỳ Anh Phan Xuân Tính đề nghị tỉnh hỗ trợ thêm phao cứu sinh. Bí thư Tỉnh ủy Hà Giang, "
                 "ông Triệu Tài Vĩnh phát biểu.", "https://baohatinh.vn/a.htm", "2020-10-16")
    assert rows(doc) == [("Phan Xuân Tính", "chủ tịch ủy ban nhân dân huyện", "huyện Kỳ Anh"),
                         ("Triệu Tài Vĩnh", "bí thư tỉnh ủy", "tỉnh Hà Giang")]


def test_a_list_items_standing_mark_is_no_post_and_a_post_held_once_before_a_name_is_former():
    doc = doc_of("Dự phiên họp có các Phó Chủ tịch UBND tỉnh: Giáp Văn Toản (Thường trực), Nguyễn Thị Mỹ Linh. Phó Chủ tịch "
                 "Thường trực UBND tỉnh Giáp Văn Toản báo cáo. Từng giữ chức Chủ tịch UBND huyện Quỳnh Phụ trước thời điểm "
                 "cấp huyện kết thúc hoạt động, đồng chí Mai Văn Khiêm kiến nghị.", "https://baobacninhtv.vn/a.bbg",
                 "2025-07-11")
    assert rows(doc) == [("Giáp Văn Toản", "phó chủ tịch thường trực ủy ban nhân dân tỉnh", "tỉnh Bắc Ninh"),
                         ("Nguyễn Thị Mỹ Linh", "phó chủ tịch ủy ban nhân dân tỉnh", "tỉnh Bắc Ninh")]


def test_a_villages_front_working_committee_is_its_communes():
    doc = doc_of("Hội An: khu dân cư An Hội ra mắt mô hình mới\nNgày 10/1, phường Minh An tổ chức hội nghị.\n\nÔng Lê Tấn Lợi, "
                 "Trưởng ban công tác Mặt trận khối phố An Hội chủ trì buổi họp.", "https://hoian.gov.vn/a.htm", "2021-01-10")
    assert rows(doc) == [("Lê Tấn Lợi", "trưởng ban công tác mặt trận khối phố an hội", "phường Minh An")]


def test_a_border_posts_company_and_ranger_stations_names_and_their_heads():
    doc = doc_of("Trung tá Danh Ngọc Thành, Đồn trưởng Đồn Biên phòng Cửa khẩu Quốc tế Hà Tiên báo cáo. Ông Vũ Thanh Tú - Hạt "
                 "trưởng Hạt Kiểm lâm Di Linh vì thiếu kiểm tra bị kỷ luật. Ông Đinh Quang Hợi, Giám đốc Công ty CP Xây dựng "
                 "và Thương mại Sông Đà 27 dự. Thượng tá Lâm Văn Chiến, Trưởng Công an thị xã giữ vững an ninh.",
                 "https://baokiengiang.vn/a.html", "2021-03-04")
    assert ("Danh Ngọc Thành", "đồn trưởng đồn biên phòng cửa khẩu quốc tế hà tiên", "") in rows(doc)
    assert ("Vũ Thanh Tú", "hạt trưởng hạt kiểm lâm", "huyện Di Linh") in rows(doc)
    assert ("Đinh Quang Hợi", "giám đốc công ty cp xây dựng và thương mại sông đà 27", "") in rows(doc)
    assert not any("giữ vững" in t for _, t, _ in rows(doc))


def test_two_names_joined_share_a_deputys_title_but_not_a_leaders():
    doc = doc_of("Chủ tọa kỳ họp gồm các đồng chí: Hoàng Đức Tài, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; Trần Văn Thái và Nguyễn "
                 "Thị Ngân, Phó Chủ tịch HĐND tỉnh. Dự có ông Lê Văn An và ông Trần Văn Bình, Chủ tịch UBND huyện Lệ Thủy.",
                 "https://baoquangbinh.vn/a.html", "2021-03-04")
    assert ("Trần Văn Thái", "phó chủ tịch hội đồng nhân dân tỉnh", "tỉnh Quảng Bình") in rows(doc)
    assert ("Nguyễn Thị Ngân", "phó chủ tịch hội đồng nhân dân tỉnh", "tỉnh Quảng Bình") in rows(doc)
    assert [t for p, t, _ in rows(doc) if p == "Lê Văn An"] == []


def test_a_post_held_at_the_same_time_after_an_appointment():
    doc = doc_of("Bà Trần Thị Ngọc Diệp được chỉ định giữ chức Bí thư Đảng ủy phường Thủ Dầu Một, đồng thời là Chủ tịch HĐND "
                 "phường.", "https://nld.com.vn/a.htm", "2025-08-12")
    assert rows(doc) == [("Trần Thị Ngọc Diệp", "bí thư đảng ủy phường", "phường Thủ Dầu Một"),
                         ("Trần Thị Ngọc Diệp", "chủ tịch hội đồng nhân dân phường", "phường Thủ Dầu Một")]


def test_a_unit_gone_by_the_articles_date_gives_no_post_named_without_it_its_place():
    doc = doc_of("HĐND TP Cần Thơ tổ chức phiên chất vấn.\n\nĐây là kỳ họp đầu tiên sau khi hợp nhất TP Cần Thơ, tỉnh Sóc Trăng "
                 "và tỉnh Hậu Giang.\n\nTrả lời, ông Huỳnh Thanh Sơn, Giám đốc Sở Nông nghiệp và Môi trường, cho biết Sở đã "
                 "tham mưu.", "https://baocantho.com.vn/a195402.html", "2025-12-10")
    assert ("Huỳnh Thanh Sơn", "giám đốc sở nông nghiệp và môi trường", "thành phố Cần Thơ") in rows(doc)


def test_the_secretariat_approving_someone_gives_no_secretarys_post():
    doc = doc_of("Theo quyết định, Ban Bí thư chuẩn y ông Sùng Mí Chư, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh "
                 "ủy Hà Giang giữ chức Phó Bí thư Tỉnh ủy Hà Giang.", "https://vov.vn/a.vov", "2013-08-15")
    assert not any("chuẩn y" in t for _, t, _ in rows(doc))


def test_a_person_put_forward_for_election_holds_the_post_only_once_said_to_have_won():
    doc = doc_of("Ban Thường vụ Tỉnh ủy cũng thống nhất giới thiệu ông Lý Hoàng Khánh để HĐND huyện bầu giữ chức Chủ tịch UBND "
                 "huyện Hòa Bình tại kỳ họp tới.", "https://baobaclieu.vn/a.html", "2021-03-05")
    assert rows(doc) == []
    doc = doc_of("Kỳ họp giới thiệu ông Thạch Ngọc Rạng, Phó Bí thư Huyện ủy để bầu giữ chức Chủ tịch UBND huyện Cầu Ngang. "
                 "Kết quả, ông Thạch Ngọc Rạng trúng cử với 100% đại biểu có mặt tán thành.", "https://baotravinh.vn/a.html",
                 "2021-03-05")
    assert ("Thạch Ngọc Rạng", "chủ tịch ủy ban nhân dân huyện", "huyện Cầu Ngang") in rows(doc)


def test_roles_that_are_whole_posts_are_not_joined_to_the_next_title():
    doc = doc_of("Đồng chí Tô Lâm, Tổng Bí thư, Chủ tịch nước phát biểu. Thường trực Ban Bí thư, Trưởng Ban Tổ chức Trung ương "
                 "Trương Thị Mai dự.", "https://a.vn/x", "2024-11-01")
    assert sorted(t for _, t, _ in rows(doc)) == ["chủ tịch nước", "thường trực ban bí thư",
                                                  "trưởng ban tổ chức trung ương", "tổng bí thư"]


def test_a_party_committees_standing_board_is_a_body_not_a_post():
    # "Thường trực Tỉnh ủy" is the body that meets; someone "in" it or speaking "on its behalf" holds no post named so
    doc = doc_of("Chiều 15/3, dưới sự chủ trì của đồng chí Trần Văn Mạnh, Bí thư Tỉnh ủy, Thường trực Tỉnh ủy Hải Dương đã "
                 "họp. Thay mặt Thường trực Tỉnh ủy, đồng chí Trần Văn Mạnh tặng hoa chúc mừng.", "https://baohaiduong.vn/a.html",
                 "2024-03-16")
    assert rows(doc) == [("Trần Văn Mạnh", "bí thư tỉnh ủy", "tỉnh Hải Dương")]
    # (the Secretariat's standing member is a post)
    doc = doc_of("Đồng chí Lê Minh Tâm, Thường trực Ban Bí thư dự.", "https://a.vn/x", "2024-11-01")
    assert rows(doc) == [("Lê Minh Tâm", "thường trực ban bí thư", "")]


def test_a_standing_seat_on_a_bare_party_committee_next_to_a_communes_post_is_the_communes():
    doc = doc_of("Ngày 30/9/2025, UBND xã Hiệp Thạnh họp. Dự có đồng chí Trịnh Quang Hà – Ủy viên Ban Thường vụ Đảng ủy, "
                 "Phó Chủ tịch UBND xã.", "https://baolamdong.vn/a.html", "2025-10-01")
    assert ("Trịnh Quang Hà", "ủy viên ban thường vụ đảng ủy xã", "xã Hiệp Thạnh") in rows(doc)


def test_chairman_abbreviated_ct_before_a_body():
    doc = doc_of("Ngày 30/9/2025, UBND xã Hiệp Thạnh họp. Đ/c Ka Thuyên – PBT Đảng ủy, CT UBND xã chủ trì phiên họp.",
                 "https://baolamdong.vn/a.html", "2025-10-01")
    assert ("Ka Thuyên", "chủ tịch ủy ban nhân dân xã", "xã Hiệp Thạnh") in rows(doc)
    # (a directive's number is no chairman: "Chỉ thị 16/CT-TTg")
    doc = doc_of("Thực hiện Chỉ thị số 16/CT-TTg, UBND huyện Đức Trọng họp.", "https://a.vn/a.html", "2021-10-01")
    assert rows(doc) == []


def test_a_deputy_elected_after_another_person_heads_a_body_is_that_bodys_not_of_his_own():
    doc = doc_of("Tại hội nghị lần thứ nhất, bà Võ Thị Thanh Hà được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam "
                 "xã; ông Đào Quang Vĩ, Chủ tịch Hội Nông dân xã, được cử giữ chức Phó Chủ tịch.",
                 "https://baogialai.vn/tay-son.html", "2025-09-20")
    assert {t for p, t, _ in rows(doc) if p == "Đào Quang Vĩ"} == {
        "chủ tịch hội nông dân xã", "phó chủ tịch ủy ban mặt trận tổ quốc việt nam xã"}


def test_two_command_posts_in_one_body_are_two_posts():
    doc = doc_of("Tham dự có Đại tá Phạm Hồng Kỳ, Phó Chỉ huy trưởng, Tham mưu trưởng Bộ CHQS tỉnh.",
                 "https://baolaocai.vn/a.html", "2025-08-10")
    assert rows(doc) == [("Phạm Hồng Kỳ", "phó chỉ huy trưởng bộ chqs tỉnh", "tỉnh Lào Cai"),
                         ("Phạm Hồng Kỳ", "tham mưu trưởng bộ chqs tỉnh", "tỉnh Lào Cai")]
    # (the title keeps the short form the article writes; the graph keys it spelled out)
    assert sorted(p.title for p in doc.posts) == ["Phó Chỉ huy trưởng Bộ CHQS tỉnh", "Tham mưu trưởng Bộ CHQS tỉnh"]


def test_a_commander_made_deputy_secretary_of_the_forces_committee_keeps_the_command():
    doc = doc_of("Đại tá Lương Đức Cường, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh được chỉ định giữ chức Phó Bí thư Đảng ủy "
                 "Quân sự tỉnh.", "https://baotuyenquang.com.vn/a.html", "2025-08-10")
    assert rows(doc) == [("Lương Đức Cường", "chỉ huy trưởng bộ chỉ huy quân sự tỉnh", "tỉnh Tuyên Quang"),
                         ("Lương Đức Cường", "phó bí thư đảng ủy quân sự tỉnh", "tỉnh Tuyên Quang")]


def test_a_centrally_run_citys_committee_member_is_a_thanh_uy_vien():
    doc = doc_of("Đồng chí Phạm Văn Nhàn – TUV, Bí thư Huyện ủy Củ Chi – chủ trì cuộc họp.",
                 "https://cuchi.hochiminhcity.gov.vn/a", "2022-08-16")
    assert ("Phạm Văn Nhàn", "thành ủy viên", "thành phố Hồ Chí Minh") in rows(doc)
    doc = doc_of("Đồng chí Phạm Văn Nhàn – TUV, Bí thư Huyện ủy Can Lộc – chủ trì cuộc họp.", CAN_LOC, "2022-08-16")
    assert ("Phạm Văn Nhàn", "tỉnh ủy viên", "tỉnh Hà Tĩnh") in rows(doc)


def test_a_post_someone_goes_on_holding():
    doc = doc_of("Đồng chí Phạm Văn Thuận được bầu lại giữ chức Bí thư Đảng ủy xã Ngũ Hùng; đồng chí Nguyễn Trọng Khang, Chủ "
                 "tịch UBND xã tiếp tục là Phó Bí thư Đảng ủy xã.", "https://baohaiduong.vn/a.html", "2020-05-20")
    assert ("Nguyễn Trọng Khang", "phó bí thư đảng ủy xã", "xã Ngũ Hùng") in rows(doc)


def test_a_deputys_title_shared_by_names_joined_before_it_or_listed_after_it_in_the_plural():
    doc = doc_of("Dự họp có bà Huỳnh Thị Mai, Bí thư Đảng ủy, Chủ tịch HĐND xã; bà Thạch Thị Sô Phi và ông Trần Minh Đạt, Phó "
                 "Chủ tịch UBND xã.", "https://soctrang.gov.vn/ke-sach.html", "2025-08-10")
    assert {p for p, t, _ in rows(doc) if t == "phó chủ tịch ủy ban nhân dân xã"} == {"Thạch Thị Sô Phi", "Trần Minh Đạt"}
    doc = doc_of("Cùng dự: các Phó Chủ tịch UBND thành phố Đỗ Văn Thâm, Nguyễn Thị Bích Liên; lãnh đạo các phòng, ban.",
                 "https://tanuyen.binhduong.gov.vn/a.html", "2022-06-10")
    assert {p for p, t, _ in rows(doc)} == {"Đỗ Văn Thâm", "Nguyễn Thị Bích Liên"}
    # (not a chain of titles that describes the last name alone, nor a name the article titles elsewhere, nor a name
    # introduced on its own)
    doc = doc_of("Đồng chí Lê Minh Nhất, Phó Trưởng Ban Nội chính Trung ương dự. Đồng chí Lê Minh Nhất và đồng chí Mai Văn "
                 "Trưởng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy đồng chủ trì. Dự có đồng chí Hà Văn Lý, đồng chí Lương "
                 "Quốc Đoàn - Phó Chủ tịch UBND tỉnh.", "https://baothanhhoa.vn/a.html", "2025-04-10")
    assert {(p, t) for p, t, _ in rows(doc) if p in ("Lê Minh Nhất", "Hà Văn Lý")} == {
        ("Lê Minh Nhất", "phó trưởng ban nội chính trung ương")}


def test_a_portals_numbered_list_of_leaders_name_on_one_line_titles_on_the_next():
    doc = doc_of("THƯỜNG TRỰC HUYỆN ỦY LÝ SƠN NHIỆM KỲ 2020 - 2025\n1. Đồng chí Phạm Văn Thành\nTỉnh ủy viên, Bí thư Huyện "
                 "ủy\nĐiện thoại: 0255.3867xxx\n2. Đồng chí Đặng Quốc Hưng\nPhó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND "
                 "huyện\nCác đồng chí Ủy viên Ban Thường vụ Huyện ủy khác: Lê Quang Tín, Võ Thị Kim Loan.",
                 "https://lyson.quangngai.gov.vn/co-cau-to-chuc", "2021-03-01")
    assert rows(doc) == [("Lê Quang Tín", "ủy viên ban thường vụ huyện ủy", "huyện Lý Sơn"),
                         ("Phạm Văn Thành", "bí thư huyện ủy", "huyện Lý Sơn"),
                         ("Phạm Văn Thành", "tỉnh ủy viên", "tỉnh Quảng Ngãi"),
                         ("Võ Thị Kim Loan", "ủy viên ban thường vụ huyện ủy", "huyện Lý Sơn"),
                         ("Đặng Quốc Hưng", "chủ tịch hội đồng nhân dân huyện", "huyện Lý Sơn"),
                         ("Đặng Quốc Hưng", "phó bí thư thường trực huyện ủy", "huyện Lý Sơn")]


def test_a_title_ends_before_what_its_holder_submits_and_the_boards_of_2025():
    doc = doc_of("Ông Bùi Xuân Trọng, Giám đốc Sở Nội vụ trình Đề án sắp xếp thôn, tổ dân phố.", "https://baothaibinh.com.vn/a.html",
                 "2019-07-10")
    assert rows(doc) == [("Bùi Xuân Trọng", "giám đốc sở nội vụ", "tỉnh Thái Bình")]
    doc = doc_of("Ngày 22/8/2025, Ban XD Đảng Đảng ủy phường Nam Định họp. Đồng chí Trần Mạnh Cương, Trưởng ban XD Đảng Đảng ủy "
                 "phường chủ trì.", "https://baoninhbinh.org.vn/a.html", "2025-08-23")
    assert rows(doc) == [("Trần Mạnh Cương", "trưởng ban xây dựng đảng đảng ủy phường", "phường Nam Định")]
    assert [m.organizer for m in doc.meetings] == ["Ban Xây dựng Đảng Đảng ủy phường"]


def test_a_title_ends_at_a_citys_abbreviation_that_closes_its_sentence():
    doc = doc_of("Khai mạc kỳ họp, đồng chí Nghiêm Xuân Đông, Bí thư Thành ủy, chủ trì phiên bầu Chủ tịch HĐND TP. Kết quả, "
                 "đồng chí Nghiêm Xuân Đông được bầu giữ chức Chủ tịch HĐND TP.", "https://baoquangninh.vn/cam-pha.html",
                 "2016-06-25")
    assert not any("kết quả" in t for _, t, _ in rows(doc))


def test_the_fronts_committee_written_ub_mttq_and_mttq_vn():
    doc = doc_of("Dự có bà Ngô Thị Hậu, Chủ tịch UB MTTQ xã Gia Sinh; bà Coor Thị Pơng, Chủ tịch Ủy ban MTTQ VN huyện Tây Giang.",
                 "https://baoninhbinh.org.vn/a.html", "2019-05-10")
    assert {t for _, t, _ in rows(doc)} == {"chủ tịch ủy ban mặt trận tổ quốc xã",
                                            "chủ tịch ủy ban mặt trận tổ quốc việt nam huyện"}


def test_a_cooperatives_name_is_no_commune():
    doc = doc_of("Dự có bà Đàng Thị Phấn, Chủ nhiệm Hợp tác xã Gốm Bàu Trúc.", "https://baoninhthuan.com.vn/a.html",
                 "2020-01-01")
    assert rows(doc) == [("Đàng Thị Phấn", "chủ nhiệm hợp tác xã gốm bàu trúc", "")]
