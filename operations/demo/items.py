"""The demo's catalogue items as a bureau would have written them: titles without numbering added
to tell duplicates apart, a body that is about what the title says, and the dates a real office
would have (a year's 决算 only after that year, a budget early in its year)."""

import datetime
from dataclasses import dataclass

ORG = "中卫市云计算和大数据发展局"

# Three pools, so that a title reads naturally: "{work}工作", "{project}建设项目", "{plan}发展规划".
WORK_TOPICS = ["政务数据共享", "数字政府建设", "云计算产业发展", "公共数据开放", "数据安全", "算力网络",
               "电子政务外网", "数据要素市场", "智慧城市", "政务服务“一网通办”"]
PROJECTS = ["政务云平台", "政务数据共享交换平台", "城市大数据中心", "一体化政务服务平台", "公共数据开放平台",
            "数据安全监测平台", "智慧城市运行管理中心", "电子政务外网骨干网"]
PLANS = ["数字经济", "云计算产业", "大数据产业", "数字政府", "新型基础设施"]

SECTION_NAMES = "办公室、大数据发展科、信息化建设科、数据资源科、规划财务科"


@dataclass(frozen=True)
class Pattern:
    title: str
    # When a document of this kind is written, for the year its title names: (year offset, first
    # month, last month). A year's 决算 is drawn up the next summer, its budget early in the year.
    when: tuple = (0, 1, 12)
    body: str = "notice"
    names_year: bool = True


SUBCATEGORY_PATTERNS = {
    "机构职能": [Pattern("{org}主要职责和内设机构", body="functions", names_year=False),
             Pattern("{org}{year}年机构设置调整情况", body="functions")],
    "领导分工": [Pattern("{org}领导班子成员分工（{year}年）", (0, 1, 3), body="leaders")],
    "规章制度": [Pattern("{org}{work}工作管理制度", body="rules", names_year=False),
             Pattern("关于印发《{org}{work}工作规则》的通知", body="rules", names_year=False)],
    "规范性文件": [Pattern("关于印发《中卫市{work}管理办法》的通知", body="rules", names_year=False),
              Pattern("中卫市{work}管理办法实施细则（{year}年修订）", body="rules")],
    "其他文件": [Pattern("关于做好{year}年{work}工作的通知", (0, 1, 4)),
             Pattern("关于开展{work}专项检查的通知", body="inspection", names_year=False)],
    "预算决算": [Pattern("{org}{year}年部门预算", (0, 2, 3), body="budget"),
             Pattern("{org}{year}年部门决算", (1, 7, 9), body="final_accounts"),
             Pattern("{org}{year}年“三公”经费预算情况说明", (0, 2, 3), body="budget")],
    "政府采购": [Pattern("{project}{year}年政府采购意向公开", (0, 1, 6), body="procurement_intent"),
             Pattern("{project}运维服务采购结果公告", body="procurement_result", names_year=False)],
    "审计与国有资产": [Pattern("{org}{year}年度审计整改情况", (1, 4, 8), body="audit"),
                 Pattern("{org}{year}年国有资产管理情况报告", (1, 3, 5), body="assets")],
    "发展规划": [Pattern("中卫市“十四五”{plan}发展规划", body="plan", names_year=False),
             Pattern("中卫市{plan}三年行动计划（{year}—{year_end}年）", (-1, 11, 12), body="plan")],
    "建设项目": [Pattern("中卫市{project}建设项目批准信息", body="project", names_year=False),
             Pattern("{project}一期工程实施进展情况", body="progress", names_year=False)],
    "工作动态": [Pattern("{org}召开{year}年{work}工作推进会", (0, 2, 11), body="meeting"),
             Pattern("我局赴西部云基地调研{work}工作", body="visit", names_year=False)],
    "通知公告": [Pattern("关于{project}停机维护的公告", body="maintenance", names_year=False),
             Pattern("关于征求《中卫市{work}工作方案（征求意见稿）》意见的公告", body="consultation",
                     names_year=False)],
}


def _date(d):
    return f"{d.year}年{d.month}月{d.day}日"


def body_paragraphs(kind, *, title, year, work, project, plan, created):
    """The item's text: what a document of this kind says, about the title's subject."""
    amount = 300 + (year * 37 + len(work) * 11) % 900  # 万元, stable per item
    texts = {
        "notice": [
            f"各科室、各有关单位：为进一步做好{year}年{work}工作，根据有关规定，结合我局实际，现将有关事项通知如下。",
            f"一、加强组织领导。各科室要把{work}工作列入重要议事日程，明确分管负责人和具体承办人员。",
            f"二、明确工作任务。围绕{work}的年度目标，细化任务清单，逐项明确完成时限。",
            "三、按时报送进展。各科室于每季度末前将工作进展情况报送办公室。",
        ],
        "inspection": [
            f"为全面掌握{work}工作落实情况，经局党组研究，决定在全局范围内开展{work}专项检查。",
            f"一、检查内容：{work}制度建设、责任落实、台账管理和问题整改情况。",
            "二、检查方式：各科室先行自查，办公室会同有关科室组织抽查。",
            "三、工作要求：对检查中发现的问题建立清单，限期整改到位。",
        ],
        "rules": [
            f"第一条　为规范{work}工作，提高工作质量和效率，根据有关法律法规和政策规定，结合本市实际，制定本办法。",
            f"第二条　本办法适用于本市行政区域内{work}的管理和监督。",
            f"第三条　{ORG}负责{work}工作的统筹协调和监督管理，各有关单位按照职责分工做好相关工作。",
            f"第四条　本办法自{_date(created)}起施行。",
        ],
        "functions": [
            f"{ORG}是市人民政府工作部门，负责全市云计算、大数据产业发展和政务信息化建设的统筹规划、组织推进。"
            f"以下为{year}年的机构设置和职责。",
            "主要职责：拟订全市大数据发展规划和政策措施并组织实施；统筹政务数据资源共享开放；"
            "负责电子政务外网、政务云等信息基础设施的建设和管理。",
            f"内设机构：{SECTION_NAMES}。",
        ],
        "leaders": [
            f"根据工作需要，经局党组研究，现将{year}年局领导班子成员分工明确如下。",
            "局长：主持局全面工作，分管办公室。",
            "副局长：负责大数据产业发展和数据资源管理工作，分管大数据发展科、数据资源科。",
            "副局长：负责信息化建设和规划财务工作，分管信息化建设科、规划财务科。",
        ],
        "budget": [
            f"一、部门主要职责。{ORG}负责全市云计算和大数据发展的规划、推进和政务信息化建设。",
            f"二、部门预算收支总体情况。{year}年收入预算{amount}万元，支出预算{amount}万元，"
            "全部为一般公共预算财政拨款。",
            f"三、“三公”经费预算情况。{year}年“三公”经费预算比上年减少，其中公务接待费、公务用车运行维护费均按规定压减。",
            "四、其他重要事项说明。本部门预算已经市人民代表大会批准。",
        ],
        "final_accounts": [
            f"一、收入支出决算总体情况。{year}年度收入决算{amount}万元，支出决算{amount - 12}万元，年末结转和结余12万元。",
            f"二、财政拨款支出决算情况。{year}年度财政拨款支出主要用于政务信息化项目建设、运维和机构运行。",
            f"三、“三公”经费支出决算情况。{year}年度“三公”经费支出均控制在预算以内。",
        ],
        "procurement_intent": [
            f"为便于供应商及时了解政府采购信息，根据财政部有关规定，现将{project}{year}年度政府采购意向公开如下。",
            f"采购项目名称：{project}运维服务；采购需求概况：提供系统运行维护、安全保障和技术支持服务；"
            f"预算金额：{amount}万元；预计采购时间：{year}年{(created.month % 12) + 1}月。",
            "本次公开的采购意向是本单位政府采购工作的初步安排，具体采购项目情况以相关采购公告和采购文件为准。",
        ],
        "procurement_result": [
            f"一、项目名称：{project}运维服务采购项目。",
            f"二、中标（成交）信息：中标金额{amount}万元，服务期限一年。",
            "三、公告期限：自本公告发布之日起1个工作日。",
            f"四、采购人：{ORG}。",
        ],
        "audit": [
            f"根据市审计局对我局{year}年度预算执行情况的审计意见，我局高度重视，逐项制定整改措施。",
            "一、关于项目资金支付进度偏慢的问题。已建立项目资金支付台账，按月调度。",
            "二、关于固定资产登记不及时的问题。已完成资产清查并补登入账。",
            "截至目前，审计指出的问题均已整改完毕。",
        ],
        "assets": [
            f"截至{year}年12月31日，我局资产总额{amount}万元，其中固定资产主要为信息化设备。",
            f"{year}年，我局严格执行资产配置、使用和处置制度，未发生资产流失。",
        ],
        "plan": [
            f"一、发展基础。本市{plan}发展具备良好的数据中心集群和网络基础。实施期为"
            f"{'2021—2025' if '十四五' in title else f'{year}—{year + 2}'}年。",
            f"二、总体要求。以数据为关键要素，推动{plan}高质量发展。",
            f"三、主要任务。完善基础设施，培育市场主体，深化{plan}应用场景。",
            "四、保障措施。加强组织领导、资金保障和人才支撑。",
        ],
        "project": [
            f"项目名称：中卫市{project}建设项目。",
            f"建设单位：{ORG}。",
            f"建设内容：{project}基础设施、应用系统和安全保障体系建设。",
            f"总投资：{amount}万元，资金来源为财政资金。",
        ],
        "progress": [
            f"{project}一期工程自开工以来，各参建单位按计划推进各项工作。",
            "截至目前，机房改造和网络部署已完成，应用系统进入联调测试阶段。",
            "下一步，我局将加强工程质量和安全管理，确保按期完成建设任务。",
        ],
        "meeting": [
            f"{_date(created)}，{ORG}召开{year}年{work}工作推进会，总结前期工作，部署下一阶段任务。",
            f"会议要求，各科室要对照年度目标，抓好{work}各项任务落实。",
        ],
        "visit": [
            f"近日，我局赴西部云基地调研{work}工作，实地察看数据中心运行情况，听取企业意见建议。",
            f"调研组表示，将持续优化服务，推动{work}工作取得新成效。",
        ],
        "maintenance": [
            f"因{project}升级维护，定于{_date(created + datetime.timedelta(days=3))}22:00至次日6:00停机。",
            "停机期间相关业务暂停办理，给您带来的不便，敬请谅解。",
        ],
        "consultation": [
            f"为做好{work}工作，我局起草了《中卫市{work}工作方案（征求意见稿）》，现向社会公开征求意见。",
            f"意见反馈截止日期：{_date(created + datetime.timedelta(days=30))}。请通过信函或电子邮件反馈意见。",
        ],
    }
    return texts[kind] + [f"{ORG}　{_date(created)}"]


@dataclass
class DemoItem:
    subcategory: str
    title: str
    year: int
    topic: str
    creation_date: datetime.date
    publication_date: datetime.date
    body: list
    is_normative: bool


def demo_items(rng, today, count, first_year=None):
    """``count`` distinct items; the same ``rng`` seed gives the same items."""
    first_year = first_year or today.year - 5
    titles = set()
    items = []
    kinds = list(SUBCATEGORY_PATTERNS)
    while len(items) < count:
        subcategory = rng.choice(kinds)
        pattern = rng.choice(SUBCATEGORY_PATTERNS[subcategory])
        year = rng.randint(first_year, today.year)
        work, project, plan = rng.choice(WORK_TOPICS), rng.choice(PROJECTS), rng.choice(PLANS)
        if "十四五" in pattern.title:
            year = rng.choice([2021, 2022])
        offset, first_month, last_month = pattern.when
        created_year = year + offset
        month = rng.randint(first_month, last_month)
        created = datetime.date(created_year, month, rng.randint(1, 28))
        if created > today:
            continue  # a document not written yet
        title = pattern.title.format(org=ORG, year=year, year_end=year + 2, work=work, project=project, plan=plan)
        if title in titles:
            continue  # a real catalogue has no two documents of one title: draw another
        titles.add(title)
        published = min(created + datetime.timedelta(days=rng.randint(0, 20)), today)
        topic = next((value for key, value in (("{work}", work), ("{project}", project), ("{plan}", plan))
                      if key in pattern.title), "")
        items.append(DemoItem(
            subcategory=subcategory, title=title, year=year, topic=topic.replace("“", "").replace("”", ""),
            creation_date=created, publication_date=published,
            body=body_paragraphs(pattern.body, title=title, year=year, work=work, project=project, plan=plan,
                                 created=created),
            is_normative=subcategory == "规范性文件",
        ))
    return items
