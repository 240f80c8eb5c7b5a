"""A deterministic catalogue of the bureau's kind: items across the five categories, and guide pages.

Each item is a combination of a subject, a document type and a year, with a 文号, an 索引号 and a
body that names the subject, a project and the year; the combinations are what the judgements of
``judgements.py`` are derived from. The bureau's own name (中卫市数据局) is in many titles.
"""

import random

from ..documents import GUIDE_CATEGORY

SEED = 20261129
BUREAU = "中卫市数据局"
YEARS = (2022, 2023, 2024, 2025)
# subject → (category, project named in bodies only)
SUBJECTS = {
    "部门预算": ("finance", "财政一体化平台"),
    "部门决算": ("finance", "国库集中支付系统"),
    "政府采购": ("finance", "政务云租赁服务"),
    "国有资产报废": ("finance", "办公设备处置"),
    "三公经费": ("finance", "公务接待管理"),
    "政务数据共享": ("policy", "数据共享交换平台"),
    "公共数据开放": ("policy", "开放数据门户"),
    "数据安全管理": ("policy", "数据分类分级"),
    "网络安全等级保护": ("policy", "等保测评"),
    "数字政府建设": ("plan", "一网通办"),
    "算力网络": ("plan", "东数西算枢纽节点"),
    "智慧城市": ("plan", "城市运行管理中心"),
    "权力清单和责任清单": ("organisation", "行政职权目录"),
    "机构职能": ("organisation", "内设机构调整"),
    "人事任免": ("organisation", "干部任前公示"),
    "政务服务事项": ("service", "12345热线工单"),
    "行政许可": ("service", "电子证照"),
    "数据中心迁移": ("service", "机房搬迁"),
}
DOC_TYPES = ("管理办法", "实施方案", "工作要点", "年度报告", "执行情况", "工作总结")
SENTENCES = (
    "为贯彻落实国家大数据战略，结合本市实际，推进{subject}工作，制定本{doc_type}。",
    "{year}年，{bureau}围绕{subject}开展了大量工作，{project}运行平稳。",
    "各县区、各部门要明确责任分工，确保各项任务按期完成。",
    "依据《中华人民共和国政府信息公开条例》，现将有关情况予以公开。",
    "本项目资金共计{amount}万元，主要用于{project}的建设和运行维护。",
    "联系电话：0955-{phone}，联系人：办公室。",
)
GUIDE_PAGES = (
    ("政府信息公开指南",
     "本指南说明如何获取本局政府信息：主动公开的部门预算、部门决算、政府采购、政务服务事项、行政许可、"
     "人事任免、机构职能等信息，可在本网站检索；依申请公开请填写申请表。数据安全、网络安全、数字政府、"
     "智慧城市、算力网络等工作信息按年度公开。年度报告每年1月31日前发布。"),
    ("政府信息公开制度",
     "本局建立政府信息公开审查、保密审查、发布协调等制度。公开的预算、决算、采购、资产、数据共享、"
     "数据开放、等级保护、权力清单和责任清单等信息，均经保密审查后发布。工作要点、实施方案、管理办法按规定公开。"),
    ("政府信息公开工作年度报告",
     "本报告依据《中华人民共和国政府信息公开条例》编制，统计主动公开的规章、规范性文件、行政许可、"
     "政府采购、部门预算决算、三公经费等信息的数量，以及依申请公开的办理情况、行政复议和行政诉讼情况。"),
)


def items():
    """The catalogue's items, as plain records (the judgements read these fields)."""
    rng = random.Random(SEED)
    records, serial = [], 0
    for subject, (category, project) in SUBJECTS.items():
        for doc_type in DOC_TYPES:
            for year in rng.sample(YEARS, 3):
                serial += 1
                records.append({
                    "key": f"item-{serial}", "subject": subject, "doc_type": doc_type, "year": year,
                    "category": category, "project": project, "serial": serial,
                })
    return records


def _title(record, rng):
    subject, doc_type, year = record["subject"], record["doc_type"], record["year"]
    forms = (f"{BUREAU}{year}年{subject}{doc_type}", f"关于印发{subject}{doc_type}的通知",
             f"{year}年度{subject}{doc_type}", f"{BUREAU}关于{subject}{doc_type}的公告")
    return forms[rng.randrange(len(forms))]


def documents():
    """Index documents (the shape ``search.documents.prepare`` gives) for items and guide pages."""
    from .. import analysis

    rng = random.Random(SEED + 1)
    docs = []
    for record in items():
        title = _title(record, rng)
        record["title"] = title
        record["document_number"] = f"卫数发〔{record['year']}〕{record['serial']}号"
        record["index_number"] = f"640500-DATA-{record['year']}-{record['serial']:05d}"
        fill = {"subject": record["subject"], "doc_type": record["doc_type"], "year": record["year"],
                "bureau": BUREAU, "project": record["project"], "amount": rng.randrange(20, 900),
                "phone": rng.randrange(1000000, 9999999)}
        sentences = [sentence.format(**fill) for sentence in SENTENCES]
        # the subject again, as often as an item about it would say it
        sentences.insert(2, f"{record['subject']}是本年度重点工作。" * rng.randrange(1, 4))
        body = "".join(sentences)
        docs.append(_doc(record["serial"], "item", title, body, record["category"], record["year"],
                         record["document_number"], record["index_number"]))
    for offset, (title, body) in enumerate(GUIDE_PAGES, start=1):
        docs.append(_doc(9000 + offset, "page", title, body * 3, GUIDE_CATEGORY, 2025, "", ""))
    for doc in docs:
        doc["title_words"], doc["text_words"] = analysis.segment(doc["title"]), analysis.segment(doc["text"])
    return docs


def _doc(page_id, kind, title, body, category, year, document_number, index_number):
    text = "\n".join(part for part in (title, document_number, index_number, body) if part)
    return {
        "page_id": page_id, "kind": kind, "url": f"/relevance/{page_id}/", "title": title, "title_words": "",
        "text": text, "text_words": "", "summary": "", "body": body, "document_number": document_number,
        "index_number": index_number,
        "number_keys": [key for key in (_key(document_number), _key(index_number)) if key],
        "category": category, "publisher": "", "publisher_name": "", "validity": "valid" if kind == "item" else "",
        "topic": "", "topics": [], "year": year, "publication_date": f"{year}-{(page_id % 12) + 1:02d}-15", "revision_id": None,
    }


def _key(number):
    from .. import analysis

    return analysis.number_key(number)
