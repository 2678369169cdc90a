import pytest

from conftest import doc_of


def labels(doc):
    return [u.label for u in doc.subject]


def test_subject_from_url_host():
    assert labels(doc_of("UBND huyện họp.", url="http://hauloc.thanhhoa.gov.vn/portal/1")) == \
        ["huyện Hậu Lộc", "tỉnh Thanh Hóa"]
    assert labels(doc_of("UBND tỉnh họp.", url="https://baobacninh.com.vn/tin/1")) == ["tỉnh Bắc Ninh"]
    # the province's own host does not name its capital city
    assert labels(doc_of("Vị Xuyên: họp thường trực HĐND huyện Vị Xuyên.", url="https://dbnd.hagiang.gov.vn/x"))[0] \
        == "huyện Vị Xuyên"


def test_subject_from_headline():
    doc = doc_of("Can Lộc đẩy nhanh tiến độ xây dựng nông thôn mới\n\nChiều 2/10, UBND huyện Can Lộc làm việc với các xã.")
    assert labels(doc) == ["huyện Can Lộc", "tỉnh Hà Tĩnh"]


def test_commune_in_headline_is_the_subject_even_if_new():
    doc = doc_of("Xã Phú An Mới tổ chức hội nghị\nSáng 2/11, UBND xã tổ chức hội nghị.",
                 url="https://kyanh.hatinh.gov.vn/tin/1")
    assert doc.subject[0].label == "xã Phú An Mới"
    assert doc.subject[0].code.startswith("x")  # not in the gazetteer: keyed by name


def test_commune_in_a_headline_in_capitals_ends_where_a_known_name_ends():
    doc = doc_of("XÃ SƠN TÂY TỔ CHỨC HỘI NGHỊ TỔNG KẾT\nSáng 27/11, UBND xã tổ chức hội nghị.",
                 url="https://sontay.quangngai.gov.vn/tin/1")
    assert doc.subject[0].label == "xã Sơn Tây"


def test_place_inside_names_of_organisations_is_not_an_area():
    doc = doc_of("Đoàn TNCS Hồ Chí Minh huyện Can Lộc tổ chức đại hội.")
    assert all(u.name != "Hồ Chí Minh" for m in doc.areas for u in m.units)


def test_numbered_districts_and_wards():
    doc = doc_of("Ông Lê Văn Sang, Phó Chủ tịch UBND quận 3, dự họp.", url="https://hochiminhcity.gov.vn/x")
    (post,) = doc.posts
    assert post.area.label == "quận 3" and post.area.parent == "79"


@pytest.mark.parametrize("written", ["Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu", "Bà Rịa–Vũng Tàu"])
def test_a_province_written_with_a_dash_spaced_or_not(written):
    from vnkg.extract import gazetteer
    from vnkg.extract.text import fold, lower

    text = f"Tỉnh ủy {written} họp."
    found = gazetteer.load().find(text, lower(fold(text)))
    assert [u.name for u in found[0].units] == ["Bà Rịa - Vũng Tàu"]
    assert text[found[0].start:found[0].end] == written


def test_a_unit_the_packaged_data_misspells_is_labelled_as_the_state_writes_it():
    from vnkg.extract import gazetteer
    gaz = gazetteer.load()
    for written in ("Mù Cang Chải", "Mù Căng Chải"):
        assert "huyện Mù Cang Chải" in [u.label for u in gaz.lookup(written)]


def test_districts_merged_away_before_the_packaged_data_are_known_until_they_ended():
    from conftest import doc_of
    from vnkg.extract import gazetteer
    gaz = gazetteer.load()
    nine = next(u for u in gaz.lookup("9") if u.kind == "quận")
    assert (nine.label, nine.until) == ("quận 9", "2021-01-01")
    assert "thành phố Thủ Đức" in [gaz.units[c].label for c in gaz.successors[nine.code]]
    doc = doc_of("Sáng 5/3, UBND quận 9 tổ chức hội nghị. Ông Lê Văn Hai, Chủ tịch UBND quận 9 chủ trì. Dự có bà Lê Thị "
                 "Tư, Bí thư Huyện ủy Đất Đỏ; ông Võ Văn Năm, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện.",
                 "https://sggp.org.vn/a.html", "2018-03-06")
    got = {(p.person, p.area.label if p.area else "") for p in doc.posts}
    assert ("Lê Văn Hai", "quận 9") in got and ("Võ Văn Năm", "huyện Đất Đỏ") in got


def test_a_town_raised_to_a_city_since_is_the_one_its_committee_names():
    from conftest import doc_of
    doc = doc_of("Sáng 14/11, Ban Thường vụ Thị ủy Ngã Bảy tổ chức hội nghị. Đ/c Lê Văn Sáu - Bí thư Thị ủy chủ trì hội nghị.",
                 "https://baohaugiang.com.vn/a.html", "2016-11-15")
    assert [(p.title, p.area.name if p.area else None) for p in doc.posts] == [("Bí thư Thị ủy", "Ngã Bảy")]


def test_a_listed_unit_shares_the_level_word_though_a_shorter_name_starts_it():
    from vnkg.extract import gazetteer
    text = "phối hợp với UBND các xã Trung Kênh, Lâm Thao kiểm tra"
    found = [(text[a.start:a.end], a.hint) for a in gazetteer.load().find(text)]
    assert found == [("Trung Kênh", "xã"), ("Lâm Thao", "xã")]


def test_units_of_their_time_a_towns_abbreviation_and_names_that_are_no_places():
    from conftest import doc_of
    doc = doc_of("Chiều 17-5, UBND TX.Bến Cát tổ chức cuộc họp. Ông Lê Văn Hai, Chủ tịch UBND TX.Bến Cát chủ trì.",
                 "https://baobinhduong.vn/a.html", "2016-05-18")
    assert [p.area.name for p in doc.posts] == ["Bến Cát"]
    doc = doc_of("Ngày 20-12, Huyện ủy Từ Liêm tổ chức hội nghị. Đồng chí Lê Văn Ba, Bí thư Huyện ủy Từ Liêm chủ trì.",
                 "https://hanoimoi.com.vn/a.html", "2013-12-21")
    assert [p.area.label for p in doc.posts] == ["huyện Từ Liêm"]
    doc = doc_of("Chiều 17-7-2010, Đại hội Đảng bộ huyện Tân Thành bế mạc. Đại hội đề ra mục tiêu hoàn chỉnh hạ tầng khu "
                 "công nghiệp Phú Mỹ, Mỹ Xuân. Ông Nguyễn Văn Tư tái đắc cử Bí thư Huyện ủy.", None, None)
    assert [p.area.label for p in doc.posts] == ["huyện Tân Thành"]


def test_a_dashed_name_written_with_an_en_dash():
    doc = doc_of("Chiều 28/8, UBND phường Văn Miếu – Quốc Tử Giám tổ chức hội nghị giao ban.",
                 "https://hanoimoi.vn/a.htm", "2025-08-29")
    assert [u.label for u in doc.areas[0].units][:1] == ["phường Văn Miếu - Quốc Tử Giám"]


def test_a_k_ho_syllable_the_data_write_without_its_apostrophe_is_found_with_it():
    doc = doc_of("Ông Đa Kát Bữu, Bí thư Đảng ủy xã Đưng K'Nớ chủ trì.", "https://baolamdong.vn/a.htm", "2021-07-03")
    assert [u.label for u in doc.areas[0].units][:1] == ["xã Đưng KNớ"]
    assert doc.text[doc.areas[0].start:doc.areas[0].end] == "Đưng K'Nớ"


def test_a_name_read_as_no_place_holds_no_shorter_place_either():
    # "Môi trường Đắk Lắk" is the province after an environment department's name, not the district "Lắk" inside it
    # ("trường" alone opens a school's name, where the place named is no unit's: "Trường Hùng Vương")
    doc = doc_of("Ông Trần Văn Hòa, Phó giám đốc Sở Nông nghiệp và Môi trường Đắk Lắk, cho biết hồ đang xả lũ.",
                 "https://baodaklak.vn/a.html", "2025-10-16")
    assert [(p.title, p.area.label) for p in doc.posts] == [("Phó Giám đốc Sở Nông nghiệp và Môi trường", "tỉnh Đắk Lắk")]


def test_a_former_districts_portal_after_the_reform_is_about_the_commune_named_alike():
    text = "Phiên họp tháng 9\n\nNgày 30/9/2025, UBND xã tổ chức phiên họp thường kỳ tháng 9."
    assert labels(doc_of(text, "https://ductrong.lamdong.gov.vn/a.html", "2025-10-01"))[0] == "xã Đức Trọng"
    # (before the reform, the district)
    assert labels(doc_of(text.replace("2025", "2024"), "https://ductrong.lamdong.gov.vn/a.html", "2024-10-01"))[0] \
        == "huyện Đức Trọng"


def test_a_commune_the_data_lack_keeps_the_apostrophe_in_its_name():
    doc = doc_of("Ngày 27/9/2018, Đảng ủy xã Đắk N'Drung tổ chức hội nghị. Đồng chí Điểu Khiêm, Bí thư Đảng ủy xã Đắk N'Drung "
                 "chủ trì.", "https://daknong.gov.vn/a.html", "2018-09-28")
    assert [(p.title, p.area.name) for p in doc.posts] == [("Bí thư Đảng ủy xã", "Đắk N'Drung")]
    assert [m.area.name for m in doc.meetings] == ["Đắk N'Drung"]


def test_districts_renamed_as_towns_keep_their_old_names_until_the_change():
    doc = doc_of("Đồng chí Lê Anh Xuân, Bí thư Huyện ủy Tĩnh Gia dự hội nghị.", "https://baothanhhoa.vn/a.html", "2013-05-10")
    assert [p.area.label for p in doc.posts] == ["huyện Tĩnh Gia"]
    doc = doc_of("Đồng chí Vũ Quang Hà, Bí thư Huyện ủy Yên Hưng dự hội nghị.", "https://baoquangninh.vn/a.html", "2010-05-10")
    assert [p.area.label for p in doc.posts] == ["huyện Yên Hưng"]
    doc = doc_of("Đồng chí Lê Anh Xuân, Bí thư Thị ủy Nghi Sơn dự hội nghị.", "https://baothanhhoa.vn/a.html", "2022-05-10")
    assert [p.area.label for p in doc.posts] == ["thị xã Nghi Sơn"]
