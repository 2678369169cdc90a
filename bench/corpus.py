"""A fictional corpus of Vietnamese local-politics news, generated (no real article text).

Usage:
    python bench/corpus.py N -o corpus.jsonl [--seed S]        # N articles, one JSON object a line
    python bench/corpus.py N --txt DIR                          # N small .txt files
    python bench/corpus.py --big MB -o big.jsonl                # one article of about MB megabytes

Articles look like the formulaic reports vnkg reads (a meeting, who chaired it, who attended with
which posts, then paragraphs of prose) with the same average size as a province's news archive
(~1.4 kB of text, a long tail of longer reports). Names, places and sentences are drawn at random
from small built-in lists and the `vietnam-provinces` gazetteer, so any size can be made from a
fresh clone, and the same seed always gives the same corpus.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from functools import lru_cache
from importlib import resources
from pathlib import Path

SURNAMES = ("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trịnh Đoàn Mai "
            "Lương Cao Tạ Hà Triệu Nghiêm Kiều Lò Quàng").split()
MIDDLE = "Văn Thị Đức Minh Quang Xuân Hữu Thanh Ngọc Hồng Công Bá Thế Đình Anh Kim Như Tuấn".split()
GIVEN = ("An Bình Cường Dũng Đông Giang Hải Hạnh Hòa Hùng Huy Khải Khánh Lâm Linh Long Mai Nam Nga Nhung "
         "Phong Phúc Quân Sơn Tâm Thắng Thảo Thịnh Thu Trung Tú Tùng Vinh Yến Lộc Hiền Toàn Đạt").split()

# (role before a body, the body's level word) -> how a post is written after a name
POSTS_DISTRICT = [
    "Bí thư Huyện ủy", "Phó Bí thư Thường trực Huyện ủy", "Phó Bí thư Huyện ủy, Chủ tịch UBND huyện",
    "Chủ tịch HĐND huyện", "Phó Chủ tịch UBND huyện", "Phó Chủ tịch HĐND huyện",
    "Trưởng Ban Tuyên giáo Huyện ủy", "Chủ tịch Ủy ban MTTQ huyện", "Ủy viên Ban Thường vụ Huyện ủy",
]
POSTS_PROVINCE = [
    "Bí thư Tỉnh ủy", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh", "Phó Chủ tịch UBND tỉnh",
    "Chủ tịch HĐND tỉnh", "Trưởng Ban Dân vận Tỉnh ủy", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn",
]
ORGANISERS = ["Ban Thường vụ Huyện ủy {d}", "UBND huyện {d}", "Thường trực HĐND huyện {d}",
              "Huyện ủy {d}", "Ủy ban MTTQ huyện {d}"]
EVENTS = ["hội nghị", "cuộc họp", "phiên họp thường kỳ", "hội nghị giao ban", "buổi làm việc"]
TOPICS = [
    "đánh giá kết quả thực hiện nhiệm vụ quý {q}", "bàn giải pháp đẩy nhanh tiến độ giải ngân vốn đầu tư công",
    "triển khai kế hoạch xây dựng nông thôn mới nâng cao", "sơ kết công tác phòng chống thiên tai",
    "cho ý kiến về đề án sắp xếp đơn vị hành chính", "rà soát công tác giải phóng mặt bằng các dự án trọng điểm",
    "đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm", "chuẩn bị kỳ họp thứ {k} HĐND huyện",
]
CHAIR_VERBS = ["chủ trì hội nghị", "chủ trì cuộc họp", "chủ trì buổi làm việc"]
PROSE = [
    "Năm nay, toàn huyện có {n} ha lúa vụ xuân, năng suất bình quân đạt {x},{y} tạ/ha, tăng {y} tạ so với cùng kỳ.",
    "Thu ngân sách trên địa bàn ước đạt {n} tỷ đồng, bằng {p}% dự toán giao; chi ngân sách bảo đảm đúng quy định.",
    "Công tác chuyển đổi số được đẩy mạnh, {p}% hồ sơ thủ tục hành chính được tiếp nhận và giải quyết trực tuyến.",
    "Các địa phương đã huy động hơn {n} ngày công làm đường giao thông nông thôn, kênh mương nội đồng.",
    "Tình hình an ninh chính trị, trật tự an toàn xã hội được giữ vững; không để xảy ra điểm nóng.",
    "Hội nghị cũng chỉ ra một số hạn chế như tiến độ một số dự án còn chậm, thu hút đầu tư chưa đạt kỳ vọng.",
    "Đời sống của người dân từng bước được cải thiện, tỷ lệ hộ nghèo giảm còn {x},{y}%.",
    "Trong thời gian tới, các ngành tập trung rà soát, tháo gỡ khó khăn cho doanh nghiệp và hợp tác xã.",
    "Công tác tuyển quân năm {yr} hoàn thành {p}% chỉ tiêu, bảo đảm chất lượng và đúng luật.",
    "Các đại biểu đã thảo luận, góp ý vào dự thảo báo cáo và thống nhất các giải pháp trọng tâm.",
    "Phong trào thi đua được triển khai sâu rộng, nhiều mô hình hay, cách làm sáng tạo được nhân rộng.",
    "Huyện đã hoàn thành {n} công trình chào mừng kỷ niệm ngày thành lập, với tổng kinh phí hơn {x} tỷ đồng.",
]
BYLINES = ["Minh Tâm", "Thu Hà", "Quốc Việt", "Hải Yến", "Đức Anh", "PV"]


@lru_cache(maxsize=1)
def districts() -> list[tuple[str, str]]:
    """(district name, province name) pairs for the huyện of the gazetteer."""
    path = resources.files("vietnam_provinces").joinpath("data", "nested-divisions.json")
    out = []
    for p in json.loads(path.read_text("utf-8")):
        province = p["name"].removeprefix("Tỉnh ").removeprefix("Thành phố ")
        for d in p.get("districts", []):
            if d["name"].startswith("Huyện "):
                out.append((d["name"].removeprefix("Huyện "), province))
    return out


def _name(rng: random.Random) -> str:
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def _fill(rng: random.Random, template: str) -> str:
    return template.format(n=rng.randint(2, 9000), x=rng.randint(1, 99), y=rng.randint(1, 9), p=rng.randint(40, 100),
                           q=rng.choice("IV" if rng.random() < .5 else ["I", "II", "III"]), k=rng.randint(2, 12),
                           yr=rng.randint(2018, 2025))


def paragraph(rng: random.Random) -> str:
    """One paragraph of report prose (3-5 sentences)."""
    return " ".join(_fill(rng, rng.choice(PROSE)) for _ in range(rng.randint(3, 5)))


def meeting(rng: random.Random, district: str, province: str, year: int) -> str:
    """A meeting lede: when, who organised it, who chaired it, who attended with which posts."""
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    part = rng.choice(["Sáng", "Chiều", "Ngày"])
    org = rng.choice(ORGANISERS).format(d=district)
    event, topic = rng.choice(EVENTS), _fill(rng, rng.choice(TOPICS))
    chair, chair_post = _name(rng), rng.choice(POSTS_DISTRICT[:3])
    lines = [f"{part} {day}/{month}, {org} tổ chức {event} {topic}."]
    if rng.random() < .5:
        lines.append(f"Đồng chí {chair}, {chair_post} {rng.choice(CHAIR_VERBS)}.")
    else:
        lines.append(f"{chair_post.split(',')[0]} {district} {chair} {rng.choice(CHAIR_VERBS)}.")
    guests = [f"đồng chí {_name(rng)}, {rng.choice(POSTS_DISTRICT)}" for _ in range(rng.randint(1, 3))]
    if rng.random() < .3:
        guests.append(f"đồng chí {_name(rng)}, {rng.choice(POSTS_PROVINCE)} {province}")
    lines.append("Dự hội nghị có " + "; ".join(guests) + ".")
    return " ".join(lines)


def article(rng: random.Random, ident: str, paragraphs: int | None = None) -> dict:
    """One fictional article as a JSONL record (id, url, published, title, text)."""
    district, province = rng.choice(districts())
    year = rng.randint(2018, 2025)
    title = f"{district}: {_fill(rng, rng.choice(TOPICS))}"
    n = paragraphs if paragraphs is not None else min(12, int(rng.expovariate(1 / 1.4)) + 1)
    # about half of an archive's articles report no meeting (economy, culture, weather...)
    body = [title, meeting(rng, district, province, year) if rng.random() < .55 else paragraph(rng)]
    for i in range(n):
        body.append(paragraph(rng))
        if i % 6 == 5 and rng.random() < .55:
            body.append(meeting(rng, district, province, year))
    body.append(rng.choice(BYLINES))
    return {"id": ident, "url": f"https://tin.example.vn/{year}/{ident}", "published": f"{year}-{rng.randint(1, 12):02d}-"
            f"{rng.randint(1, 28):02d}", "title": title, "text": "\n\n".join(body)}


def articles(n: int, seed: int = 0, prefix: str = "gen"):
    rng = random.Random(seed)
    for i in range(n):
        yield article(rng, f"{prefix}-{seed}-{i:07d}")


def big_article(megabytes: float, seed: int = 0, ident: str | None = None) -> dict:
    """One long report of about `megabytes` MB of UTF-8 text, as dense in facts as the short ones."""
    rng = random.Random(seed)
    art = article(rng, ident or f"big-{megabytes:g}mb", paragraphs=0)
    district, province = rng.choice(districts())
    parts, size, target = [art["text"]], len(art["text"].encode()), int(megabytes * 1e6)
    while size < target:
        chunk = meeting(rng, district, province, 2024) if rng.random() < .25 else paragraph(rng)
        parts.append(chunk)
        size += len(chunk.encode()) + 2
    art["text"] = "\n\n".join(parts)
    return art


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", nargs="?", type=int, default=1000, help="number of articles")
    ap.add_argument("-o", "--output", default="-", help="JSONL output (- for stdout)")
    ap.add_argument("--txt", metavar="DIR", help="write one .txt file per article into DIR instead")
    ap.add_argument("--big", type=float, metavar="MB", help="one article of about MB megabytes")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    if args.txt:
        folder = Path(args.txt)
        folder.mkdir(parents=True, exist_ok=True)
        for a in articles(args.n, args.seed):
            (folder / f"{a['id']}.txt").write_text(a["text"], encoding="utf-8")
        return
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    try:
        items = [big_article(args.big, args.seed)] if args.big else articles(args.n, args.seed)
        for a in items:
            out.write(json.dumps(a, ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()


if __name__ == "__main__":
    main()
