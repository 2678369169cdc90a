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
