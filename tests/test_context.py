"""The document-context stage: an article's reference date and subject area, each with its source.

Fictional texts; each row is one shape seen in real news.
"""
import pytest

from conftest import doc_of
from vnkg.extract.dates import find_dates, resolve


@pytest.mark.parametrize("text,url,date,source", [
    # datelines in the first lines, next to a time or a label
    ("Hội nghị cán bộ\nThứ ba, 20:02, 23/09/2025\nSáng 22/9, UBND tỉnh họp.", None, "2025-09-23", "dateline"),
    ("Tin địa phương\n13/10/2020, 20:56\nChiều 12/10, UBND huyện họp.", None, "2020-10-13", "dateline"),
    ("Cập nhật: 19/11/2020 | Lượt xem: 120\nNgày 18/11, HĐND huyện họp.", None, "2020-11-19", "dateline"),
    ("date 2023-04 Sáng 14/4, UBND huyện họp.", None, "2023-04", "header"),
    # a dateline written year first, next to a time or a label (a bare ISO date in the text is no dateline)
    ("Tin phường\nCập nhật lúc: 2025-10-16 08:14\nChiều 15/10, Đảng ủy phường họp.", None, "2025-10-16", "dateline"),
    ("Tin phường\n2025-10-16 08:14\nChiều 15/10, Đảng ủy phường họp.", None, "2025-10-16", "dateline"),
    ("Tin phường. Mã hồ sơ 2025-10-16 của phường. Chiều 15/10, Đảng ủy phường họp.", None, None, None),
    # stamps in the URL
    ("Sáng 14/6, họp.", "https://x.vn/tin/202007/hop-1.html", "2020-07", "url"),
    ("Sáng 14/6, họp.", "http://x.vn/hop-tinh-20190312152728148.chn", "2019-03-12", "url"),
    ("Sáng 14/6, họp.", "https://x.vn/a/2023/06/14/hop.html", "2023-06-14", "url"),
    ("Sáng 14/6, họp.", "https://x.vn/hop-huyen-185250823141709231.htm", "2025-08-23", "url"),
    ("Sáng 14/6, họp.", "https://x.vn/ky-luat-can-bo-22-02-2012/", "2012-02-22", "url"),
    ("Sáng 14/6, họp.", "https://x.gov.vn/portal/Pages/2025-7-18/lam-viec-voi-xa.aspx", "2025-07-18", "url"),
    ("Sáng 14/6, họp.", "https://x.vn/hoi-nghi-tinh-uy-20190612.html", "2019-06-12", "url"),
    ("Sáng 14/6, họp.", "https://x.gov.vn/tin-tuc/2025/9/hop-dinh-ky.html", "2025-09", "url"),
    # a full date the text gives with no time or label is only the text's ("text"), and a site's stamp goes first
    ("Đảng bộ xã Kiến Hòa được thành lập từ ngày 1/7/2025. Ngày 22/9, Ban Thường vụ họp.", None, "2025-07-01",
     "text"),
    ("Đảng bộ xã Kiến Hòa được thành lập từ ngày 1/7/2025. Ngày 22/9, Ban Thường vụ họp.",
     "https://x.gov.vn/tin-tuc/2025/9/hop.html", "2025-09", "url"),
    # a cited document's date is not the article's
    ("Thực hiện Quyết định số 61-QĐ/TU ngày 15/01/2021 của Ban Thường vụ, huyện họp.", None, None, None),
])
def test_reference_date_and_its_source(text, url, date, source):
    doc = doc_of(text, url)
    assert (doc.date, doc.date_source) == (date, source)


@pytest.mark.parametrize("text,day_month,expected", [
    # the year of a period the text names
    ("Kết quả quý I/2024 của huyện. Sáng 14/4, UBND huyện họp.", "14/4", "2024-04-14"),
    ("Sơ kết 6 tháng đầu năm 2020. Ngày 17/7, Huyện ủy họp.", "17/7", "2020-07-17"),
    # a year-end review held in January is the next year's; a plan discussed in December the year before
    ("Sáng 9/1, Sở Y tế tổng kết công tác năm 2023.", "9/1", "2024-01-09"),
    ("Chiều 20/12, UBND xã triển khai nhiệm vụ năm 2024.", "20/12", "2023-12-20"),
    ("Sau 3 ngày làm việc (từ ngày 8-10/12), HĐND tỉnh bế mạc kỳ họp; kỳ họp thông qua các nghị quyết về phát "
     "triển kinh tế, văn hóa xã hội năm 2021.", "8/12", "2020-12-08"),
    # a school year runs from August to the next summer
    ("Chiều 11/9, Thường trực Huyện ủy họp; dự lễ khai giảng năm học mới 2031 - 2032 tại xã Hòa Mỹ.", "11/9",
     "--09-11"),  # outside the years a news date can have: no year
    ("Chiều 11/9, Thường trực Huyện ủy họp; dự lễ khai giảng năm học mới 2021 - 2022 tại xã Hòa Mỹ.", "11/9",
     "2021-09-11"),
    ("Sáng 20/5, UBND xã tổng kết năm học 2021-2022.", "20/5", "2022-05-20"),
    # a December review of a long-named year's tasks is that year's
    ("Sáng ngày 13-12, Huyện ủy tổ chức hội nghị nhằm đánh giá việc thực hiện nhiệm vụ kinh tế xã hội năm 2013.",
     "13/12", "2013-12-13"),
    # a decision in force from a date takes effect about when it is reported
    ("Ngày 3/10, Ban Thường vụ Tỉnh ủy họp. Các quyết định có hiệu lực kể từ ngày 5/10/2024.", "3/10", "2024-10-03"),
    # a term's end, a plan's horizon and a document's date give no year
    ("Sáng 14/6, họp triển khai quy hoạch đến năm 2030, tầm nhìn đến năm 2045.", "14/6", "--06-14"),
    ("Sáng 5/3, Huyện ủy khóa XX, nhiệm kỳ 2025 - 2030 họp.", "5/3", "--03-05"),
    ("Theo Nghị quyết số 12 ngày 23/11/2022 của HĐND tỉnh, chiều 6/6 UBND tỉnh họp.", "6/6", "--06-06"),
])
def test_years_from_the_text(text, day_month, expected):
    doc = doc_of(text)
    (d,) = [d for d in find_dates(doc.low) if f"{d.day}/{d.month}" == day_month]
    assert resolve(doc, d) == expected


@pytest.mark.parametrize("text,url,subject,source", [
    # a provincial paper or portal from the host table, or a host that spells its unit
    ("UBND tỉnh họp bàn kế hoạch.", "https://baoanhdatmui.vn/tin/1", ["tỉnh Cà Mau"], "host table"),
    ("UBND tỉnh họp bàn kế hoạch.", "https://m.btv.org.vn/tin/1", ["tỉnh Bình Dương"], "host table"),
    ("UBND huyện họp bàn kế hoạch.", "https://tuyphong.binhthuan.dcs.vn/x", ["huyện Tuy Phong", "tỉnh Bình Thuận"],
     "host name"),
    # a district portal whose name two provinces share: the text decides
    ("HĐND huyện họp. Tỉnh Quảng Nam chỉ đạo các huyện.", "http://phuninh.gov.vn/1",
     ["huyện Phú Ninh", "tỉnh Quảng Nam"], "host name"),
    # the URL path spells the unit with its level word
    ("UBND tỉnh họp cho ý kiến dự thảo.", "http://tv.example.vn/tin-tuc/ubnd-tinh-binh-duong-hop-1.html",
     ["tỉnh Bình Dương"], "url path"),
    # a portal's section named after a province (the article's own slug is no section)
    ("Ủy ban MTTQ tỉnh tổ chức hội nghị.", "https://portal.example.vn/quangtri/tag/hoi-nghi-1",
     ["tỉnh Quảng Trị"], "url path"),
    ("Ủy ban MTTQ tỉnh tổ chức hội nghị.", "https://portal.example.vn/dia-phuong/ha-giang/bai-1.html",
     ["tỉnh Hà Giang"], "url path"),
    # a provincial paper's source code opening the text
    ("(GLO)- Chiều 20-10, Hội LHPN tỉnh gặp mặt cán bộ.", "https://aggregator.example.com/x", ["tỉnh Gia Lai"],
     "source code"),
    # a headline that names a district
    ("Can Lộc đẩy mạnh chuyển đổi số\nSáng 3/5, UBND huyện họp.", None, ["huyện Can Lộc", "tỉnh Hà Tĩnh"], "headline"),
    # a site named in the text (a credit, a footer) stands for an unknown host: a district portal's name ...
    ("Sáng 3/5, Thường trực HĐND huyện họp.\n\nNga Bùi\n\nHauloc.thanhhoa.gov.vn", "https://copy.example.vn/1",
     ["huyện Hậu Lộc", "tỉnh Thanh Hóa"], "site named in the text"),
    # ... which two provinces share: the text decides
    ("Sáng 3/5, Thường trực HĐND huyện họp. Tỉnh Phú Thọ chỉ đạo.\n\nPhuninh.gov.vn", "https://copy.example.vn/1",
     ["huyện Phù Ninh", "tỉnh Phú Thọ"], "site named in the text"),
    ("(Baohatinh.vn) - Sáng 3/5, UBND tỉnh họp.", "https://copy.example.vn/1", ["tỉnh Hà Tĩnh"], "site named in the text"),
])
def test_subject_area_and_its_source(text, url, subject, source):
    doc = doc_of(text, url)
    assert ([u.label for u in doc.subject], doc.subject_source) == (subject, source)


def test_an_article_about_the_centre_has_the_nation_as_subject():
    doc = doc_of("Chiều 30/11, Quốc hội bế mạc kỳ họp. Chủ tịch Quốc hội Trần Văn Khải chủ trì phiên bế mạc.",
                 "https://vietnamplus.vn/x.vnp")
    assert doc.subject == () and doc.national


def test_a_place_name_inside_a_persons_name_is_not_the_subject():
    doc = doc_of("Đồng chí Bùi Thanh Sơn, Bí thư Huyện ủy Can Lộc chủ trì hội nghị.")
    assert [u.label for u in doc.subject] == ["huyện Can Lộc", "tỉnh Hà Tĩnh"]


@pytest.mark.parametrize("published,label,code", [
    # units are read as of the article's date: the old province before 1 July 2025, the merged one after
    ("2020-05-04", "tỉnh Tuyên Quang", "08"),
    ("2026-01-05", "tỉnh Tuyên Quang", "2025-08"),
    ("2024-03-01", "tỉnh Hà Giang", "02"),
])
def test_units_as_of_the_articles_date(published, label, code):
    name = label.split(" ", 1)[1]
    doc = doc_of(f"Sáng 2/1, UBND tỉnh {name} tổ chức hội nghị.", published=published)
    (meeting,) = doc.meetings
    assert (meeting.area.label, meeting.area.code) == (label, code)


def test_a_commune_of_the_2025_map_knows_what_it_was_formed_from():
    from vnkg.extract import gazetteer

    gaz = gazetteer.load()
    doc = doc_of("Chiều 11/7, Đảng ủy xã Đức An tổ chức hội nghị.", "https://baolamdong.vn/x", "2025-07-12")
    (meeting,) = doc.meetings
    assert meeting.area.code.startswith("2025-") and meeting.area.label == "xã Đức An"
    assert {gaz.units[c].label for c in gaz.predecessors[meeting.area.code]} >= {"thị trấn Đức An"}


@pytest.mark.parametrize("published,label", [
    # Thừa Thiên Huế became thành phố Huế on 1 January 2025 (data/area_renames.tsv)
    ("2022-12-10", "tỉnh Thừa Thiên Huế"),
    ("2025-10-06", "thành phố Huế"),
])
def test_a_renamed_province_as_of_the_articles_date(published, label):
    doc = doc_of("UBND tỉnh họp bàn kế hoạch.", "https://huengaynay.vn/x", published)
    assert [u.label for u in doc.subject] == [label]


def test_a_host_tables_old_province_is_its_successor_after_the_reform():
    doc = doc_of("UBND tỉnh họp bàn kế hoạch.", "https://baohagiang.vn/x", "2026-01-05")
    assert [(u.label, u.code) for u in doc.subject] == [("tỉnh Tuyên Quang", "2025-08")]


@pytest.mark.parametrize("text,subject", [
    # a hometown, a photo credit, an airport, a venue in brackets are named in passing
    ("HĐND tỉnh Trà Vinh họp kỳ thứ 10.\nÔng Lê Văn Kiên, sinh năm 1968, quê quán xã Tân Hiệp, huyện Trà Cú.",
     "tỉnh Trà Vinh"),
    ("HĐND tỉnh Nghệ An họp kỳ thứ 10. Ảnh: Quang Vinh", "tỉnh Nghệ An"),
    ("Tỉnh ủy Bình Định tổ chức hội nghị. Đoàn đến sân bay Phù Cát lúc 9 giờ.", "tỉnh Bình Định"),
    ("Sáng 7/9, tại Hội trường lớn (TP. Pleiku), HĐND tỉnh Gia Lai khai mạc kỳ họp.", "tỉnh Gia Lai"),
    ("Đại hội Hội Nông dân tỉnh Nghệ An diễn ra tại Trung tâm Hội nghị Quốc gia, Hà Nội.", "tỉnh Nghệ An"),
    # a headline in capitals gives no end to an unknown commune name
    ("SẮP XẾP ĐƠN VỊ HÀNH CHÍNH CẤP XÃ TRÊN ĐỊA BÀN TỈNH\nBan Thường vụ Tỉnh ủy Sơn La họp.", "tỉnh Sơn La"),
])
def test_places_named_in_passing_are_not_the_subject(text, subject):
    doc = doc_of(text, None)
    assert doc.subject and doc.subject[0].label == subject


def test_a_national_meeting_at_a_venue_in_the_capital_is_national():
    doc = doc_of("Sáng 19/1, các đại biểu dự Đại hội XIV của Đảng đến Trung tâm Hội nghị Quốc gia (Hà Nội) để tiến "
                 "hành phiên họp trù bị.", None)
    assert not doc.subject


def test_a_district_the_gazetteer_lacks_and_a_host_unit_not_yet_existing():
    """huyện Nông Sơn (Quảng Nam) was merged away before the gazetteer's data were taken; a 2018 article on its
    portal is about it, not about the commune of 2025 that took its name."""
    text = ("Nông Sơn: Triển khai nhiệm vụ quốc phòng năm 2018\nVừa qua, UBND huyện Nông Sơn tổ chức Hội nghị tổng "
            "kết nhiệm vụ quốc phòng năm 2017. Chủ tịch UBND huyện Lê Văn Trung chủ trì hội nghị.")
    doc = doc_of(text, "https://nongson.quangnam.gov.vn/tin-tuc/1")
    assert [u.label for u in doc.subject] == ["huyện Nông Sơn", "tỉnh Quảng Nam"]
    assert [(p.person, p.area.label) for p in doc.posts] == [("Lê Văn Trung", "huyện Nông Sơn")]


def test_a_later_day_than_a_date_the_text_gives_is_in_its_year():
    """A founding date in the text ("từ ngày 1/7/2025") is no publication date: "Ngày 22/9" is in 2025, not 2024."""
    doc = doc_of("Ngày 22/9, Ban Thường vụ Đảng ủy xã Kiến Hòa họp. Đảng bộ xã được thành lập từ ngày 1/7/2025.", None)
    assert [m.date for m in doc.meetings] == ["2025-09-22"]


def test_a_district_made_a_special_zone_is_that_zone_after_the_reform():
    doc = doc_of("Ban Chấp hành Đảng bộ đặc khu họp lần thứ tư.", "https://vandon.quangninh.gov.vn/tin/1", "2025-12-23")
    assert [u.label for u in doc.subject][:1] == ["đặc khu Vân Đồn"]
    doc = doc_of("Ban Thường vụ Huyện ủy họp.", "https://vandon.quangninh.gov.vn/tin/1", "2024-12-23")
    assert [u.label for u in doc.subject][:1] == ["huyện Vân Đồn"]


def test_a_capitals_headline_run_into_the_lede_still_names_the_subject():
    """One paragraph: "XÃ SƠN TÂY TỔ CHỨC HỘI NGHỊ … Sáng 27/11, UBND xã …" — the capitals are a headline of their
    own (and a site's tag before the lede, "… TPO - Chiều 6/12, …", ends the headline too)."""
    text = ("XÃ SƠN TÂY TỔ CHỨC HỘI NGHỊ TỔNG KẾT NHIỆM VỤ QUỐC PHÒNG NĂM 2025 Sáng 27/11, UBND xã tổ chức Hội nghị "
            "tổng kết nhiệm vụ quốc phòng.")
    doc = doc_of(text, "https://sontay.quangngai.gov.vn/tin/1", None)
    assert doc.text[slice(*doc.lines[0])] == "XÃ SƠN TÂY TỔ CHỨC HỘI NGHỊ TỔNG KẾT NHIỆM VỤ QUỐC PHÒNG NĂM 2025"
    assert [u.label for u in doc.subject][:1] == ["xã Sơn Tây"]
    doc = doc_of("Bí thư Tỉnh ủy Đỗ Trọng Hùng giữ chức Chủ tịch HĐND tỉnh Thanh Hóa TPO - Chiều 6/12, tại kỳ họp thứ 14 "
                 "HĐND tỉnh Thanh Hóa, ông Đỗ Trọng Hùng, Bí thư Tỉnh ủy đã được bầu giữ chức Chủ tịch HĐND tỉnh.",
                 "https://tienphong.vn/a-post1.amp", "2020-12-06")
    assert doc.text[slice(*doc.sentences[0])].endswith("tỉnh Thanh Hóa")  # (the tag opens the lede)


@pytest.mark.parametrize("host,expected", [
    ("thuathienhue.gov.vn", ["tỉnh Thừa Thiên Huế"]),          # a province's old name, before it was renamed
    ("baria-vungtau.gov.vn", ["tỉnh Bà Rịa - Vũng Tàu"]),       # a dash inside a host's label
    ("phumy.baria-vungtau.gov.vn", ["thị xã Phú Mỹ", "tỉnh Bà Rịa - Vũng Tàu"]),
    # a district's radio, TV and culture centres name the district after their own prefix
    ("ttvhttquangdien.vn", ["huyện Quảng Điền", "tỉnh Thừa Thiên Huế"]),
    ("truyenthanhnamdan.vn", ["huyện Nam Đàn", "tỉnh Nghệ An"]),
    ("dtt-myxuyen.vn", ["huyện Mỹ Xuyên", "tỉnh Sóc Trăng"]),
])
def test_portals_named_by_old_and_dashed_names(host, expected):
    doc = doc_of("UBND tỉnh họp bàn kế hoạch.", f"https://{host}/tin/1", "2024-01-05")
    assert [u.label for u in doc.subject] == expected


def test_a_provinces_site_under_a_national_one():
    doc = doc_of("Ngày 3/4, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị giao ban.",
                 "https://travinh.mattran.org.vn/tag/hoi-nghi", None)
    assert [u.label for u in doc.subject] == ["tỉnh Trà Vinh"]


def test_a_commune_name_stops_at_the_line_and_a_district_merged_away_is_kept_in_its_province():
    doc = doc_of("Thường trực Thị ủy làm việc với Đảng ủy phường Quang Trung\nThứ Năm, 18/04/2013 - 15:20\n\nChiều 17/4, "
                 "Thường trực Thị ủy Sơn Tây làm việc với Đảng ủy phường Quang Trung.",
                 "http://sontay.hanoi.gov.vn/tin-tuc/1", None)
    assert not any("Thứ" in u.name for u in doc.subject)
    doc = doc_of("Kỳ Sơn: Kỳ họp thứ nhất HĐND huyện khóa XIX\n\nNgày 23/6/2016, HĐND huyện Kỳ Sơn khóa XIX tổ chức kỳ họp "
                 "thứ nhất.", "http://www.baohoabinh.com.vn/12/109874/a.htm", None)
    assert [u.label for u in doc.subject] == ["huyện Kỳ Sơn", "tỉnh Hòa Bình"]


@pytest.mark.parametrize("ward, host, code", [
    ("Móng Cái 1", "https://mongcai.gov.vn/tin/a-n1001", "2025-06712"),
    ("Cam Ly - Đà Lạt", "https://camlydalat.lamdong.gov.vn/vi/news/a-412.html", "2025-24787"),
])
def test_a_2025_ward_with_a_number_or_a_dashed_name_is_the_gazetteers_ward(ward, host, code):
    text = (f"UBND phường {ward} họp phiên thường kỳ tháng 10\n\nChiều 30/10, UBND phường {ward} tổ chức phiên họp "
            "thường kỳ. Đồng chí Lê Văn Tám, Phó Bí thư Đảng ủy, Chủ tịch UBND phường chủ trì phiên họp. Phường được thành "
            "lập từ các phường của thành phố Đà Lạt, thành phố Móng Cái (cũ).")
    doc = doc_of(text, host, "2025-10-31")
    assert doc.subject[0].code == code and doc.subject[0].name == ward
    assert {p.area.code for p in doc.posts} == {code}


@pytest.mark.parametrize("text,subject", [
    # the commune's bodies written bare: the one the URL names is the subject
    ("Đảng ủy xã sơ kết công tác 9 tháng\nChiều 8/10, Đảng ủy xã tổ chức hội nghị sơ kết. Đồng chí Lê Văn Hai, Bí thư "
     "Đảng ủy xã chủ trì.", "xã Lệ Thủy"),
    # a commune named in the text is no bare body: the URL's alone is not enough
    ("Tỉnh sơ kết công tác 9 tháng\nChiều 8/10, Đảng ủy xã Cam Lộ tổ chức hội nghị sơ kết.", "tỉnh Quảng Trị"),
])
def test_a_commune_only_the_url_names_is_the_subject_when_its_bodies_are_written_bare(text, subject):
    doc = doc_of(text, "https://baoquangtri.vn/chinh-tri/dang-uy-xa-le-thuy-so-ket-9-thang-198764.htm", "2026-10-09")
    assert doc.subject[0].label == subject


def test_an_island_district_spelled_as_the_state_spells_it():
    doc = doc_of("Chủ tịch UBND tỉnh chúc Tết quân và dân huyện đảo Phú Quý\nÔng Lê Văn Hai - Bí thư Huyện ủy Phú Quý báo "
                 "cáo. Ông Trần Văn Ba - Phó Bí thư Huyện ủy, Chủ tịch UBND huyện kiến nghị.",
                 "http://baobinhthuan.com.vn/chinh-tri/a-104726.html", "2019-01-29")
    assert [u.label for u in doc.subject] == ["huyện Phú Quý", "tỉnh Bình Thuận"]


def test_a_district_the_text_is_about_keeps_its_own_province_when_the_text_reads_as_after_its_end():
    # no publication date; the text's own date is the day districts ended, and the huyện keeps the province it was
    # in, not the province that absorbed it on that day
    doc = doc_of("Kiến Xương: HĐND huyện tổ chức kỳ họp cuối cùng\nNgày 20/6, HĐND huyện Kiến Xương tổ chức kỳ họp thứ "
                 "24. Đây là kỳ họp cuối cùng trước khi chính quyền cấp huyện kết thúc hoạt động từ ngày 1/7/2025.\nDự kỳ "
                 "họp có đồng chí Ngô Thị Hồng Vân, Phó Chủ tịch HĐND tỉnh.", "https://baothaibinh.com.vn/tin-tuc/4/1/a",
                 None)
    assert [u.label for u in doc.subject] == ["huyện Kiến Xương", "tỉnh Thái Bình"]
    assert [(p.title, p.area.label) for p in doc.posts] == [("Phó Chủ tịch Hội đồng nhân dân tỉnh", "tỉnh Thái Bình")]


def test_a_communes_district_as_of_the_article_completes_the_subject_chain():
    # xã Tóc Tiên lay in huyện Tân Thành, made thị xã Phú Mỹ in 2018: in 2019 the bare "Thị ủy" is Phú Mỹ's
    doc = doc_of("Chiều 10/4, đoàn công tác Ban Thường vụ Thị ủy Phú Mỹ do ông Lê Văn Hòa, Bí thư Thị ủy làm trưởng đoàn đã "
                 "làm việc với Đảng ủy xã Tóc Tiên. Cùng đi có bà Hồ Thị Mai, Phó Bí thư Thường trực Thị ủy. Ông Phạm Văn "
                 "Nhựt, Bí thư Đảng ủy xã Tóc Tiên báo cáo.", "http://baobariavungtau.com.vn/chinh-tri/201904/a-852614/",
                 "2019-04-11")
    assert [u.label for u in doc.subject] == ["xã Tóc Tiên", "thị xã Phú Mỹ", "tỉnh Bà Rịa - Vũng Tàu"]
    assert ("Hồ Thị Mai", "Phó Bí thư Thường trực Thị ủy", "thị xã Phú Mỹ") in \
        [(p.person, p.title, p.area.label if p.area else "") for p in doc.posts]


def test_a_district_named_bare_after_its_end_is_not_what_the_article_is_about():
    # July 2025: "Phan Thiết" bare is the old city's name; the article is about the new province's wards
    doc = doc_of("Chủ tịch UBND tỉnh làm việc với các phường khu vực Phan Thiết\n17/07/2025\nChiều 16/7, tại phường Phan "
                 "Thiết, đồng chí Lê Văn Tâm - Chủ tịch UBND tỉnh Lâm Đồng chủ trì buổi làm việc với các phường Phan "
                 "Thiết, Mũi Né, Bình Thuận về vận hành chính quyền hai cấp.\nBà Trần Thị Ba - Chủ tịch UBND phường Phan "
                 "Thiết cho biết hồ sơ tăng gấp ba. Ông Lê Văn Tư - Bí thư Đảng ủy phường Mũi Né đề nghị sớm có hướng dẫn "
                 "về quy hoạch, vốn trước đây do thành phố Phan Thiết thực hiện.\nKết luận, đồng chí Lê Văn Tâm yêu cầu "
                 "các phường khu vực Phan Thiết rà soát nhân sự; các dự án du lịch ở Bình Thuận cũ được giao về tỉnh.",
                 "https://baolamdong.vn/a-382455.html", "2025-07-17")
    assert [u.label for u in doc.subject][-1] == "tỉnh Lâm Đồng"
    assert all(u.valid_on("2025-07-17") for u in doc.subject)


def test_a_url_folders_year_is_the_articles_only_where_the_text_gives_none():
    doc = doc_of("Chiều 5/11, UBND TP Uông Bí tổ chức cuộc họp. Lễ kỷ niệm dự kiến tổ chức vào tháng 2/2013.",
                 "http://uongbi.gov.vn/tin-tuc/2012/tin-hoat-dong-tuan-45")
    assert (doc.date, doc.date_source) == ("2012", "url")
    assert [m.date for m in doc.meetings] == ["2012-11-05"]
    # (a portal's folder of the year it posted: the text's own full date goes first)
    doc = doc_of("Sáng ngày 7/6/2021, Thường trực HĐND huyện tổ chức hội nghị liên tịch.",
                 "https://kimthanh.haiduong.gov.vn/vi-vn/2023/Trang/hoi-nghi.aspx")
    assert doc.date == "2021-06-07"
