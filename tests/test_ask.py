"""`vnkg ask`: answers a user can trust — text matched however it is written, dates validated and
compared by their precision, every row with its evidence, an empty answer that says why."""
import json
import unicodedata

import pytest
from click.testing import CliRunner

from vnkg.cli import main

# fictional articles: old tone placement (Huyện uỷ, Hoà), a name with Sỹ, one article dated by month
# only, one with no date at all, and two articles reporting the same meeting and chair
CORPUS = [
    {"id": "tn-1", "url": "https://example.vn/tin/tn-1", "published": "2022-06-14",
     "text": "Sáng 14/6/2022, Ban Thường vụ Huyện uỷ Đức Thọ tổ chức hội nghị sơ kết công tác 6 tháng. "
             "Đồng chí Nghiêm Sỹ Lâm, Bí thư Huyện uỷ chủ trì hội nghị. "
             "Dự hội nghị có đồng chí Võ Văn Hoà, Chủ tịch UBND huyện."},
    {"id": "tn-2", "url": "https://example.vn/tin/tn-2", "published": "2022-07",
     "text": "Chiều 2/7, UBND huyện Đức Thọ tổ chức họp bàn về phòng chống lụt bão. "
             "Đồng chí Võ Văn Hòa, Chủ tịch UBND huyện chủ trì cuộc họp."},
    {"id": "tn-3",
     "text": "UBND huyện Đức Thọ vừa tổ chức hội nghị triển khai nhiệm vụ. "
             "Đồng chí Võ Văn Hòa, Chủ tịch UBND huyện Đức Thọ chủ trì hội nghị."},
    {"id": "tn-4", "url": "https://example.vn/tin/tn-4", "published": "2022-07-03",
     "text": "Chiều 2/7, UBND huyện Đức Thọ tổ chức họp bàn về phòng chống lụt bão. "
             "Chủ tịch UBND huyện Võ Văn Hòa chủ trì cuộc họp."},
]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ask")
    corpus = folder / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in CORPUS), encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(corpus), "--store", str(folder / "store")])
    assert result.exit_code == 0, result.output
    return str(folder / "store")


def ask(store, *args):
    result = CliRunner().invoke(main, ["ask", *args, "--store", store, "--format", "json"])
    rows = json.loads(result.stdout) if result.exit_code == 0 else None
    return result, rows


# ---- one normaliser for every text option ------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Chủ tịch UBND huyện",                                          # the abbreviation (stored spelled out)
    "chu tich ubnd huyen",                                          # no diacritics, lower-case abbreviation
    unicodedata.normalize("NFD", "Chủ tịch Ủy ban nhân dân huyện"),  # decomposed input
    "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN",                                # upper case
    "Chủ tịch Uỷ ban nhân dân huyện",                                # old tone placement
])
def test_title_matches_however_written(store, title):
    result, rows = ask(store, "holders", "--title", title)
    assert result.exit_code == 0, result.output
    assert [r["person"] for r in rows] == ["Võ Văn Hoà"], rows


@pytest.mark.parametrize("option,value,expected", [
    ("--person", "Nghiêm Sĩ Lâm", "Nghiêm Sỹ Lâm"),   # Sĩ = Sỹ
    ("--person", "nghiem sy lam", "Nghiêm Sỹ Lâm"),   # no diacritics
    ("--person", "VÕ VĂN HOÀ", "Võ Văn Hoà"),        # upper case, old tone placement
    ("--area", "duc tho", "Nghiêm Sỹ Lâm"),
    ("--area", "Huyện Đức Thọ", "Nghiêm Sỹ Lâm"),
])
def test_person_and_area_match_however_written(store, option, value, expected):
    result, rows = ask(store, "chairs", option, value)
    assert result.exit_code == 0, result.output
    assert expected in {r["chair"] for r in rows}, rows
    assert {r["chair"] for r in rows} <= {expected, "Võ Văn Hoà"}


def test_body_matches_however_written(store):
    for body in ("Ban Thường vụ Huyện uỷ", "BTV huyện ủy", "ban thuong vu huyen uy"):
        result, rows = ask(store, "meetings", "--body", body)
        assert result.exit_code == 0 and [r["date"] for r in rows] == ["2022-06-14"], (body, result.output)


def test_a_title_is_matched_from_its_start(store):
    """'Chủ tịch' is not 'Phó Chủ tịch'; 'Bí thư Huyện ủy' holders are not its deputies."""
    _, rows = ask(store, "holders", "--title", "Bí thư")
    assert [r["post_title"] for r in rows] == ["Bí thư Huyện ủy"]


def test_without_diacritics_is_loose_with_them_is_not(store):
    _, rows = ask(store, "career", "vo van hoa")
    assert rows and {r["person"] for r in rows} == {"Võ Văn Hoà"}
    result, rows = ask(store, "career", "Vỏ Văn Hòa")  # a wrong tone typed on purpose matches nothing
    assert rows == [] and "did you mean 'Võ Văn Hoà'" in result.stderr


def test_empty_answer_says_why_with_nearest(store):
    result, rows = ask(store, "holders", "--title", "Chủ tịch UBND tỉnh")
    assert result.exit_code == 0 and rows == []
    line, = result.stderr.splitlines()
    assert line.startswith("vnkg: no post titled 'Chủ tịch UBND tỉnh'; did you mean ")
    assert "'Chủ tịch Ủy ban nhân dân huyện'" in line
    result, rows = ask(store, "holders", "--title", "Bí thư Huyện ủy", "--on", "2023")
    assert rows == [] and "nothing matches all of --title 'Bí thư Huyện ủy'" in result.stderr
    assert "--on 2023" in result.stderr


def test_an_option_with_nothing_to_match_is_a_usage_error(store):
    result, _ = ask(store, "holders", "--title", " ,. ")
    assert result.exit_code == 2 and len(result.stderr.splitlines()) == 1


# ---- dates ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("day", ["2022-06-14", "14/06/2022", "14-6-2022", "14.6.2022", "ngày 14 tháng 6 năm 2022"])
def test_date_options_take_iso_and_day_first_forms(store, day):
    result, rows = ask(store, "chairs", "--from", day, "--to", day)
    assert result.exit_code == 0, result.output
    assert [r["chair"] for r in rows] == ["Nghiêm Sỹ Lâm"]


@pytest.mark.parametrize("bad", ["yesterday", "31/02/2022", "2022-13", "14/6", "20222"])
def test_bad_dates_exit_2_with_one_line(store, bad):
    for option in ("--from", "--to"):
        result, _ = ask(store, "chairs", option, bad)
        assert result.exit_code == 2
        assert result.stdout == "" and len(result.stderr.splitlines()) == 1
        assert result.stderr.startswith(f"vnkg: {option}: ")
    result, _ = ask(store, "holders", "--title", "Chủ tịch", "--on", bad)
    assert result.exit_code == 2 and result.stderr.startswith("vnkg: --on: ")


def test_months_and_years_are_periods(store):
    _, rows = ask(store, "chairs", "--from", "07/2022", "--to", "2022")
    assert {r["date"] for r in rows} == {"2022-07-02"}
    _, rows = ask(store, "meetings", "--body", "UBND", "--to", "6/2022")
    assert rows == []  # the July meeting ends after June; the undated one can never be placed


def test_on_compares_dates_by_their_precision(store):
    """--on goes by tenure (queries/holders_on.rq): Võ Văn Hòa is seen from 2022-06-14 to 2022-07-03;
    a day between, the month and the year all meet that span; typed day-first, too."""
    for day in ("2022-07-02", "20/06/2022", "2022-06-14", "07/2022", "2022"):
        result, rows = ask(store, "holders", "--title", "Chủ tịch UBND huyện", "--on", day)
        assert [r["person"] for r in rows] == ["Võ Văn Hoà"], (day, result.stderr)
    for outside in ("2022-08-01", "2022-06-13", "2021"):
        _, rows = ask(store, "holders", "--title", "Chủ tịch UBND huyện", "--on", outside)
        assert rows == [], outside


def test_an_undated_mention_does_not_hide_the_dates(store):
    """tn-3 has no date: first and last seen still come from tn-1 (a day) and tn-2 (a month)."""
    _, rows = ask(store, "holders", "--title", "Chủ tịch UBND huyện")
    (row,) = rows
    # last seen: the month 2022-07 (tn-2) may end after the day 2022-07-03 (tn-4), so it is the month
    assert (row["first_seen"], row["last_seen"]) == ("2022-06-14", "2022-07")
    _, rows = ask(store, "posts", "--person", "Võ Văn Hòa")
    assert [(r["first_seen"], r["last_seen"], r["articles"]) for r in rows] == [("2022-06-14", "2022-07", 4)]


# ---- evidence ---------------------------------------------------------------------------------------

ALL_ASKS = [["chairs"], ["posts"], ["holders", "--title", "Chủ tịch"], ["meetings", "--body", "UBND"],
            ["coattendance", "Võ Văn Hòa"], ["career", "Võ Văn Hòa"]]


@pytest.mark.parametrize("args", ALL_ASKS, ids=[a[0] for a in ALL_ASKS])
def test_every_row_carries_its_evidence(store, args):
    result, rows = ask(store, *args)
    assert rows, result.output
    texts = {a["id"]: a for a in CORPUS}
    for r in rows:
        assert {"sentence", "article", "url"} <= r.keys()
        article = texts[r["article"]]
        assert r["sentence"] and r["sentence"] in article["text"]   # a sentence of that very article
        assert r["url"] == article.get("url")
    csv = CliRunner().invoke(main, ["ask", *args, "--store", store, "--format", "csv"]).stdout
    assert csv.splitlines()[0].split(",")[-3:] == ["article", "sentence", "url"]


def test_a_chair_row_shows_the_sentence_naming_the_chair(store):
    _, rows = ask(store, "chairs", "--person", "Nghiêm Sỹ Lâm")
    assert [r["sentence"] for r in rows] == ["Đồng chí Nghiêm Sỹ Lâm, Bí thư Huyện uỷ chủ trì hội nghị."]


def test_evidence_columns_in_the_table_only_when_asked(store):
    plain = CliRunner().invoke(main, ["ask", "chairs", "--person", "Lâm", "--store", store]).stdout
    full = CliRunner().invoke(main, ["ask", "chairs", "--person", "Lâm", "--store", store, "--evidence"]).stdout
    assert "sentence" not in plain.splitlines()[0] and "chủ trì hội nghị" not in plain
    assert plain.splitlines()[0].split()[-1] == "article"
    assert full.splitlines()[0].split()[-2:] == ["sentence", "url"] and "chủ trì hội nghị" in full


def test_one_row_per_meeting_and_chair_even_when_two_articles_say_so(store):
    _, rows = ask(store, "chairs", "--from", "2022-07-02", "--to", "2022-07-02")
    assert [(r["chair"], r["article"]) for r in rows] == [("Võ Văn Hoà", "tn-2")]  # tn-4 says so too


def test_readme_sparql_example_has_no_duplicate_rows(store):
    """The README's SPARQL example, as a user types it: one row per article and chair it names (the
    default graph is every article at once: without GRAPH ?g and DISTINCT, a chair two articles report
    comes back twice)."""
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    query = re.search(r"```sh\nvnkg sparql '(SELECT DISTINCT.*?)'\n", readme, re.S).group(1)
    result = CliRunner().invoke(main, ["sparql", query, "--store", store])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()[2:-1]
    assert len(lines) == len(set(lines)) == 4  # tn-1 Lâm, tn-2 and tn-4 Hòa (2/7), tn-3 Hòa (undated)
    union = ("SELECT ?date ?name WHERE { ?m a vn:Meeting ; vn:chairedBy/foaf:name ?name . "
             "OPTIONAL { ?m schema:startDate ?date } }")
    lines = CliRunner().invoke(main, ["sparql", union, "--store", store]).stdout.splitlines()[2:-1]
    assert len(lines) > len(set(lines))  # what the example avoids


def test_what_the_readme_says_of_ask(tmp_path):
    """The README's claims, on the shipped sample corpus, as a user types them."""
    from conftest import EXAMPLES
    store = str(tmp_path / "store")
    assert CliRunner().invoke(main, ["build", str(EXAMPLES), "--store", store]).exit_code == 0
    _, rows = ask(store, "holders", "--title", "chu tich ubnd huyen", "--on", "08/07/2020")
    assert [(r["person"], r["first_seen"]) for r in rows] == [("Hồ Đức Thịnh", "2020-07")]
    result, rows = ask(store, "holders", "--title", "Chủ tịch UBND tinh")
    assert rows == [] and result.stderr.startswith(
        "vnkg: no post titled 'Chủ tịch UBND tinh'; did you mean 'Chủ tịch Ủy ban nhân dân tỉnh'")
    _, rows = ask(store, "chairs", "--from", "01/01/2022")
    assert {r["date"][:4] for r in rows} == {"2023", "2024"}
    table = CliRunner().invoke(main, ["ask", "chairs", "--store", store]).stdout
    readme = (EXAMPLES.parent.parent / "README.md").read_text(encoding="utf-8")
    assert table in readme  # the quick start's output


def test_tenure_answers_carry_their_evidence_too(tmp_path):
    """holders --on, orgchart, changes and a career by id (the tenure questions) give evidence as well:
    for a change, the sentence that reports it."""
    from conftest import FIXTURES
    texts = {json.loads(line)["id"]: json.loads(line)
             for line in (FIXTURES / "tenure.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()}
    store = str(tmp_path / "store")
    assert CliRunner().invoke(main, ["build", str(FIXTURES / "tenure.jsonl"), "--store", store]).exit_code == 0
    answers = {
        "holders": ask(store, "holders", "--title", "chu tich ubnd huyen", "--on", "07/2020")[1],
        "orgchart": ask(store, "orgchart", "--area", "nghi xuan", "--on", "2020-07-06")[1],
        "changes": ask(store, "changes", "--area", "Nghi Xuân", "--from", "2019", "--to", "2022")[1],
        "career": ask(store, "career", "phan-dinh-quynh-898ae93d")[1],
    }
    for name, rows in answers.items():
        assert rows, name
        for r in rows:
            assert r["sentence"] in texts[r["article"]]["text"] and r["url"] == texts[r["article"]].get("url"), name
    took, left = [next(r for r in answers["changes"] if r["change"] == c and r["person"] == "Phan Đình Quýnh")
                  for c in ("took", "left")]
    assert "bầu ông Phan Đình Quýnh" in took["sentence"] and "miễn nhiệm" in left["sentence"]
