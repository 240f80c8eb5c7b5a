"""The judged queries, written before tuning. Each query's judgements follow from the catalogue's
records by the rule in its reason: 3 is exactly what was asked, 2 clearly relevant, 1 related
(a reader would not mind it lower down), anything else 0 — the guide pages are never judged
relevant to a topic query, so one ranking high costs the score.

Kinds: number (文号), index (索引号), title (an exact title), topic (subject and document type),
body (a word only bodies use), year (year-qualified), variant (a word no item uses), typo,
synonym (an abbreviation the office's list maps), pinyin. The last three score with the
suggestion and synonym features of issue 14 (items 6–7).
"""

from dataclasses import dataclass, field

from .catalogue import SUBJECTS, items


@dataclass(eq=False)
class Query:
    kind: str
    text: str
    reason: str
    grades: dict = field(default_factory=dict)  # page_id → grade


# The synonym groups the office is taken to keep (设置 → 检索同义词) when the set is scored: the four
# groups of issue 14, as the demo loads them.
OFFICE_SYNONYMS = ["年报，年度报告", "权责清单，权力清单和责任清单", "等保，等级保护", "三公经费，“三公”经费"]


def _grades(records, exact, related=lambda r: False, exact_grade=3):
    grades = {}
    for record in records:
        if exact(record):
            grades[record["serial"]] = exact_grade
        elif related(record):
            grades[record["serial"]] = 1
    return grades


def queries():
    records = _records()
    out = []
    picked = records[::27][:12]
    for r in picked:
        out.append(Query("number", r["document_number"], "the 文号 names one item", {r["serial"]: 3}))
    for r in records[5::31][:10]:
        out.append(Query("index", r["index_number"], "the 索引号 names one item", {r["serial"]: 3}))
    for r in records[3::26][:12]:
        out.append(Query("title", r["title"], "the same title is exactly what was asked; same subject and type "
                         "in another year is related",
                         _grades(records, lambda x, r=r: x["title"] == r["title"],
                                 lambda x, r=r: x["subject"] == r["subject"] and x["doc_type"] == r["doc_type"])))
    subjects = list(SUBJECTS)
    doc_types = ["管理办法", "实施方案", "工作要点", "年度报告", "执行情况", "工作总结"]
    for i in range(14):
        subject, doc_type = subjects[i % len(subjects)], doc_types[(i * 5) % len(doc_types)]
        out.append(Query("topic", f"{subject} {doc_type}", "subject and type both: asked; the subject alone: related",
                         _grades(records, lambda x, s=subject, d=doc_type: x["subject"] == s and x["doc_type"] == d,
                                 lambda x, s=subject: x["subject"] == s)))
    for subject, (_, project) in list(SUBJECTS.items())[:10]:
        out.append(Query("body", project, "the project is named only in the bodies of its subject's items",
                         _grades(records, lambda x, s=subject: x["subject"] == s, exact_grade=2)))
    for i in range(12):
        subject, year = subjects[(i * 7) % len(subjects)], (2022, 2023, 2024, 2025)[i % 4]
        out.append(Query("year", f"{year}年 {subject}", "the subject in that year: asked; other years: wanted lower",
                         _grades(records, lambda x, s=subject, y=year: x["subject"] == s and x["year"] == y,
                                 lambda x, s=subject: x["subject"] == s)))
    for subject in subjects[2:12]:
        out.append(Query("variant", f"{subject} 专项督查", "no item says 专项督查: the subject's items are what a "
                         "reader wants", _grades(records, lambda x, s=subject: x["subject"] == s, exact_grade=2)))
    typos = {"政府采构": "政府采购", "部门预箅": "部门预算", "数据中心迁徙": "数据中心迁移", "智慧成市": "智慧城市",
             "人事仁免": "人事任免", "行政许课": "行政许可", "算立网络": "算力网络", "机构职育": "机构职能"}
    for typo, subject in typos.items():
        out.append(Query("typo", typo, f"a typo for {subject}: its items",
                         _grades(records, lambda x, s=subject: x["subject"] == s, exact_grade=2)))
    synonyms = [("年报", lambda x: x["doc_type"] == "年度报告", "年报 is the office's short name of 年度报告"),
                ("等保", lambda x: x["subject"] == "网络安全等级保护", "等保 ⇄ 等级保护"),
                ("权责清单", lambda x: x["subject"] == "权力清单和责任清单", "权责清单 ⇄ 权力清单和责任清单"),
                ("三公 经费", lambda x: x["subject"] == "三公经费", "三公经费 written apart"),
                ("部门预算 年报", lambda x: x["subject"] == "部门预算" and x["doc_type"] == "年度报告", "年报 ⇄ 年度报告"),
                ("数据共享", lambda x: x["subject"] == "政务数据共享", "数据共享 is 政务数据共享 without 政务"),
                ("资产报废", lambda x: x["subject"] == "国有资产报废", "资产报废 is the subject without 国有"),
                ("等保 年报", lambda x: x["subject"] == "网络安全等级保护" and x["doc_type"] == "年度报告", "both short")]
    for text, exact, reason in synonyms:
        out.append(Query("synonym", text, reason, _grades(records, exact, exact_grade=2)))
    pinyin = {"yusuan": "部门预算", "caigou": "政府采购", "suanli": "算力网络", "zhihuichengshi": "智慧城市",
              "renshi": "人事任免", "xingzhengxuke": "行政许可"}
    for text, subject in pinyin.items():
        out.append(Query("pinyin", text, f"pinyin of {subject}: its items",
                         _grades(records, lambda x, s=subject: x["subject"] == s, exact_grade=2)))
    return out


_cache = []


def _records():
    if not _cache:
        from .catalogue import documents

        _cache.extend(items())
        titles = {doc["page_id"]: doc for doc in documents()}
        for record in _cache:
            doc = titles[record["serial"]]
            record.update(title=doc["title"], document_number=doc["document_number"],
                          index_number=doc["index_number"])
    return _cache
